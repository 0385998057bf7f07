package eu.practicehub.practice.api;

import eu.practicehub.common.PageRequests;
import eu.practicehub.common.PublicAddress;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.PracticeStatus;
import eu.practicehub.practice.api.PracticeViews.PracticeDetail;
import eu.practicehub.practice.api.PracticeViews.PracticeSummary;
import eu.practicehub.project.ProjectService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
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
@RequestMapping("/api/v1/projects/{key}/practices")
@Tag(name = "Good practices", description = "The catalogue of good practices of a project")
class PracticeApiController {

    static final int MAX_PAGE_SIZE = 100;
    private static final Set<String> SORTABLE = Set.of("title", "status", "id");

    private final PracticeViews views;
    private final PracticeService practices;
    private final ProjectService projects;
    private final PublicAddress address;

    PracticeApiController(PracticeViews views, PracticeService practices, ProjectService projects, PublicAddress address) {
        this.views = views;
        this.practices = practices;
        this.projects = projects;
        this.address = address;
    }

    @GetMapping
    @Operation(summary = "Search the catalogue", description = "Paged, by title unless sorted otherwise; at most "
            + MAX_PAGE_SIZE + " per page. A theme or owner that does not exist matches nothing.")
    PagedModel<PracticeSummary> catalogue(@PathVariable String key,
            @Parameter(description = "Words in the title, summary, problem or description") @RequestParam(required = false) String q,
            @Parameter(description = "Theme name") @RequestParam(required = false) String theme,
            @Parameter(description = "Short name of the owner partner") @RequestParam(required = false) String owner,
            @RequestParam(required = false) PracticeStatus status,
            @ParameterObject @PageableDefault(size = 20, sort = "title") Pageable pageable) {
        return views.catalogue(key, q, theme, owner, status, PageRequests.checked(pageable, MAX_PAGE_SIZE, SORTABLE));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one good practice", description = "All fields, the version to send with an update, and the events that examined it.")
    PracticeDetail practice(@PathVariable String key, @PathVariable long id) {
        return views.practice(key, id);
    }

    @PostMapping
    @Operation(summary = "Record a good practice")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new good practice")
    @ApiResponse(responseCode = "422", description = "Rules broken, listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<PracticeDetail> create(@PathVariable String key, @RequestBody PracticeBody body) {
        Practice created = practices.create(projects.project(key), body.toSpec());
        var location = address.link("/api/v1/projects/{key}/practices/{id}", key, created.getId());
        return ResponseEntity.created(location).body(views.practice(key, created.getId()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update a good practice", description = "The body carries the version that was read; when the practice changed since, the answer is 409 and nothing is changed.")
    @ApiResponse(responseCode = "200", description = "The good practice as saved")
    @ApiResponse(responseCode = "409", description = "The good practice was changed by someone else since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Rules broken, listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PracticeDetail update(@PathVariable String key, @PathVariable long id, @RequestBody PracticeBody body) {
        if (body.version() == null) {
            throw new RuleViolationException(Violation.of("version", "validation.required"));
        }
        practices.update(projects.project(key), id, body.version(), body.toSpec());
        return views.practice(key, id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a good practice", description = "Only a practice no event examined; when it changed since the given version, the answer is 409.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "409", description = "The good practice was changed by someone else since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The practice was examined at an event and cannot be deleted", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> delete(@PathVariable String key, @PathVariable long id, @RequestParam long version) {
        practices.delete(projects.project(key), id, version);
        return ResponseEntity.noContent().build();
    }
}
