package eu.practicehub.event.api;

import eu.practicehub.common.PageRequests;
import eu.practicehub.common.PublicAddress;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventMoment;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.event.EventView;
import eu.practicehub.project.ProjectService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
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
@RequestMapping("/api/v1/projects/{key}/events")
@Tag(name = "Events", description = "Learning events: thematic events, study visits, import workshops and more")
class EventApiController {

    static final int MAX_PAGE_SIZE = 100;
    private static final Set<String> SORTABLE = Set.of("startDate", "endDate", "title", "type", "status", "id");

    private final EventViews views;
    private final EventService events;
    private final ProjectService projects;
    private final PublicAddress address;

    EventApiController(EventViews views, EventService events, ProjectService projects, PublicAddress address) {
        this.views = views;
        this.events = events;
        this.projects = projects;
        this.address = address;
    }

    @GetMapping
    @Operation(summary = "List events", description = "Paged, by start unless sorted otherwise; at most "
            + MAX_PAGE_SIZE + " per page. A partner that does not exist matches nothing.")
    PagedModel<EventView> events(@PathVariable String key,
            @RequestParam(required = false) EventType type,
            @Parameter(description = "Number of the semester the events start in") @RequestParam(required = false) Integer semester,
            @Parameter(description = "Short name of a host or visiting partner") @RequestParam(required = false) String partner,
            @RequestParam(required = false) EventStatus status,
            @ParameterObject @PageableDefault(size = 20, sort = {"startDate", "id"}) Pageable pageable) {
        return views.events(key, type, semester, partner, status, PageRequests.checked(pageable, MAX_PAGE_SIZE, SORTABLE));
    }

    @GetMapping("/{id}")
    @Operation(summary = "Read one event", description = "All fields, including agenda, minutes and lessons learnt, and the version to send with an update. The minutes only for the project's members; for anyone else they are left out.")
    EventDetail event(@PathVariable String key, @PathVariable long id) {
        return views.event(key, id);
    }

    @PostMapping
    @Operation(summary = "Plan or record an event")
    @ApiResponse(responseCode = "201", description = "Created; Location names the new event")
    @ApiResponse(responseCode = "422", description = "Rules broken, listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<EventDetail> create(@PathVariable String key, @RequestBody EventBody body) {
        Event created = withApiFields(() -> events.create(projects.project(key), body.toSpec()));
        var location = address.link("/api/v1/projects/{key}/events/{id}", key, created.getId());
        return ResponseEntity.created(location).body(views.event(key, created.getId()));
    }

    @PutMapping("/{id}")
    @Operation(summary = "Update an event", description = "The body carries the version that was read; when the event changed since, the answer is 409 and nothing is changed.")
    @ApiResponse(responseCode = "200", description = "The event as saved")
    @ApiResponse(responseCode = "409", description = "The event was changed by someone else since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Rules broken, listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    EventDetail update(@PathVariable String key, @PathVariable long id, @RequestBody EventBody body) {
        if (body.version() == null) {
            throw new RuleViolationException(Violation.of("version", "validation.required"));
        }
        withApiFields(() -> events.update(projects.project(key), id, body.version(), body.toSpec()));
        return views.event(key, id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete an event", description = "When the event changed since the given version, the answer is 409.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    @ApiResponse(responseCode = "409", description = "The event was changed by someone else since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    ResponseEntity<Void> delete(@PathVariable String key, @PathVariable long id, @RequestParam long version) {
        events.delete(projects.project(key), id, version);
        return ResponseEntity.noContent().build();
    }

    private static <T> T withApiFields(Supplier<T> write) {
        try {
            return write.get();
        } catch (RuleViolationException e) {
            List<Violation> renamed = e.violations().stream()
                    .map(v -> new Violation(EventMoment.writtenField(v.field()), v.code(), v.args()))
                    .toList();
            throw new RuleViolationException(renamed);
        }
    }
}
