package eu.practicehub.event.web;

import eu.practicehub.account.Access;
import eu.practicehub.common.Confirmation;
import eu.practicehub.common.DateTexts;
import eu.practicehub.common.PageWrites;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The event list, the timeline by semester and the page of each event. */
@Controller
class EventPagesController {

    static final String LIST_VIEW = "event/list";
    static final String LIST_RESULTS = LIST_VIEW + " :: results";
    static final String TIMELINE_VIEW = "event/timeline";
    static final String EVENT_VIEW = "event/event";
    static final int PAGE_SIZE = 20;

    private final ProjectService projects;
    private final EventService events;
    private final MessageSource messages;
    private final Clock clock;
    private final Access access;

    EventPagesController(ProjectService projects, EventService events, MessageSource messages, Clock clock, Access access) {
        this.access = access;
        this.projects = projects;
        this.events = events;
        this.messages = messages;
        this.clock = clock;
    }

    /** The list; htmx asks for the results alone when the filters change. Malformed filters are left out. */
    @GetMapping("/projects/{key}/events")
    String list(@PathVariable String key, @ModelAttribute("query") EventQuery query,
            BindingResult ignoredMalformedFilters,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            @RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean historyRestore,
            Model model, HttpServletResponse response) {
        Project project = projects.project(key);
        PageRequest page = PageRequest.of(query.pageNumber() - 1, PAGE_SIZE, Sort.by("startDate", "id"));
        model.addAttribute("project", project);
        model.addAttribute("section", "events");
        model.addAttribute("sectionIndex", true);
        model.addAttribute("results", events.events(project, query.filter(project.semesters().size()), page));
        model.addAttribute("pageLink", query.link(project.getKey()));
        model.addAttribute("types", EventType.values());
        model.addAttribute("semesters", project.semesters());
        model.addAttribute("partners", projects.partners(project));
        model.addAttribute("statuses", EventStatus.values());
        boolean resultsOnly = htmx && !historyRestore;
        model.addAttribute("resultsOnly", resultsOnly);
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return resultsOnly ? LIST_RESULTS : LIST_VIEW;
    }

    @GetMapping("/projects/{key}/events/timeline")
    String timeline(@PathVariable String key, Model model) {
        Project project = projects.project(key);
        model.addAttribute("project", project);
        model.addAttribute("section", "timeline");
        model.addAttribute("sectionIndex", true);
        model.addAttribute("timeline", events.timeline(project));
        model.addAttribute("outsideRun", events.outsideRun(project));
        model.addAttribute("betweenPeriods", events.betweenPeriods(project));
        model.addAttribute("currentSemester", project.semesterOf(LocalDate.now(clock)).orElse(null));
        return TIMELINE_VIEW;
    }

    @GetMapping("/projects/{key}/events/{id}")
    String event(@PathVariable String key, @PathVariable long id, Model model) {
        return showEvent(projects.project(key), id, model);
    }

    /** Asks before deleting; {@code version} is the one read on the event's page, checked on confirming. */
    @GetMapping("/projects/{key}/events/{id}/delete")
    String confirmDelete(@PathVariable String key, @PathVariable long id, @RequestParam(required = false) Long version,
            Model model, Locale locale) {
        Project project = projects.project(key);
        Event event = events.event(project, id);
        access.requireWrite(project.getId(), event.hostId());
        String page = "/projects/" + project.getKey() + "/events/" + id;
        String dates = new DateTexts(messages, locale).period(event.getStartDate(), event.getEndDate(),
                event.getDatePrecision() == null ? null : event.getDatePrecision().shared());
        model.addAttribute("project", project);
        model.addAttribute("section", "events");
        return Confirmation.of(messages, locale)
                .heading("eventConfirm.delete.heading", event.getTitle())
                .fact("confirm.fact.title", event.getTitle())
                .fact("event.dates", dates)
                .fact("event.host", event.hostName())
                .says("eventConfirm.delete.what", event.getTitle())
                .undo("eventConfirm.delete.undo")
                .button("eventConfirm.delete.button", event.getTitle())
                .destructive()
                .posts(page + "/delete").with("version", version != null ? version : event.getVersion())
                .cancel(page)
                .show(model);
    }

    @PostMapping("/projects/{key}/events/{id}/delete")
    String delete(@PathVariable String key, @PathVariable long id, @RequestParam long version, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        Event event = events.event(project, id);
        List<String> problems = PageWrites.delete(() -> events.delete(project, id, version), "eventPage.delete.stale",
                messages, locale, response);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return showEvent(project, id, model);
        }
        redirect.addFlashAttribute("flash",
                messages.getMessage("eventPage.deleted", new Object[] {event.getTitle()}, locale));
        return "redirect:/projects/" + project.getKey() + "/events";
    }


    private String showEvent(Project project, long id, Model model) {
        Event event = events.eventWithPractices(project, id);
        model.addAttribute("project", project);
        model.addAttribute("section", "events");
        model.addAttribute("event", event);
        model.addAttribute("semester", project.semesterOf(event.getStartDate()).orElse(null));
        model.addAttribute("online", event.getMode() != EventMode.IN_PERSON);
        model.addAttribute("joiningOnline", events.joiningOnline(event).stream().map(Partner::getId).toList());
        return EVENT_VIEW;
    }
}
