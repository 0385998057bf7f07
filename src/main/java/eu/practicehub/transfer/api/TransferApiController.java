package eu.practicehub.transfer.api;

import eu.practicehub.common.PageRequests;
import eu.practicehub.common.PublicAddress;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.transfer.Transfer;
import eu.practicehub.transfer.TransferService;
import eu.practicehub.transfer.TransferStage;
import eu.practicehub.transfer.api.TransferBodies.AssessmentBody;
import eu.practicehub.transfer.api.TransferBodies.MoveBody;
import eu.practicehub.transfer.api.TransferBodies.StartBody;
import eu.practicehub.transfer.api.TransferBodies.WorkshopBody;
import eu.practicehub.transfer.api.TransferViews.TransferDetail;
import eu.practicehub.transfer.api.TransferViews.TransferSummary;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{key}/transfers")
@Tag(name = "Transfers", description = "Good practices moving from their owner to an importing partner")
class TransferApiController {

    static final int MAX_PAGE_SIZE = 100;
    private static final Set<String> SORTABLE = Set.of("id", "stage");

    private final TransferViews views;
    private final TransferService transfers;
    private final ProjectService projects;
    private final PublicAddress address;

    TransferApiController(TransferViews views, TransferService transfers, ProjectService projects, PublicAddress address) {
        this.views = views;
        this.transfers = transfers;
        this.projects = projects;
        this.address = address;
    }

    @GetMapping
    @Operation(summary = "List the transfers", description = "Paged, newest first unless sorted otherwise; at most "
            + MAX_PAGE_SIZE + " per page. A partner that does not exist matches nothing.")
    PagedModel<TransferSummary> transfers(@PathVariable String key, @RequestParam(required = false) TransferStage stage,
            @Parameter(description = "Short name of the owner or the importer") @RequestParam(required = false) String partner,
            @ParameterObject @PageableDefault(size = 20, sort = "id", direction = org.springframework.data.domain.Sort.Direction.DESC) Pageable pageable) {
        return views.transfers(key, stage, partner, PageRequests.checked(pageable, MAX_PAGE_SIZE, SORTABLE));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one transfer", description = "Its moves, assessment, import workshops and the version to send with a change.")
    TransferDetail transfer(@PathVariable String key, @PathVariable long id) {
        return views.transfer(key, id);
    }

    @PostMapping
    @Operation(summary = "Start a transfer", description = "The practice by title, the importer by short name; it starts at UNDERSTAND."
            + " It is recorded as started by the account of the token; a body that names who starts it (`by`) is refused (422).")
    @ApiResponse(responseCode = "201", description = "Started; Location names the new transfer")
    @ApiResponse(responseCode = "422", description = "Rules broken, listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<TransferDetail> start(@PathVariable String key, @RequestBody StartBody body) {
        Transfer created = transfers.start(projects.project(key), body.toStart());
        var location = address.link("/api/v1/projects/{key}/transfers/{id}", key, created.getId());
        return ResponseEntity.created(location).body(views.transfer(key, created.getId()));
    }

    @PostMapping("/{id}/moves")
    @Operation(summary = "Move a transfer on or drop it", description = "To the next stage, or to DROPPED with a reason. The body carries the version that was read."
            + " The move is recorded as made by the account of the token; a body that names who makes it (`by`) is refused (422).")
    @ApiResponse(responseCode = "201", description = "Moved; Location names the transfer")
    @ApiResponse(responseCode = "409", description = "The transfer was changed by someone else since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Rules broken, listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<TransferDetail> move(@PathVariable String key, @PathVariable long id, @RequestBody MoveBody body) {
        TransferBodies.refuseBy(body.by());
        transfers.move(projects.project(key), id, required(body.version()), body.to(), body.reason());
        var location = address.link("/api/v1/projects/{key}/transfers/{id}", key, id);
        return ResponseEntity.created(location).body(views.transfer(key, id));
    }

    @PutMapping("/{id}/assessment")
    @Operation(summary = "Record the transferability assessment", description = "Replaces the assessment; fits are 1 to 5. The body carries the version that was read.")
    @ApiResponse(responseCode = "409", description = "The transfer was changed by someone else since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Rules broken, listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    TransferDetail assess(@PathVariable String key, @PathVariable long id, @RequestBody AssessmentBody body) {
        transfers.assess(projects.project(key), id, required(body.version()), body.toAssessment());
        return views.transfer(key, id);
    }

    @PostMapping("/{id}/workshops")
    @Operation(summary = "Link an import workshop", description = "An IMPORT_WORKSHOP event of the project at which the owner and the importer take part.")
    @ApiResponse(responseCode = "201", description = "Linked; Location names the event")
    @ApiResponse(responseCode = "409", description = "The transfer was changed by someone else since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Rules broken, listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<TransferDetail> link(@PathVariable String key, @PathVariable long id, @RequestBody WorkshopBody body) {
        Project project = projects.project(key);
        long version = body.version() != null ? body.version() : transfers.transfer(project, id).getVersion();
        transfers.linkWorkshop(project, id, version, body.event());
        var location = address.link("/api/v1/projects/{key}/events/{event}", key, body.event());
        return ResponseEntity.created(location).body(views.transfer(key, id));
    }

    private static long required(Long version) {
        if (version == null) {
            throw new RuleViolationException(Violation.of("version", "validation.required"));
        }
        return version;
    }
}
