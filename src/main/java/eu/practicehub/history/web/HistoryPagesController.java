package eu.practicehub.history.web;

import eu.practicehub.common.FormErrors;
import eu.practicehub.common.PageRequests;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.history.HistoryService;
import eu.practicehub.history.HistoryService.HistoricRecord;
import eu.practicehub.history.RecordKind;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The history page of a practice, event, transfer or action plan, its restore buttons, and the project's audit log. */
@Controller
class HistoryPagesController {

    static final String HISTORY_VIEW = "history/history";
    static final String AUDIT_VIEW = "history/audit";
    static final int PAGE_SIZE = 20;
    private static final String KINDS = "{kind:practices|events|transfers|action-plans}";

    private final ProjectService projects;
    private final HistoryService history;
    private final MessageSource messages;

    HistoryPagesController(ProjectService projects, HistoryService history, MessageSource messages) {
        this.projects = projects;
        this.history = history;
        this.messages = messages;
    }

    @GetMapping("/projects/{key}/" + KINDS + "/{id}/history")
    String history(@PathVariable String key, @PathVariable String kind, @PathVariable long id,
            @RequestParam(required = false) String page, Model model) {
        return showHistory(projects.project(key), RecordKind.ofPath(kind), id, PageRequests.pageNumber(page), model);
    }

    /** Restores the version of {@code revision}; a stale version or a broken rule shows the history again with why. */
    @PostMapping("/projects/{key}/" + KINDS + "/{id}/history/{revision}/restore")
    String restore(@PathVariable String key, @PathVariable String kind, @PathVariable long id, @PathVariable long revision,
            @RequestParam long version, Model model, RedirectAttributes redirect, HttpServletResponse response,
            Locale locale) {
        Project project = projects.project(key);
        RecordKind recordKind = RecordKind.ofPath(kind);
        try {
            history.restore(project, recordKind, id, revision, version);
        } catch (StaleVersionException | ObjectOptimisticLockingFailureException e) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("problems", List.of(messages.getMessage("historyPage.restore.stale", null, locale)));
            return showHistory(project, recordKind, id, 1, model);
        } catch (RuleViolationException e) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            model.addAttribute("problems", e.violations().stream()
                    .map(v -> messages.getMessage(FormErrors.message(v), locale)).toList());
            return showHistory(project, recordKind, id, 1, model);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("historyPage.restored", new Object[] {revision}, locale));
        return "redirect:/projects/" + project.getKey() + "/" + recordKind.path() + "/" + id + "/history";
    }

    /** The project's audit log, filtered by kind of record; an unknown kind is no filter. */
    @GetMapping("/projects/{key}/audit")
    String auditLog(@PathVariable String key, @RequestParam(required = false) String kind,
            @RequestParam(required = false) String page, Model model) {
        Project project = projects.project(key);
        RecordKind filter = Arrays.stream(RecordKind.values()).filter(k -> k.name().equals(kind)).findFirst().orElse(null);
        PageRequest request = PageRequest.of(PageRequests.pageNumber(page) - 1, PAGE_SIZE);
        model.addAttribute("project", project);
        model.addAttribute("section", "home");
        model.addAttribute("kinds", RecordKind.values());
        model.addAttribute("kind", filter);
        model.addAttribute("entries", history.auditLog(project, filter, request));
        model.addAttribute("pageLink", "/projects/" + project.getKey() + "/audit" + (filter == null ? "" : "?kind=" + filter));
        return AUDIT_VIEW;
    }

    private String showHistory(Project project, RecordKind kind, long id, int page, Model model) {
        HistoricRecord record = history.record(project, kind, id);
        model.addAttribute("project", project);
        model.addAttribute("section", kind.path());
        model.addAttribute("record", record);
        model.addAttribute("versions", history.history(record, PageRequest.of(page - 1, PAGE_SIZE)));
        model.addAttribute("pageLink", "/projects/" + project.getKey() + "/" + kind.path() + "/" + id + "/history");
        return HISTORY_VIEW;
    }
}
