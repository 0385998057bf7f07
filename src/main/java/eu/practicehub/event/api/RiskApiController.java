package eu.practicehub.event.api;

import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import eu.practicehub.event.RestrictionService;
import eu.practicehub.event.api.RestrictionBodies.AtRiskView;
import eu.practicehub.event.api.RestrictionBodies.ResolveBody;
import eu.practicehub.project.ProjectService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{key}/events")
@Tag(name = "Events at risk", description = "Planned events that travel restrictions keep from meeting on site, and the suggestions to apply")
@ApiResponse(responseCode = "404", description = "No such project or event", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
class RiskApiController {

    private final RestrictionService restrictions;
    private final ProjectService projects;
    private final EventViews views;

    RiskApiController(RestrictionService restrictions, ProjectService projects, EventViews views) {
        this.restrictions = restrictions;
        this.projects = projects;
        this.views = views;
    }

    @GetMapping("/at-risk")
    @Operation(summary = "Planned events at risk", description = "Planned in-person events with the host's or a visitor's country restricted on one of their days, and planned hybrid events whose host's country is; with the restricted countries, their periods and partners, and the suggestions (SWITCH_TO_VIRTUAL, SWITCH_TO_HYBRID, POSTPONE). Derived from the current restrictions.")
    List<AtRiskView> atRisk(@PathVariable String key) {
        return restrictions.eventsAtRisk(projects.project(key)).stream().map(AtRiskView::of).toList();
    }

    @PostMapping("/{id}/resolve")
    @Operation(summary = "Apply a suggestion to an event at risk", description = "{\"resolution\": \"SWITCH_TO_VIRTUAL\", \"version\": 3}: switches the event's mode, or marks it POSTPONED, in one step. Answers the event as saved.")
    @ApiResponse(responseCode = "200", description = "The event as saved")
    @ApiResponse(responseCode = "409", description = "The event was changed by someone else since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "The event is not at risk, or the suggestion is not one of its own; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    EventDetail resolve(@PathVariable String key, @PathVariable long id, @RequestBody ResolveBody body) {
        if (body.version() == null) {
            throw new RuleViolationException(Violation.of("version", "validation.required"));
        }
        restrictions.resolve(projects.project(key), id, body.version(), body.resolution());
        return views.event(key, id);
    }
}
