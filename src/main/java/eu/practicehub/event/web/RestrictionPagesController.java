package eu.practicehub.event.web;

import eu.practicehub.account.Access;
import eu.practicehub.common.CleanTextEditor;
import eu.practicehub.common.Confirmation;
import eu.practicehub.common.DateTexts;
import eu.practicehub.common.FormErrors;
import eu.practicehub.common.PageRequests;
import eu.practicehub.common.PageWrites;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import eu.practicehub.event.Restriction;
import eu.practicehub.event.RestrictionLevel;
import eu.practicehub.event.RestrictionService;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The restrictions of a project: the list, recording, editing, deleting and importing them from CSV. */
@Controller
class RestrictionPagesController {

    static final String LIST_VIEW = "event/restrictions";
    static final String FORM_VIEW = "event/restriction-form";
    static final String IMPORT_VIEW = "event/restriction-import";
    static final int PAGE_SIZE = 20;

    private final Access access;
    private final ProjectService projects;
    private final RestrictionService restrictions;
    private final MessageSource messages;

    RestrictionPagesController(ProjectService projects, RestrictionService restrictions, MessageSource messages, Access access) {
        this.access = access;
        this.projects = projects;
        this.restrictions = restrictions;
        this.messages = messages;
    }

    @InitBinder("restrictionForm")
    void trimText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new CleanTextEditor());
    }

    /** The list, 20 a page, of one country when {@code country} is given; a malformed page number is the first, one past 100 000 the 100 000th. */
    @GetMapping("/projects/{key}/restrictions")
    String list(@PathVariable String key, @RequestParam(required = false) String country,
            @RequestParam(required = false) String page, Model model) {
        Project project = projects.project(key);
        String chosen = country == null || country.isBlank() ? null : country.strip().toUpperCase(Locale.ROOT);
        PageRequest request = PageRequest.of(PageRequests.pageNumber(page) - 1, PAGE_SIZE, Sort.by("country", "from", "id"));
        model.addAttribute("project", project);
        model.addAttribute("section", "restrictions");
        model.addAttribute("sectionIndex", true);
        model.addAttribute("country", chosen);
        model.addAttribute("countries", countries(project));
        model.addAttribute("results", restrictions.restrictions(project, chosen, request));
        model.addAttribute("pageLink", UriComponentsBuilder.fromPath("/projects/{key}/restrictions")
                .queryParamIfPresent("country", java.util.Optional.ofNullable(chosen))
                .buildAndExpand(project.getKey()).encode().toUriString());
        return LIST_VIEW;
    }

    @GetMapping("/projects/{key}/restrictions/new")
    String createForm(@PathVariable String key, Model model) {
        Project project = projects.project(key);
        access.requireCoordinator(project.getId());
        return showForm(project, null, new RestrictionForm(), model);
    }

    @PostMapping("/projects/{key}/restrictions/new")
    String create(@PathVariable String key, @ModelAttribute RestrictionForm restrictionForm, BindingResult result,
            Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        // Refused before the input is even read: the same rule as the service applies.
        access.requireCoordinator(project.getId());
        if (result.hasErrors()) {
            FormErrors.rejectWhereFree(result, restrictions.problems(project, null, restrictionForm.toSpec()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showForm(project, null, restrictionForm, model);
        }
        return PageWrites.save(() -> restrictions.create(project, restrictionForm.toSpec()), result, response, () -> { })
                .map(created -> saved(project, created, "restrictionForm.created", redirect, locale))
                .orElseGet(() -> showForm(project, null, restrictionForm, model));
    }

    @GetMapping("/projects/{key}/restrictions/{id}/edit")
    String editForm(@PathVariable String key, @PathVariable long id, Model model) {
        Project project = projects.project(key);
        Restriction restriction = restrictions.restriction(project, id);
        access.requireCoordinator(project.getId());
        return showForm(project, restriction, RestrictionForm.of(restriction), model);
    }

    @PostMapping("/projects/{key}/restrictions/{id}/edit")
    String update(@PathVariable String key, @PathVariable long id, @ModelAttribute RestrictionForm restrictionForm,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        Restriction stored = restrictions.restriction(project, id);
        // Refused before the input is even read: the same rule as the service applies.
        access.requireCoordinator(project.getId());
        if (result.hasErrors() || restrictionForm.getVersion() == null) {
            if (restrictionForm.getVersion() == null) {
                result.reject("form.version.missing");
            }
            FormErrors.rejectWhereFree(result, restrictions.problems(project, id, restrictionForm.toSpec()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showForm(project, stored, restrictionForm, model);
        }
        Long version = restrictionForm.getVersion();
        Runnable tellStale = () -> {
            Restriction current = restrictions.restriction(project, id);
            // The next save is made knowingly over the other person's version.
            restrictionForm.setVersion(current.getVersion());
            result.reject("form.stale", new Object[] {current.countryName(locale)}, "form.stale");
        };
        return PageWrites.save(() -> restrictions.update(project, id, version, restrictionForm.toSpec()), result,
                        response, tellStale)
                .map(updated -> saved(project, updated, "restrictionForm.updated", redirect, locale))
                .orElseGet(() -> showForm(project, restrictions.restriction(project, id), restrictionForm, model));
    }

    /** Asks before deleting; {@code version} is the one read on the restriction's form, checked on confirming. */
    @GetMapping("/projects/{key}/restrictions/{id}/delete")
    String confirmDelete(@PathVariable String key, @PathVariable long id, @RequestParam(required = false) Long version,
            Model model, Locale locale) {
        Project project = projects.project(key);
        access.requireCoordinator(project.getId());
        Restriction restriction = restrictions.restriction(project, id);
        String country = messages.getMessage("restriction.countryName",
                new Object[] {restriction.countryName(locale), restriction.getCountry()}, locale);
        String period = new DateTexts(messages, locale).period(restriction.getFrom(), restriction.getTo(), null);
        String base = "/projects/" + project.getKey() + "/restrictions/" + id;
        model.addAttribute("project", project);
        model.addAttribute("section", "restrictions");
        return Confirmation.of(messages, locale)
                .heading("restrictionConfirm.delete.heading", country, period)
                .fact("restriction.country", country)
                .fact("restriction.period", period)
                .fact("restriction.level", messages.getMessage("enum.RestrictionLevel." + restriction.getLevel(), null, locale))
                .says("restrictionConfirm.delete.what", country, period)
                .undo("restrictionConfirm.delete.undo")
                .button("restrictionConfirm.delete.button", country)
                .destructive()
                .posts(base + "/delete").with("version", version != null ? version : restriction.getVersion())
                .cancel(base + "/edit")
                .show(model);
    }

    @PostMapping("/projects/{key}/restrictions/{id}/delete")
    String delete(@PathVariable String key, @PathVariable long id, @RequestParam(required = false) Long version,
            Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        Restriction restriction = restrictions.restriction(project, id);
        long sent = version == null ? -1 : version;
        List<String> problems = PageWrites.delete(() -> restrictions.delete(project, id, sent),
                "restrictionPage.delete.stale", messages, locale, response);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            Restriction current = restrictions.restriction(project, id);
            return showForm(project, current, RestrictionForm.of(current), model);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("restrictionPage.deleted",
                new Object[] {restriction.countryName(locale), restriction.getCountry()}, locale));
        return "redirect:/projects/" + project.getKey() + "/restrictions";
    }

    @GetMapping("/projects/{key}/restrictions/import")
    String importForm(@PathVariable String key, Model model) {
        Project project = projects.project(key);
        access.requireCoordinator(project.getId());
        return showImport(project, List.of(), model);
    }

    /** Adds every line of an uploaded CSV file, or none: the problems are listed with their lines and columns. */
    @PostMapping("/projects/{key}/restrictions/import")
    String importCsv(@PathVariable String key, @RequestParam(required = false) MultipartFile file, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Locale locale) throws IOException {
        Project project = projects.project(key);
        String csv = file == null || file.isEmpty() ? "" : new String(file.getBytes(), StandardCharsets.UTF_8);
        try {
            int added = restrictions.importCsv(project, csv).size();
            redirect.addFlashAttribute("flash", messages.getMessage("restrictionImport.done", new Object[] {added}, locale));
            return "redirect:/projects/" + project.getKey() + "/restrictions";
        } catch (RuleViolationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showImport(project, e.violations().stream().map(v -> problem(v, locale)).toList(), model);
        }
    }

    /** “Line 3, column ‘from’: must be a date …”, or the message alone for the whole file. */
    private String problem(Violation violation, Locale locale) {
        String message = messages.getMessage(FormErrors.message(violation), locale);
        java.util.regex.Matcher at = java.util.regex.Pattern.compile("lines\\[(\\d+)](?:\\.(\\w+))?").matcher(violation.field());
        if (!at.matches()) {
            return message;
        }
        return at.group(2) == null
                ? messages.getMessage("restrictionImport.problem.line", new Object[] {at.group(1), message}, locale)
                : messages.getMessage("restrictionImport.problem.cell", new Object[] {at.group(1), at.group(2), message}, locale);
    }

    private String showImport(Project project, List<String> problems, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("section", "restrictions");
        model.addAttribute("importProblems", problems);
        return IMPORT_VIEW;
    }

    private String saved(Project project, Restriction restriction, String code, RedirectAttributes redirect,
            Locale locale) {
        redirect.addFlashAttribute("flash", messages.getMessage(code,
                new Object[] {restriction.countryName(locale), restriction.getCountry()}, locale));
        return "redirect:/projects/" + project.getKey() + "/restrictions";
    }

    private String showForm(Project project, Restriction stored, RestrictionForm form, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("section", "restrictions");
        model.addAttribute("stored", stored);
        model.addAttribute("restrictionForm", form);
        model.addAttribute("levels", RestrictionLevel.values());
        model.addAttribute("partnerCountries", countries(project));
        return FORM_VIEW;
    }

    /** The partners' countries, each once, as the pages offer them. */
    private List<String> countries(Project project) {
        return projects.partners(project).stream().map(Partner::getCountry).distinct().sorted().toList();
    }
}
