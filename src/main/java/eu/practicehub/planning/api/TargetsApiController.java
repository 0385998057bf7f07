package eu.practicehub.planning.api;

import eu.practicehub.common.NotFoundException;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import eu.practicehub.planning.PlanningService;
import eu.practicehub.planning.TargetValues;
import eu.practicehub.planning.Targets;
import eu.practicehub.planning.api.PlanningViews.MeasureView;
import eu.practicehub.planning.api.PlanningViews.TargetsView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Semesters", description = "What each semester of a project achieved against its targets, and the project's plan")
class TargetsApiController {

    private final PlanningService planning;
    private final Clock clock;

    TargetsApiController(PlanningService planning, Clock clock) {
        this.planning = planning;
        this.clock = clock;
    }

    @GetMapping("/api/v1/projects/{key}/targets")
    @Operation(summary = "Read the project's plan", description = "The whole-project target of each measure that has one, the version to send when changing them, and for every measure the target against what was achieved up to today.")
    PlanView plan(@PathVariable String key) {
        return planView(key, planning.targets(key, Targets.WHOLE_PROJECT));
    }

    @PutMapping("/api/v1/projects/{key}/targets")
    @Operation(summary = "Set the project's plan", description = "Replaces the whole-project targets: a measure left out or null has none. The body carries the version that was read; when the plan changed since, the answer is 409 and nothing is changed.")
    @ApiResponse(responseCode = "200", description = "The plan as saved, with the progress against it")
    @ApiResponse(responseCode = "409", description = "The plan was changed by someone else since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Targets that are not whole numbers from 0 to " + PlanningService.MAX_TARGET + " or unknown measures, listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    PlanView setPlan(@PathVariable String key, @RequestBody TargetsBody body) {
        return planView(key, save(key, Targets.WHOLE_PROJECT, body));
    }

    @GetMapping("/api/v1/projects/{key}/semesters/{number}/targets")
    @Operation(summary = "Read a semester's targets", description = "The semester's target of each measure that has one and the version to send when changing them.")
    TargetsView semesterTargets(@PathVariable String key, @PathVariable int number) {
        return TargetsView.of(planning.targets(key, semester(number)));
    }

    @PutMapping("/api/v1/projects/{key}/semesters/{number}/targets")
    @Operation(summary = "Set a semester's targets", description = "Replaces the semester's targets: a measure left out or null has none. The body carries the version that was read; when the targets changed since, the answer is 409 and nothing is changed.")
    @ApiResponse(responseCode = "200", description = "The targets as saved")
    @ApiResponse(responseCode = "409", description = "The targets were changed by someone else since the version sent; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    @ApiResponse(responseCode = "422", description = "Targets that are not whole numbers from 0 to " + PlanningService.MAX_TARGET + " or unknown measures, listed in errors; nothing was changed", content = @Content(mediaType = "application/problem+json", schema = @Schema(implementation = ProblemDetail.class)))
    TargetsView setSemesterTargets(@PathVariable String key, @PathVariable int number, @RequestBody TargetsBody body) {
        return TargetsView.of(save(key, semester(number), body));
    }

    /** Semester numbers start at 1; 0 stands for the whole project only inside the service. */
    private static int semester(int number) {
        if (number < 1) {
            throw new NotFoundException("semester", number);
        }
        return number;
    }

    private Targets save(String key, int semester, TargetsBody body) {
        // Reading the targets first answers an unknown project or semester with 404 before anything else.
        planning.targets(key, semester);
        TargetValues.Read read = TargetValues.read(body.targets(), "targets.");
        List<Violation> problems = new java.util.ArrayList<>(read.problems());
        if (body.version() == null) {
            problems.add(0, Violation.of("version", "validation.required"));
        }
        RuleViolationException.throwIfAny(problems);
        try {
            return planning.saveTargets(key, semester, body.version(), read.targets());
        } catch (RuleViolationException e) {
            throw new RuleViolationException(e.violations().stream().map(v -> v.under("targets")).toList());
        }
    }

    private PlanView planView(String key, Targets plan) {
        LocalDate today = LocalDate.now(clock);
        return new PlanView(plan.version(), plan.targets(), today,
                MeasureView.of(planning.projectProgress(key, today).measures()));
    }

    /** Targets by measure name; a measure left out or null has none. An update carries the version that was read. */
    record TargetsBody(
            @Schema(description = "Required: the version that was read (0 when none were ever set)") Long version,
            @Schema(description = "Target by measure, e.g. {\"STUDY_VISITS\": 10}: whole numbers from 0 to " + PlanningService.MAX_TARGET) Map<String, Object> targets) {
    }

    /** The project's plan, its version, and every measure's target against what was achieved up to {@code asOf}. */
    record PlanView(long version, Map<eu.practicehub.planning.Measure, Integer> targets, LocalDate asOf,
            List<MeasureView> progress) {
    }
}
