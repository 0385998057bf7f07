package eu.practicehub.event.api;

import eu.practicehub.event.api.EventViews.SemesterView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Semesters", description = "What happened in each semester of a project")
class SemesterApiController {

    private final EventViews views;

    SemesterApiController(EventViews views) {
        this.views = views;
    }

    @GetMapping("/api/v1/projects/{key}/semesters/{number}")
    @Operation(summary = "Read one semester", description = "Its dates and phase, the events starting in it, how many events of each type were held and how many practices they examined.")
    SemesterView semester(@PathVariable String key, @PathVariable int number) {
        return views.semester(key, number);
    }
}
