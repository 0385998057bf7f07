package eu.practicehub.web;

import eu.practicehub.event.EventService;
import eu.practicehub.event.EventType;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.project.Partner;
import eu.practicehub.project.PartnerRole;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.transfer.Transfer;
import eu.practicehub.transfer.TransferService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final TransferService transfers;
    private final Clock clock;

    ProjectHomeController(ProjectService projects, PracticeService practices, EventService events,
            TransferService transfers, Clock clock) {
        this.projects = projects;
        this.practices = practices;
        this.events = events;
        this.transfers = transfers;
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
        List<Partner> partners = projects.partners(project);
        model.addAttribute("partners", partners);
        model.addAttribute("network", transferNetwork(project, partners));
        model.addAttribute("practicesByStatus", practices.countByStatus(project));
        model.addAttribute("practiceCount", practices.count(project));
        model.addAttribute("eventCount", events.count(project));
        model.addAttribute("studyVisitsHeld", events.countHeld(project, EventType.STUDY_VISIT));
        return HOME_VIEW;
    }

    /**
     * In a transfer network (a project with transfer partners): the good practices of its lead, the
     * good-practice city, and the transfers to each transfer partner; null in any other project.
     */
    private TransferNetwork transferNetwork(Project project, List<Partner> partners) {
        List<Partner> transferPartners = partners.stream().filter(p -> p.getRole() == PartnerRole.TRANSFER_PARTNER).toList();
        Optional<Partner> lead = partners.stream().filter(p -> p.getRole() == PartnerRole.LEAD).findFirst();
        if (transferPartners.isEmpty() || lead.isEmpty()) {
            return null;
        }
        List<Practice> goodPractices = practices.ownedBy(lead.get());
        List<Transfer> all = transfers.transfers(project);
        Map<Long, List<Transfer>> byImporter = new LinkedHashMap<>();
        transferPartners.forEach(p -> byImporter.put(p.getId(), all.stream()
                .filter(t -> t.getImporter().getId().equals(p.getId())).toList()));
        return new TransferNetwork(lead.get(), goodPractices, transferPartners, byImporter);
    }

    /** A transfer network's good-practice city, its practices, its transfer partners and the transfers to each (by partner id). */
    record TransferNetwork(Partner lead, List<Practice> goodPractices, List<Partner> transferPartners,
            Map<Long, List<Transfer>> transfersTo) {
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
