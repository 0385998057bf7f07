package eu.practicehub.project.api;

import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.project.api.ProjectViews.PartnerView;
import eu.practicehub.project.api.ProjectViews.ProjectView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects")
@Tag(name = "Projects", description = "Cooperation projects, their semesters and partners")
class ProjectApiController {

    private final ProjectService projects;
    private final Clock clock;

    ProjectApiController(ProjectService projects, Clock clock) {
        this.projects = projects;
        this.clock = clock;
    }

    @GetMapping("/{key}")
    @Operation(summary = "Read one project", description = "The project with its phases, all its semesters and the semester running today.")
    ProjectView project(@PathVariable String key) {
        return ProjectView.of(projects.project(key), LocalDate.now(clock));
    }

    @GetMapping("/{key}/partners")
    @Operation(summary = "List the partners", description = "The lead partner first, then the others in the order they joined.")
    List<PartnerView> partners(@PathVariable String key) {
        Project project = projects.project(key);
        return projects.partners(project).stream().map(PartnerView::of).toList();
    }

    @GetMapping("/{key}/partners/{id}")
    @Operation(summary = "Read one partner")
    PartnerView partner(@PathVariable String key, @PathVariable long id) {
        return PartnerView.of(projects.partner(projects.project(key), id));
    }
}
