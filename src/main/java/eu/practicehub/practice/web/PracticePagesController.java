package eu.practicehub.practice.web;

import eu.practicehub.account.Access;
import eu.practicehub.common.CleanTextEditor;
import eu.practicehub.common.Confirmation;
import eu.practicehub.common.PageWrites;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeExaminations;
import eu.practicehub.practice.PracticeTransfers;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.PracticeStatus;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The catalogue of good practices and the page of each practice. */
@Controller
class PracticePagesController {

    static final String CATALOGUE_VIEW = "practice/catalogue";
    static final String CATALOGUE_RESULTS = CATALOGUE_VIEW + " :: results";
    static final String PRACTICE_VIEW = "practice/practice";
    static final int PAGE_SIZE = 20;
    static final int SIMILAR = 5;

    private final ProjectService projects;
    private final PracticeService practices;
    private final PracticeExaminations examinations;
    private final PracticeTransfers transfers;
    private final MessageSource messages;
    private final Access access;

    PracticePagesController(ProjectService projects, PracticeService practices, PracticeExaminations examinations,
            PracticeTransfers transfers, MessageSource messages, Access access) {
        this.access = access;
        this.projects = projects;
        this.practices = practices;
        this.examinations = examinations;
        this.transfers = transfers;
        this.messages = messages;
    }

    /** An empty text filter is no filter. */
    @InitBinder("query")
    void trimText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new CleanTextEditor());
    }

    /**
     * The catalogue; htmx asks for the results alone when the filters change. A filter value that
     * is not understood (a theme id that is not a number) is left out rather than refused.
     */
    @GetMapping("/projects/{key}/practices")
    String catalogue(@PathVariable String key, @ModelAttribute("query") CatalogueQuery query,
            BindingResult ignoredMalformedFilters,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            @RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean historyRestore,
            Model model, HttpServletResponse response) {
        Project project = projects.project(key);
        PageRequest page = PageRequest.of(query.pageNumber() - 1, PAGE_SIZE, Sort.by("title", "id"));
        model.addAttribute("project", project);
        model.addAttribute("section", "practices");
        model.addAttribute("sectionIndex", true);
        model.addAttribute("results", practices.catalogueWithThemes(project, query.filter(), page));
        model.addAttribute("pageLink", query.link(project.getKey()));
        model.addAttribute("themes", practices.themes(project));
        model.addAttribute("partners", projects.partners(project));
        model.addAttribute("statuses", PracticeStatus.values());
        boolean resultsOnly = htmx && !historyRestore;
        model.addAttribute("resultsOnly", resultsOnly);
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return resultsOnly ? CATALOGUE_RESULTS : CATALOGUE_VIEW;
    }

    @GetMapping("/projects/{key}/practices/{id}")
    String practice(@PathVariable String key, @PathVariable long id, Model model) {
        return showPractice(projects.project(key), id, model);
    }

    /** Asks before deleting; {@code version} is the one read on the practice's page, checked on confirming. */
    @GetMapping("/projects/{key}/practices/{id}/delete")
    String confirmDelete(@PathVariable String key, @PathVariable long id, @RequestParam(required = false) Long version,
            Model model, Locale locale) {
        Project project = projects.project(key);
        Practice practice = practices.practice(project, id);
        access.requireWrite(project.getId(), practice.getOwner().getId());
        String page = "/projects/" + project.getKey() + "/practices/" + id;
        model.addAttribute("project", project);
        model.addAttribute("section", "practices");
        return Confirmation.of(messages, locale)
                .heading("practiceConfirm.delete.heading", practice.getTitle())
                .fact("confirm.fact.title", practice.getTitle())
                .fact("confirm.fact.owner", practice.getOwner().getShortName())
                .says("practiceConfirm.delete.what", practice.getTitle(), practice.getOwner().getShortName())
                .undo("practiceConfirm.delete.undo")
                .button("practiceConfirm.delete.button", practice.getTitle())
                .destructive()
                .posts(page + "/delete").with("version", version != null ? version : practice.getVersion())
                .cancel(page)
                .show(model);
    }

    @PostMapping("/projects/{key}/practices/{id}/delete")
    String delete(@PathVariable String key, @PathVariable long id, @RequestParam long version, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        Practice practice = practices.practice(project, id);
        List<String> problems = PageWrites.delete(() -> practices.delete(project, id, version), "practicePage.delete.stale",
                messages, locale, response);
        if (!problems.isEmpty()) {
            model.addAttribute("problems", problems);
            return showPractice(project, id, model);
        }
        redirect.addFlashAttribute("flash",
                messages.getMessage("practicePage.deleted", new Object[] {practice.getTitle()}, locale));
        return "redirect:/projects/" + project.getKey() + "/practices";
    }


    private String showPractice(Project project, long id, Model model) {
        Practice practice = practices.practice(project, id);
        model.addAttribute("project", project);
        model.addAttribute("section", "practices");
        model.addAttribute("practice", practice);
        model.addAttribute("examinations", examinations.examinationsOf(practice));
        model.addAttribute("transfers", transfers.transfersOf(practice));
        model.addAttribute("similar", practices.similarTo(practice, SIMILAR));
        return PRACTICE_VIEW;
    }
}
