package eu.practicehub.event.web;

import eu.practicehub.common.FormErrors;
import eu.practicehub.common.LocalPaths;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.event.Event;
import eu.practicehub.event.RestrictionService;
import eu.practicehub.event.RiskResolution;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The planned events at risk and applying a suggestion to one. The list is the fragment
 * {@code event/at-risk :: atRisk(key, items, returnTo)}, which other pages (the dashboard) include.
 */
@Controller
class RiskPagesController {

    static final String AT_RISK_VIEW = "event/at-risk";

    private final ProjectService projects;
    private final RestrictionService restrictions;
    private final MessageSource messages;

    RiskPagesController(ProjectService projects, RestrictionService restrictions, MessageSource messages) {
        this.projects = projects;
        this.restrictions = restrictions;
        this.messages = messages;
    }

    @GetMapping("/projects/{key}/events/at-risk")
    String atRisk(@PathVariable String key, Model model) {
        return show(projects.project(key), List.of(), model);
    }

    /**
     * Applies one suggestion, then returns to the page it was applied on ({@code returnTo}, a page of
     * the same project; the at-risk page otherwise). A refusal shows the at-risk page with the reason.
     */
    @PostMapping("/projects/{key}/events/{id}/resolve")
    String resolve(@PathVariable String key, @PathVariable long id, @RequestParam(required = false) String resolution,
            @RequestParam(required = false) String version, @RequestParam(required = false) String returnTo,
            Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        RiskResolution chosen = parse(resolution);
        Long sent = parseVersion(version);
        if (chosen == null || sent == null) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(project, List.of(messages.getMessage("atRisk.resolve.unreadable", null, locale)), model);
        }
        try {
            Event event = restrictions.resolve(project, id, sent, chosen);
            redirect.addFlashAttribute("flash", messages.getMessage("atRisk.resolve.done." + chosen.name(),
                    new Object[] {event.getTitle()}, locale));
            return "redirect:" + safeReturn(project, returnTo);
        } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(project, List.of(messages.getMessage("atRisk.resolve.stale", null, locale)), model);
        } catch (RuleViolationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(project, e.violations().stream().map(v -> messages.getMessage(FormErrors.message(v), locale))
                    .toList(), model);
        }
    }

    private String show(Project project, List<String> problems, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("section", "events");
        model.addAttribute("atRisk", restrictions.eventsAtRisk(project));
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
        }
        return AT_RISK_VIEW;
    }

    /**
     * A page of the same project to return to, normalised; anything else (another site, another project, a
     * path that climbs out of the project however it is encoded) is not followed.
     */
    static String safeReturn(Project project, String returnTo) {
        String base = "/projects/" + project.getKey();
        return LocalPaths.within(base, returnTo).orElse(base + "/events/at-risk");
    }

    private static RiskResolution parse(String resolution) {
        try {
            return resolution == null ? null : RiskResolution.valueOf(resolution.strip());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long parseVersion(String version) {
        try {
            return version == null ? null : Long.valueOf(version.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
