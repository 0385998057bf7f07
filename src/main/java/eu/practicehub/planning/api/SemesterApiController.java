package eu.practicehub.planning.api;

import eu.practicehub.planning.api.PlanningViews.SemesterView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Semesters", description = "What each semester of a project achieved against its targets, and the project's plan")
class SemesterApiController {

    private final PlanningViews views;

    SemesterApiController(PlanningViews views) {
        this.views = views;
    }

    @GetMapping("/api/v1/projects/{key}/semesters/{number}")
    @Operation(summary = "Read one semester", description = "Its dates and phase, the events starting in it, how many events of each type were held and how many practices they examined, its targets, and for each measure the target against what was achieved in the semester and the whole plan against what was achieved up to its end.")
    SemesterView semester(@PathVariable String key, @PathVariable int number) {
        return views.semester(key, number);
    }
}
