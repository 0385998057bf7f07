package eu.practicehub.actionplan.api;

import eu.practicehub.actionplan.Action;
import eu.practicehub.actionplan.ActionPlan;
import eu.practicehub.actionplan.ActionPlanService;
import eu.practicehub.actionplan.api.ActionPlanBodies.ActionBody;
import eu.practicehub.actionplan.api.ActionPlanBodies.PlanBody;
import eu.practicehub.actionplan.api.ActionPlanBodies.StatusBody;
import eu.practicehub.actionplan.api.ActionPlanBodies.UpdateBody;
import eu.practicehub.actionplan.api.ActionPlanViews.ActionView;
import eu.practicehub.actionplan.api.ActionPlanViews.PlanView;
import eu.practicehub.actionplan.documents.ActionPlanDocuments;
import eu.practicehub.actionplan.documents.DocumentFormat;
import eu.practicehub.common.PublicAddress;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import eu.practicehub.project.ProjectService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{key}/action-plans")
@Tag(name = "Action plans", description = "The partners' Regional Action Plans, their actions and monitoring")
@ApiResponse(responseCode = "404", description = "No such project, plan or action", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class ActionPlanApiController {

    private final ActionPlanViews views;
    private final ActionPlanService plans;
    private final ProjectService projects;
    private final ActionPlanDocuments documents;
    private final PublicAddress address;

    ActionPlanApiController(ActionPlanViews views, ActionPlanService plans, ProjectService projects,
            ActionPlanDocuments documents, PublicAddress address) {
        this.views = views;
        this.plans = plans;
        this.projects = projects;
        this.documents = documents;
        this.address = address;
    }

    @GetMapping
    @Operation(summary = "The project's action plans with their actions")
    List<PlanView> plans(@PathVariable String key) {
        return views.plans(key);
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one action plan", description = "Parts I–III, endorsement, progress and the version to send with an update.")
    PlanView plan(@PathVariable String key, @PathVariable long id) {
        return views.plan(key, id);
    }

    @GetMapping(value = "/{id}/document", produces = {DocumentFormat.DOCX_TYPE, DocumentFormat.PDF_TYPE})
    @Operation(summary = "Download one action plan as a document",
            description = "The plan in the order of the Interreg Europe template (Parts I–III, one section per action, "
                    + "endorsement) as DOCX or PDF, chosen by Accept; labels in the request's language. "
                    + "The pages offer the same files at /projects/{key}/action-plans/{id}/document.docx and …/document.pdf.")
    @ApiResponse(responseCode = "200", description = "The document as an attachment", content = {
            @Content(mediaType = DocumentFormat.DOCX_TYPE, schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = DocumentFormat.PDF_TYPE, schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "406", description = "Accept names neither format", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<byte[]> document(@PathVariable String key, @PathVariable long id,
            @RequestHeader(name = HttpHeaders.ACCEPT, defaultValue = DocumentFormat.PDF_TYPE) String accept, Locale locale) {
        return documents.document(projects.project(key), id, formatAskedFor(accept), locale).asDownload();
    }

    /** The format the Accept header prefers most; Spring has already refused a header that accepts neither. */
    private static DocumentFormat formatAskedFor(String accept) {
        List<MediaType> accepted = new ArrayList<>(MediaType.parseMediaTypes(accept));
        accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
        for (MediaType type : accepted) {
            if (type.getQualityValue() > 0 && type.equalsTypeAndSubtype(DocumentFormat.DOCX.mediaType())) {
                return DocumentFormat.DOCX;
            }
            if (type.getQualityValue() > 0 && type.includes(DocumentFormat.PDF.mediaType())) {
                return DocumentFormat.PDF;
            }
        }
        return DocumentFormat.PDF;
    }

    @PostMapping
    @Operation(summary = "Start a partner's action plan", description = "One plan per partner; it starts as DRAFT.")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new plan")
    @ApiResponse(responseCode = "422", description = "Rules broken, listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<PlanView> create(@PathVariable String key, @RequestBody PlanBody body) {
        ActionPlan created = plans.create(projects.project(key), body.partner(), body.toSpec());
        var location = address.link("/api/v1/projects/{key}/action-plans/{id}", key, created.getId());
        return ResponseEntity.created(location).body(views.plan(key, created.getId()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update Parts I and II", description = "The body carries the version that was read; the partner cannot change.")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Rules broken, listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PlanView update(@PathVariable String key, @PathVariable long id, @RequestBody PlanBody body) {
        plans.update(projects.project(key), id, requireVersion(body.version()), body.toSpec());
        return views.plan(key, id);
    }

    @PostMapping("/{id}/status")
    @Operation(summary = "Move the plan to its next status", description = "DRAFT → SUBMITTED → ENDORSED (with endorsedBy and endorsedOn) → IN_MONITORING (once the project's monitoring phase has started) → COMPLETED.")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The move is not allowed, with the reason in errors", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PlanView move(@PathVariable String key, @PathVariable long id, @RequestBody StatusBody body) {
        plans.move(projects.project(key), id, requireVersion(body.version()), body.toMove());
        return views.plan(key, id);
    }

    @PostMapping("/{id}/actions")
    @Operation(summary = "Add an action to Part III")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new action")
    @ApiResponse(responseCode = "422", description = "Rules broken, listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ActionView> addAction(@PathVariable String key, @PathVariable long id, @RequestBody ActionBody body) {
        Action created = plans.addAction(projects.project(key), id, body.toSpec());
        var location = address.link("/api/v1/projects/{key}/action-plans/{id}/actions/{actionId}", key, id, created.getId());
        return ResponseEntity.created(location).body(views.action(key, id, created.getId()));
    }

    @GetMapping("/{id}/actions/{actionId}")
    @Operation(summary = "Read one action")
    ActionView action(@PathVariable String key, @PathVariable long id, @PathVariable long actionId) {
        return views.action(key, id, actionId);
    }

    @PutMapping("/{id}/actions/{actionId}")
    @Operation(summary = "Update an action", description = "The body carries the action's version that was read.")
    @ApiResponse(responseCode = "409", description = "Changed by someone else since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Rules broken, listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ActionView updateAction(@PathVariable String key, @PathVariable long id, @PathVariable long actionId,
            @RequestBody ActionBody body) {
        plans.updateAction(projects.project(key), id, actionId, requireVersion(body.version()), body.toSpec());
        return views.action(key, id, actionId);
    }

    @PostMapping("/{id}/actions/{actionId}/updates")
    @Operation(summary = "Record a monitoring update of an action", description = "Only while the plan is IN_MONITORING; one per action and semester.")
    @ApiResponse(responseCode = "201", description = "Recorded; the answer is the action with its updates")
    @ApiResponse(responseCode = "422", description = "Rules broken, listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<ActionView> recordUpdate(@PathVariable String key, @PathVariable long id, @PathVariable long actionId,
            @RequestBody UpdateBody body) {
        plans.recordUpdate(projects.project(key), id, actionId, body.toSpec());
        var location = address.link("/api/v1/projects/{key}/action-plans/{id}/actions/{actionId}", key, id, actionId);
        return ResponseEntity.created(location).body(views.action(key, id, actionId));
    }

    private static long requireVersion(Long version) {
        if (version == null) {
            throw new RuleViolationException(Violation.of("version", "validation.required"));
        }
        return version;
    }
}
