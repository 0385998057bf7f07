package eu.practicehub.web;

import eu.practicehub.event.EventService;
import eu.practicehub.event.EventType;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A project's home page: what the project is, who takes part, where it stands today. */
@Controller
class ProjectHomeController {

    static final String HOME_VIEW = "project/home";

    private final ProjectService projects;
    private final PracticeService practices;
    private final EventService events;
    private final Clock clock;

    ProjectHomeController(ProjectService projects, PracticeService practices, EventService events, Clock clock) {
        this.projects = projects;
        this.practices = practices;
        this.events = events;
        this.clock = clock;
    }

    @GetMapping("/projects/{key}")
    String home(@PathVariable String key, Model model) {
        Project project = projects.project(key);
        LocalDate today = LocalDate.now(clock);
        model.addAttribute("project", project);
        model.addAttribute("sectionIndex", true);
        model.addAttribute("section", "home");
        model.addAttribute("today", today);
        model.addAttribute("currentPhase", project.phaseOn(today).orElse(null));
        model.addAttribute("semester", project.currentSemester(today));
        model.addAttribute("semesterState", semesterState(project, today));
        model.addAttribute("partners", projects.partners(project));
        model.addAttribute("practicesByStatus", practices.countByStatus(project));
        model.addAttribute("practiceCount", practices.count(project));
        model.addAttribute("eventCount", events.count(project));
        model.addAttribute("studyVisitsHeld", events.countHeld(project, EventType.STUDY_VISIT));
        return HOME_VIEW;
    }

    /** Whether the semester shown is the running one, the first (not started yet) or the last (ended). */
    private static String semesterState(Project project, LocalDate today) {
        if (today.isBefore(project.getStartDate())) {
            return "upcoming";
        }
        boolean ended = project.endDate().map(today::isAfter).orElse(false);
        return ended ? "last" : "current";
    }
}
