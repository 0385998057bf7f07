package eu.practicehub.event.api;

import eu.practicehub.common.PageRequests;
import eu.practicehub.common.PublicAddress;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import eu.practicehub.event.Restriction;
import eu.practicehub.event.RestrictionService;
import eu.practicehub.event.api.RestrictionBodies.ImportedView;
import eu.practicehub.event.api.RestrictionBodies.RestrictionBody;
import eu.practicehub.event.api.RestrictionBodies.RestrictionView;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{key}/restrictions")
@Tag(name = "Travel restrictions", description = "Travel and entry restrictions per country and period, which keep planned events from meeting in person")
@ApiResponse(responseCode = "404", description = "No such project or restriction", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class RestrictionApiController {

    private static final int MAX_PAGE_SIZE = 100;
    private static final Set<String> SORTABLE = Set.of("country", "from", "to", "level", "id");

    private final RestrictionService restrictions;
    private final ProjectService projects;
    private final PublicAddress address;

    RestrictionApiController(RestrictionService restrictions, ProjectService projects, PublicAddress address) {
        this.restrictions = restrictions;
        this.projects = projects;
        this.address = address;
    }

    @GetMapping
    @Operation(summary = "The project's restrictions", description = "Paged, by country and first day unless sorted otherwise; country filters by ISO 3166-1 alpha-2 code.")
    PagedModel<RestrictionView> list(@PathVariable String key,
            @Parameter(description = "ISO 3166-1 alpha-2 code, e.g. IT") @RequestParam(required = false) String country,
            @ParameterObject @PageableDefault(size = 20, sort = {"country", "from", "id"}) Pageable pageable) {
        Project project = projects.project(key);
        return new PagedModel<>(restrictions.restrictions(project, country,
                PageRequests.checked(pageable, MAX_PAGE_SIZE, SORTABLE)).map(RestrictionView::of));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one restriction", description = "With the version to send with an update.")
    RestrictionView restriction(@PathVariable String key, @PathVariable long id) {
        return RestrictionView.of(restrictions.restriction(projects.project(key), id));
    }

    @PostMapping
    @Operation(summary = "Record a restriction", description = "country (ISO 3166-1 alpha-2), from and to (dates, both included), level (NONE, ADVISORY, RESTRICTED), note, source (a web address).")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new restriction")
    @ApiResponse(responseCode = "422", description = "Rules broken, listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<RestrictionView> create(@PathVariable String key, @RequestBody RestrictionBody body) {
        Restriction created = restrictions.create(projects.project(key), body.toSpec());
        var location = address.link("/api/v1/projects/{key}/restrictions/{id}", key, created.getId());
        return ResponseEntity.created(location).body(RestrictionView.of(created));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Replace a restriction", description = "The body carries the version that was read.")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Rules broken, listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    RestrictionView update(@PathVariable String key, @PathVariable long id, @RequestBody RestrictionBody body) {
        if (body.version() == null) {
            throw new RuleViolationException(Violation.of("version", "validation.required"));
        }
        return RestrictionView.of(restrictions.update(projects.project(key), id, body.version(), body.toSpec()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a restriction", description = "With the version that was read.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> delete(@PathVariable String key, @PathVariable long id, @RequestParam long version) {
        restrictions.delete(projects.project(key), id, version);
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/import", consumes = "text/csv")
    @Operation(summary = "Import restrictions from CSV", description = "Header country,from,to,level,note,source; one restriction per line. All or nothing: every problem is listed in errors with its field lines[n].column, n being the line of the file (the header is line 1).")
    @ApiResponse(responseCode = "201", description = "Every line was added")
    @ApiResponse(responseCode = "422", description = "Problems, each at lines[n].column; nothing was added", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ImportedView> importCsv(@PathVariable String key, @RequestBody(required = false) String csv) {
        List<Restriction> added = restrictions.importCsv(projects.project(key), csv);
        return ResponseEntity.status(HttpStatus.CREATED)
                .body(new ImportedView(added.size(), added.stream().map(RestrictionView::of).toList()));
    }
}
