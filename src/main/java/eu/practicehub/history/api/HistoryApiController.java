package eu.practicehub.history.api;

import eu.practicehub.common.PageRequests;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import eu.practicehub.history.Change;
import eu.practicehub.history.ChangeType;
import eu.practicehub.history.HistoryService;
import eu.practicehub.history.RecordKind;
import eu.practicehub.history.Version;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.data.web.PagedModel;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The versions of practices, events, transfers and action plans, and restoring one of them. */
@RestController
@RequestMapping("/api/v1/projects/{key}")
@Tag(name = "History", description = "Who changed a record, when and what; restoring an earlier version")
class HistoryApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final HistoryService history;
    private final ProjectService projects;
    private final MessageSource messages;

    HistoryApiController(HistoryService history, ProjectService projects, MessageSource messages) {
        this.history = history;
        this.projects = projects;
        this.messages = messages;
    }

    /** One field that changed: its name and label, the values before and after (names, not ids). */
    record ChangeView(@Schema(description = "ACTION or UPDATE for a part of an action plan, absent for the record's own fields") String part,
            @Schema(description = "The action's title, for a part of an action plan") String partName,
            String field, String label, Object oldValue, Object newValue) {
    }

    /** One version: the revision, when (UTC) and by whom, and what differs from the version before. */
    record VersionView(long revision, Instant changedAt, String actor, ChangeType type, List<ChangeView> changes) {
    }

    /** What a restore needs: the version of the record that was read. */
    record RestoreBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The version that was read") Long version) {
    }

    /** The record after a restore: its new version. */
    record RestoredView(RecordKind kind, long id, long version) {
    }

    @GetMapping("/practices/{id}/history")
    @Operation(summary = "Versions of a good practice", description = "Newest first, paged (at most " + MAX_PAGE_SIZE + " per page).")
    PagedModel<VersionView> practiceHistory(@PathVariable String key, @PathVariable long id,
            @ParameterObject @PageableDefault(size = 20) Pageable pageable) {
        return versions(key, RecordKind.PRACTICE, id, pageable);
    }

    @GetMapping("/events/{id}/history")
    @Operation(summary = "Versions of an event", description = "Newest first, paged (at most " + MAX_PAGE_SIZE + " per page).")
    PagedModel<VersionView> eventHistory(@PathVariable String key, @PathVariable long id,
            @ParameterObject @PageableDefault(size = 20) Pageable pageable) {
        return versions(key, RecordKind.EVENT, id, pageable);
    }

    @GetMapping("/transfers/{id}/history")
    @Operation(summary = "Versions of a transfer", description = "Newest first, paged (at most " + MAX_PAGE_SIZE + " per page).")
    PagedModel<VersionView> transferHistory(@PathVariable String key, @PathVariable long id,
            @ParameterObject @PageableDefault(size = 20) Pageable pageable) {
        return versions(key, RecordKind.TRANSFER, id, pageable);
    }

    @GetMapping("/action-plans/{id}/history")
    @Operation(summary = "Versions of an action plan", description = "Changes of Parts I–II, the status, the actions and their monitoring updates; newest first, paged (at most " + MAX_PAGE_SIZE + " per page).")
    PagedModel<VersionView> planHistory(@PathVariable String key, @PathVariable long id,
            @ParameterObject @PageableDefault(size = 20) Pageable pageable) {
        return versions(key, RecordKind.ACTION_PLAN, id, pageable);
    }

    @PostMapping("/practices/{id}/history/{revision}/restore")
    @Operation(summary = "Restore a version of a good practice", description = "Its fields and themes as they were; the status stays. Recorded as a new version.")
    @ApiResponse(responseCode = "200", description = "Restored; the practice's new version")
    @ApiResponse(responseCode = "409", description = "The practice changed since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The old values break a rule now; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    RestoredView restorePractice(@PathVariable String key, @PathVariable long id, @PathVariable long revision,
            @RequestBody RestoreBody body) {
        return restore(key, RecordKind.PRACTICE, id, revision, body);
    }

    @PostMapping("/events/{id}/history/{revision}/restore")
    @Operation(summary = "Restore a version of an event", description = "Its fields, partners and practices as they were. Recorded as a new version.")
    @ApiResponse(responseCode = "200", description = "Restored; the event's new version")
    @ApiResponse(responseCode = "409", description = "The event changed since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The old values break a rule now; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    RestoredView restoreEvent(@PathVariable String key, @PathVariable long id, @PathVariable long revision,
            @RequestBody RestoreBody body) {
        return restore(key, RecordKind.EVENT, id, revision, body);
    }

    @PostMapping("/transfers/{id}/history/{revision}/restore")
    @Operation(summary = "Restore a version of a transfer", description = "Its transferability assessment as it was; stage moves and workshops are not undone. Recorded as a new version.")
    @ApiResponse(responseCode = "200", description = "Restored; the transfer's new version")
    @ApiResponse(responseCode = "409", description = "The transfer changed since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The old values break a rule now; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    RestoredView restoreTransfer(@PathVariable String key, @PathVariable long id, @PathVariable long revision,
            @RequestBody RestoreBody body) {
        return restore(key, RecordKind.TRANSFER, id, revision, body);
    }

    @PostMapping("/action-plans/{id}/history/{revision}/restore")
    @Operation(summary = "Restore a version of an action plan", description = "Parts I and II as they were; the status, actions and monitoring updates are not restored. Recorded as a new version.")
    @ApiResponse(responseCode = "200", description = "Restored; the plan's new version")
    @ApiResponse(responseCode = "409", description = "The plan changed since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The old values break a rule now, or the plan is completed; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    RestoredView restorePlan(@PathVariable String key, @PathVariable long id, @PathVariable long revision,
            @RequestBody RestoreBody body) {
        return restore(key, RecordKind.ACTION_PLAN, id, revision, body);
    }

    private PagedModel<VersionView> versions(String key, RecordKind kind, long id, Pageable pageable) {
        Pageable page = PageRequests.checked(pageable, MAX_PAGE_SIZE, Set.of());
        return new PagedModel<>(history.history(projects.project(key), kind, id, page).map(this::view));
    }

    private RestoredView restore(String key, RecordKind kind, long id, long revision, RestoreBody body) {
        if (body == null || body.version() == null) {
            throw new RuleViolationException(Violation.of("version", "validation.required"));
        }
        Project project = projects.project(key);
        long version = history.restore(project, kind, id, revision, body.version());
        return new RestoredView(kind, id, version);
    }

    private VersionView view(Version version) {
        return new VersionView(version.revision(), version.changedAt(), version.actor(), version.type(),
                version.changes().stream().map(this::view).toList());
    }

    private ChangeView view(Change change) {
        return new ChangeView(change.part(), change.partName(), change.field(),
                messages.getMessage(change.labelKey(), null, change.field(), LocaleContextHolder.getLocale()),
                change.oldValue(), change.newValue());
    }
}
