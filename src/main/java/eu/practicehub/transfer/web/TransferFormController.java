package eu.practicehub.transfer.web;

import eu.practicehub.account.Access;
import eu.practicehub.common.CleanTextEditor;
import eu.practicehub.common.PageWrites;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.transfer.TransferService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Starting a transfer. */
@Controller
class TransferFormController {

    static final String FORM_VIEW = "transfer/form";

    private final Access access;
    private final ProjectService projects;
    private final PracticeService practices;
    private final TransferService transfers;
    private final MessageSource messages;

    TransferFormController(ProjectService projects, PracticeService practices, TransferService transfers,
            MessageSource messages, Access access) {
        this.access = access;
        this.projects = projects;
        this.practices = practices;
        this.transfers = transfers;
        this.messages = messages;
    }

    @InitBinder("startForm")
    void trimText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new CleanTextEditor());
    }

    /** The form, with the practice already chosen when the practice page links to it. */
    @GetMapping("/projects/{key}/transfers/new")
    String createForm(@PathVariable String key, @RequestParam(required = false) String practice, Model model) {
        Project project = projects.project(key);
        if (!access.mayWriteSomething(project.getId())) {
            throw new AccessDeniedException("Not allowed for this account");
        }
        StartForm form = new StartForm();
        form.setPractice(practice);
        List<Partner> importers = projects.writablePartners(project);
        if (importers.size() == 1) {
            // An editor of one partner starts its transfers: the one choice there is, made already.
            form.setImporter(importers.get(0).getShortName());
        }
        return showForm(project, form, model);
    }

    @PostMapping("/projects/{key}/transfers/new")
    String create(@PathVariable String key, @ModelAttribute StartForm startForm, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        // Refused before the input is even read: the same rule as the service applies.
        if (!access.mayWriteSomething(project.getId())) {
            throw new AccessDeniedException("Not allowed for this account");
        }
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showForm(project, startForm, model);
        }
        return PageWrites.save(() -> transfers.start(project, startForm.toStart()), result, response, () -> { })
                .map(created -> {
                    redirect.addFlashAttribute("flash", messages.getMessage("transferForm.created",
                            new Object[] {created.getPractice().getTitle(), created.getImporter().getShortName()}, locale));
                    return "redirect:/projects/" + project.getKey() + "/transfers/" + created.getId();
                })
                .orElseGet(() -> showForm(project, startForm, model));
    }

    private String showForm(Project project, StartForm form, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("section", "transfers");
        model.addAttribute("startForm", form);
        model.addAttribute("ended", !transfers.mayStartNow(project));
        model.addAttribute("practiceTitles", practices.practices(project).stream().map(Practice::getTitle).sorted().toList());
        // Only the partners the person may write for: choosing another would be refused.
        model.addAttribute("partnerNames", projects.writablePartners(project).stream().map(Partner::getShortName).toList());
        return FORM_VIEW;
    }
}
