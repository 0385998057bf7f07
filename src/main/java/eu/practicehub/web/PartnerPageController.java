package eu.practicehub.web;

import eu.practicehub.event.EventService;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A partner's page: who they are, the good practices they own and the events they took part in. */
@Controller
class PartnerPageController {

    static final String PARTNER_VIEW = "project/partner";

    private final ProjectService projects;
    private final PracticeService practices;
    private final EventService events;

    PartnerPageController(ProjectService projects, PracticeService practices, EventService events) {
        this.projects = projects;
        this.practices = practices;
        this.events = events;
    }

    @GetMapping("/projects/{key}/partners/{id}")
    String partner(@PathVariable String key, @PathVariable long id, Model model) {
        Project project = projects.project(key);
        Partner partner = projects.partner(project, id);
        model.addAttribute("project", project);
        model.addAttribute("section", "home");
        model.addAttribute("partner", partner);
        model.addAttribute("practices", practices.ownedBy(partner));
        model.addAttribute("hosted", events.hostedBy(partner));
        model.addAttribute("attended", events.attendedBy(partner));
        return PARTNER_VIEW;
    }
}
