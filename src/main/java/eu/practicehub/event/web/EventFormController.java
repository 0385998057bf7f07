package eu.practicehub.event.web;

import eu.practicehub.account.Access;
import eu.practicehub.common.ChoiceDeniedException;
import eu.practicehub.common.CleanTextEditor;
import eu.practicehub.common.FormErrors;
import eu.practicehub.common.PageWrites;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.event.DatePrecision;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating and editing events. */
@Controller
class EventFormController {

    static final String FORM_VIEW = "event/form";

    private final Access access;
    private final ProjectService projects;
    private final EventService events;
    private final PracticeService practices;
    private final MessageSource messages;

    EventFormController(ProjectService projects, EventService events, PracticeService practices,
            MessageSource messages, Access access) {
        this.access = access;
        this.projects = projects;
        this.events = events;
        this.practices = practices;
        this.messages = messages;
    }

    /** Empty fields arrive as null, and leading or trailing spaces are dropped. */
    @InitBinder("eventForm")
    void trimText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new CleanTextEditor());
    }

    @GetMapping("/projects/{key}/events/new")
    String createForm(@PathVariable String key, Model model) {
        Project project = projects.project(key);
        if (!access.mayWriteSomething(project.getId())) {
            throw new AccessDeniedException("Not allowed for this account");
        }
        EventForm form = new EventForm().withSpareRows();
        List<Partner> hosts = projects.writablePartners(project);
        if (hosts.size() == 1) {
            // An editor of one partner hosts its events: the one choice there is, made already.
            form.setHost(hosts.get(0).getShortName());
        }
        return showForm(project, null, form, model);
    }

    @PostMapping("/projects/{key}/events/new")
    String create(@PathVariable String key, @ModelAttribute EventForm eventForm, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        // Refused before the input is even read: the same rule as the service applies.
        if (!access.mayWriteSomething(project.getId())) {
            throw new AccessDeniedException("Not allowed for this account");
        }
        eventForm.withSpareRows();
        if (result.hasErrors()) {
            FormErrors.rejectWhereFree(result, eventForm.onRows(events.problems(project, null, eventForm.toSpec())));
            return refuse(project, null, eventForm, model, response, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return PageWrites.save(onRows(eventForm, () -> events.create(project, eventForm.toSpec())), result, response, () -> { })
                .map(created -> saved(project, created, "eventForm.created", redirect, locale))
                .orElseGet(() -> showForm(project, null, eventForm, model));
    }

    @GetMapping("/projects/{key}/events/{id}/edit")
    String editForm(@PathVariable String key, @PathVariable long id, Model model) {
        Project project = projects.project(key);
        Event event = events.eventWithPractices(project, id);
        access.requireWrite(project.getId(), event.hostId());
        return showForm(project, event, EventForm.of(event), model);
    }

    @PostMapping("/projects/{key}/events/{id}/edit")
    String update(@PathVariable String key, @PathVariable long id, @ModelAttribute EventForm eventForm,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response,
            Locale locale) {
        Project project = projects.project(key);
        Event stored = events.event(project, id);
        // Refused before the input is even read: the same rule as the service applies.
        access.requireWrite(project.getId(), stored.hostId());
        eventForm.withSpareRows();
        if (result.hasErrors() || eventForm.getVersion() == null) {
            if (eventForm.getVersion() == null) {
                result.reject("form.version.missing");
            }
            FormErrors.rejectWhereFree(result, eventForm.onRows(events.problems(project, id, eventForm.toSpec())));
            return refuse(project, stored, eventForm, model, response, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        Long version = eventForm.getVersion();
        Runnable tellStale = () -> {
            Event current = events.event(project, id);
            // The next save is made knowingly over the other person's version.
            eventForm.setVersion(current.getVersion());
            result.reject("form.stale", new Object[] {current.getTitle()}, "form.stale");
        };
        return PageWrites.save(onRows(eventForm, () -> events.update(project, id, version, eventForm.toSpec())), result,
                response, tellStale)
                .map(updated -> saved(project, updated, "eventForm.updated", redirect, locale))
                .orElseGet(() -> showForm(project, events.event(project, id), eventForm, model));
    }

    /** The save, its refusals naming each activity's fields by the form's row. */
    private static Supplier<Event> onRows(EventForm form, Supplier<Event> save) {
        return () -> {
            try {
                return save.get();
            } catch (RuleViolationException e) {
                throw new RuleViolationException(form.onRows(e.violations()));
            } catch (ChoiceDeniedException e) {
                throw new ChoiceDeniedException(form.onRows(e.violations()));
            }
        };
    }

    private String saved(Project project, Event event, String messageCode, RedirectAttributes redirect,
            Locale locale) {
        redirect.addFlashAttribute("flash", messages.getMessage(messageCode, new Object[] {event.getTitle()}, locale));
        return "redirect:/projects/" + project.getKey() + "/events/" + event.getId();
    }

    private String refuse(Project project, Event stored, EventForm form, Model model, HttpServletResponse response,
            HttpStatus status) {
        response.setStatus(status.value());
        return showForm(project, stored, form, model);
    }

    private String showForm(Project project, Event stored, EventForm form, Model model) {
        List<Partner> partners = projects.partners(project);
        model.addAttribute("project", project);
        model.addAttribute("section", "events");
        model.addAttribute("stored", stored);
        model.addAttribute("eventForm", form);
        model.addAttribute("partners", partners);
        // Only the partners the person may write for: choosing another would be refused.
        model.addAttribute("hosts", projects.writablePartners(project, partners).stream().map(Partner::getShortName).toList());
        model.addAttribute("visitorChoices", chosenFirst(form.getParticipants(),
                partners.stream().map(Partner::getShortName).toList()));
        List<String> practiceTitles = practices.practices(project).stream().map(Practice::getTitle).toList();
        model.addAttribute("practiceChoices", chosenFirst(form.getPractices(), practiceTitles));
        model.addAttribute("timeZones", new LinkedHashSet<>(partners.stream().map(Partner::getTimeZone).toList()));
        model.addAttribute("types", EventType.values());
        model.addAttribute("allPractices", practiceTitles);
        model.addAttribute("precisions", DatePrecision.values());
        model.addAttribute("modes", EventMode.values());
        model.addAttribute("statuses", EventStatus.values());
        return FORM_VIEW;
    }

    /**
     * The options of an ordered choice: those chosen, in their order, then the others. Checkboxes
     * send their values in page order, so this keeps the chosen order when the form is sent again.
     */
    private static List<String> chosenFirst(List<String> chosen, List<String> all) {
        Set<String> options = new LinkedHashSet<>();
        chosen.stream().filter(all::contains).forEach(options::add);
        options.addAll(all);
        return new ArrayList<>(options);
    }
}
