package eu.practicehub.practice.web;

import eu.practicehub.account.Access;
import eu.practicehub.common.CleanTextEditor;
import eu.practicehub.common.FormErrors;
import eu.practicehub.common.PageWrites;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.PracticeStatus;
import eu.practicehub.practice.Theme;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
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

/** Creating and editing good practices. */
@Controller
class PracticeFormController {

    static final String FORM_VIEW = "practice/form";

    private final Access access;
    private final ProjectService projects;
    private final PracticeService practices;
    private final MessageSource messages;
    private final Clock clock;

    PracticeFormController(ProjectService projects, PracticeService practices, MessageSource messages, Access access,
            ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemDefaultZone);
        this.access = access;
        this.projects = projects;
        this.practices = practices;
        this.messages = messages;
    }

    /** Empty fields arrive as null, and leading or trailing spaces are dropped. */
    @InitBinder("practiceForm")
    void trimText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new CleanTextEditor());
    }

    @GetMapping("/projects/{key}/practices/new")
    String createForm(@PathVariable String key, Model model) {
        Project project = projects.project(key);
        if (!access.mayWriteSomething(project.getId())) {
            throw new AccessDeniedException("Not allowed for this account");
        }
        PracticeForm form = PracticeForm.identifiedOn(LocalDate.now(clock));
        List<Partner> owners = projects.writablePartners(project);
        if (owners.size() == 1) {
            // An editor of one partner records its practices: the one choice there is, made already.
            form.setOwner(owners.get(0).getShortName());
        }
        return showForm(project, null, form, model);
    }

    @PostMapping("/projects/{key}/practices/new")
    String create(@PathVariable String key, @ModelAttribute PracticeForm practiceForm, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        // Refused before the input is even read: the same rule as the service applies.
        if (!access.mayWriteSomething(project.getId())) {
            throw new AccessDeniedException("Not allowed for this account");
        }
        if (result.hasErrors()) {
            FormErrors.rejectWhereFree(result, practices.problems(project, null, practiceForm.toNewSpec()));
            return refuse(project, null, practiceForm, model, response, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        return PageWrites.save(() -> practices.create(project, practiceForm.toNewSpec()), result, response, () -> { })
                .map(created -> saved(project, created, "practiceForm.created", redirect, locale))
                .orElseGet(() -> showForm(project, null, practiceForm, model));
    }

    @GetMapping("/projects/{key}/practices/{id}/edit")
    String editForm(@PathVariable String key, @PathVariable long id, Model model) {
        Project project = projects.project(key);
        Practice practice = practices.practice(project, id);
        access.requireWrite(project.getId(), practice.getOwner().getId());
        return showForm(project, practice, PracticeForm.of(practice), model);
    }

    @PostMapping("/projects/{key}/practices/{id}/edit")
    String update(@PathVariable String key, @PathVariable long id, @ModelAttribute PracticeForm practiceForm,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response,
            Locale locale) {
        Project project = projects.project(key);
        Practice stored = practices.practice(project, id);
        // Refused before the input is even read: the same rule as the service applies.
        access.requireWrite(project.getId(), stored.getOwner().getId());
        if (result.hasErrors() || practiceForm.getVersion() == null) {
            if (practiceForm.getVersion() == null) {
                result.reject("form.version.missing");
            }
            FormErrors.rejectWhereFree(result, practices.problems(project, id, practiceForm.toSpec()));
            return refuse(project, stored, practiceForm, model, response, HttpStatus.UNPROCESSABLE_CONTENT);
        }
        Long version = practiceForm.getVersion();
        Runnable tellStale = () -> {
            Practice current = practices.practice(project, id);
            // The next save is made knowingly over the other person's version.
            practiceForm.setVersion(current.getVersion());
            result.reject("form.stale", new Object[] {current.getTitle()}, "form.stale");
        };
        return PageWrites.save(() -> practices.update(project, id, version, practiceForm.toSpec()), result, response, tellStale)
                .map(updated -> saved(project, updated, "practiceForm.updated", redirect, locale))
                .orElseGet(() -> showForm(project, practices.practice(project, id), practiceForm, model));
    }

    private String saved(Project project, Practice practice, String messageCode, RedirectAttributes redirect,
            Locale locale) {
        redirect.addFlashAttribute("flash", messages.getMessage(messageCode, new Object[] {practice.getTitle()}, locale));
        return "redirect:/projects/" + project.getKey() + "/practices/" + practice.getId();
    }

    private String refuse(Project project, Practice stored, PracticeForm form, Model model,
            HttpServletResponse response, HttpStatus status) {
        response.setStatus(status.value());
        return showForm(project, stored, form, model);
    }

    private String showForm(Project project, Practice stored, PracticeForm form, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("section", "practices");
        model.addAttribute("stored", stored);
        model.addAttribute("practiceForm", form);
        // Only the partners the person may write for: choosing another would be refused.
        model.addAttribute("owners", projects.writablePartners(project).stream().map(Partner::getShortName).toList());
        model.addAttribute("themeNames", chosenFirst(form.getThemes(),
                practices.themes(project).stream().map(Theme::getName).toList()));
        model.addAttribute("statuses", stored == null ? Arrays.asList(PracticeStatus.values())
                : Arrays.stream(PracticeStatus.values()).filter(s -> !s.isBefore(stored.getStatus())).toList());
        return FORM_VIEW;
    }

    /**
     * The themes to tick: those chosen, in their order, then the others. Checkboxes send their
     * values in page order, so the first theme (the one a practice is grouped under) stays first.
     */
    private static List<String> chosenFirst(List<String> chosen, List<String> all) {
        Set<String> options = new LinkedHashSet<>();
        chosen.stream().filter(all::contains).forEach(options::add);
        options.addAll(all);
        return new ArrayList<>(options);
    }
}
