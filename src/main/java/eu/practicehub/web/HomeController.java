package eu.practicehub.web;

import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page: the projects of this instance, or straight to the only one. */
@Controller
class HomeController {

    static final String PROJECTS_VIEW = "home/projects";

    private final ProjectService projects;

    HomeController(ProjectService projects) {
        this.projects = projects;
    }

    @GetMapping("/")
    String home(Model model) {
        List<Project> all = projects.projects();
        if (all.size() == 1) {
            return "redirect:/projects/" + all.get(0).getKey();
        }
        model.addAttribute("projects", all);
        return PROJECTS_VIEW;
    }
}
