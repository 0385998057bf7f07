package eu.practicehub.event.web;

import eu.practicehub.account.Access;
import eu.practicehub.common.Confirmation;
import eu.practicehub.common.DateTexts;
import eu.practicehub.common.FormErrors;
import eu.practicehub.common.LocalPaths;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventService;
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
    private final EventService events;
    private final Access access;

    RiskPagesController(ProjectService projects, RestrictionService restrictions, MessageSource messages,
            EventService events, Access access) {
        this.projects = projects;
        this.restrictions = restrictions;
        this.messages = messages;
        this.events = events;
        this.access = access;
    }

    @GetMapping("/projects/{key}/events/at-risk")
    String atRisk(@PathVariable String key, Model model) {
        return show(projects.project(key), List.of(), model);
    }

    /**
     * Asks before switching an event to virtual, which erases its venue; the other suggestions keep what the
     * event holds and are applied at once, so for them there is nothing to ask. Showing it changes nothing.
     */
    @GetMapping("/projects/{key}/events/{id}/resolve")
    String confirmResolve(@PathVariable String key, @PathVariable long id, @RequestParam(required = false) String resolution,
            @RequestParam(required = false) String version, @RequestParam(required = false) String returnTo,
            Model model, Locale locale) {
        Project project = projects.project(key);
        Event event = events.event(project, id);
        access.requireWrite(project.getId(), event.hostId());
        String back = safeReturn(project, returnTo);
        if (parse(resolution) != RiskResolution.SWITCH_TO_VIRTUAL) {
            return "redirect:" + back;
        }
        Long sent = parseVersion(version);
        String dates = new DateTexts(messages, locale).period(event.getStartDate(), event.getEndDate(),
                event.getDatePrecision() == null ? null : event.getDatePrecision().shared());
        Confirmation.Builder confirmation = Confirmation.of(messages, locale)
                .heading("riskConfirm.virtual.heading", event.getTitle())
                .fact("confirm.fact.title", event.getTitle())
                .fact("event.dates", dates)
                .fact("event.host", event.hostName())
                .fact("event.venue", event.getVenue())
                .says("riskConfirm.virtual.what", event.getTitle());
        if (event.getVenue() != null && !event.getVenue().isBlank()) {
            confirmation.says("riskConfirm.virtual.venue", event.getVenue());
        }
        model.addAttribute("project", project);
        model.addAttribute("section", "events");
        return confirmation.undo("riskConfirm.virtual.undo")
                .button("riskConfirm.virtual.button", event.getTitle())
                .destructive()
                .posts("/projects/" + project.getKey() + "/events/" + id + "/resolve")
                .with("resolution", RiskResolution.SWITCH_TO_VIRTUAL)
                .with("version", sent != null ? sent : event.getVersion())
                .with("returnTo", back)
                .cancel(back)
                .show(model);
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
