package eu.practicehub.transfer.web;

import eu.practicehub.account.Access;
import eu.practicehub.common.CleanTextEditor;
import eu.practicehub.common.Confirmation;
import eu.practicehub.common.FormErrors;
import eu.practicehub.common.PageWrites;
import eu.practicehub.common.Violation;
import eu.practicehub.event.EventMode;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.transfer.Transfer;
import eu.practicehub.transfer.TransferService;
import eu.practicehub.transfer.TransferStage;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The list of transfers and the page of each, with its forms to move it on, assess it and link workshops. */
@Controller
class TransferPagesController {

    static final String LIST_VIEW = "transfer/list";
    static final String TRANSFER_VIEW = "transfer/transfer";
    static final int PAGE_SIZE = 20;

    private final Access access;
    private final ProjectService projects;
    private final TransferService transfers;
    private final MessageSource messages;

    TransferPagesController(ProjectService projects, TransferService transfers, MessageSource messages, Access access) {
        this.access = access;
        this.projects = projects;
        this.transfers = transfers;
        this.messages = messages;
    }

    @InitBinder({"moveForm", "assessmentForm", "linkForm", "workshopForm"})
    void trimText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new CleanTextEditor());
    }

    /** The list; a filter value that is not understood is left out rather than refused. */
    @GetMapping("/projects/{key}/transfers")
    String list(@PathVariable String key, @ModelAttribute("query") TransferQuery query,
            BindingResult ignoredMalformedFilters, Model model) {
        Project project = projects.project(key);
        PageRequest page = PageRequest.of(query.pageNumber() - 1, PAGE_SIZE, Sort.by(Sort.Direction.DESC, "id"));
        model.addAttribute("project", project);
        model.addAttribute("section", "transfers");
        model.addAttribute("sectionIndex", true);
        model.addAttribute("results", transfers.transfers(project, query.filter(), page));
        model.addAttribute("pageLink", query.link(project.getKey()));
        model.addAttribute("partners", projects.partners(project));
        model.addAttribute("stages", TransferStage.values());
        return LIST_VIEW;
    }

    @GetMapping("/projects/{key}/transfers/{id}")
    String transfer(@PathVariable String key, @PathVariable long id, Model model) {
        return show(projects.project(key), id, model);
    }

    /**
     * Asks before a move, which cannot be taken back: the page's move form sends here what it would save.
     * Input that breaks a rule shows the transfer's page again with the problems (422), as a save would;
     * otherwise the confirmation carries the input and the version read to the move itself. Nothing is saved.
     */
    @GetMapping("/projects/{key}/transfers/{id}/moves")
    String confirmMove(@PathVariable String key, @PathVariable long id, @ModelAttribute MoveForm moveForm,
            BindingResult result, Model model, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        Transfer transfer = transfers.transfer(project, id);
        access.requireWrite(project.getId(), transfer.getImporter().getId());
        if (moveForm.getVersion() == null) {
            result.reject("form.version.missing");
        }
        FormErrors.rejectWhereFree(result, transfer.moveProblems(moveForm.getTo(), moveForm.getReason()));
        if (result.hasErrors()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(project, id, model);
        }
        String practice = transfer.getPractice().getTitle();
        String importer = transfer.getImporter().getShortName();
        String from = messages.getMessage("enum.TransferStage." + transfer.getStage(), null, locale);
        String to = messages.getMessage("enum.TransferStage." + moveForm.getTo(), null, locale);
        boolean drop = moveForm.getTo() == TransferStage.DROPPED;
        Confirmation.Builder confirmation = Confirmation.of(messages, locale)
                .fact("transfer.practice", practice)
                .fact("transfer.fromTo", messages.getMessage("transfer.fromTo.value",
                        new Object[] {transfer.getPractice().getOwner().getShortName(), importer}, locale))
                .fact("transfer.stage", from)
                .fact("transferConfirm.by", access.currentUser().map(user -> user.displayName()).orElse(null))
                .fact("transfer.droppedReason", drop ? moveForm.getReason() : null);
        if (drop) {
            confirmation.heading("transferConfirm.drop.heading", practice, importer)
                    .says("transferConfirm.drop.what", practice, importer, from)
                    .undo("transferConfirm.drop.undo", importer)
                    .button("transferConfirm.drop.button", practice, importer)
                    .destructive();
        } else {
            confirmation.heading("transferConfirm.move.heading", practice, importer, to)
                    .says("transferConfirm.move.what", from, to);
            if (moveForm.getTo() == TransferStage.REUSE) {
                confirmation.says("transferConfirm.move.reuse", practice, importer);
            }
            confirmation.undo("transferConfirm.move.undo")
                    .button("transferConfirm.move.button", to);
        }
        String page = "/projects/" + project.getKey() + "/transfers/" + id;
        model.addAttribute("project", project);
        model.addAttribute("section", "transfers");
        return confirmation.posts(page + "/moves")
                .with("to", moveForm.getTo())
                .with("reason", drop ? moveForm.getReason() : null)
                .with("version", moveForm.getVersion())
                .cancel(page)
                .show(model);
    }

    @PostMapping("/projects/{key}/transfers/{id}/moves")
    String move(@PathVariable String key, @PathVariable long id, @ModelAttribute MoveForm moveForm,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        return write(false, project, id, moveForm.getVersion(), result, model, redirect, response, locale, "transferPage.moved",
                v -> moveForm.setVersion(v), List::of,
                () -> transfers.move(project, id, moveForm.getVersion(), moveForm.getTo(), moveForm.getReason()));
    }

    @PostMapping("/projects/{key}/transfers/{id}/assessment")
    String assess(@PathVariable String key, @PathVariable long id, @ModelAttribute AssessmentForm assessmentForm,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        return write(true, project, id, assessmentForm.getVersion(), result, model, redirect, response, locale,
                "transferPage.assessed", v -> assessmentForm.setVersion(v),
                () -> transfers.problems(assessmentForm.toAssessment()),
                () -> transfers.assess(project, id, assessmentForm.getVersion(), assessmentForm.toAssessment()));
    }

    @PostMapping("/projects/{key}/transfers/{id}/workshops")
    String link(@PathVariable String key, @PathVariable long id, @ModelAttribute LinkForm linkForm,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        return write(false, project, id, linkForm.getVersion(), result, model, redirect, response, locale,
                "transferPage.linked", v -> linkForm.setVersion(v), List::of,
                () -> transfers.linkWorkshop(project, id, linkForm.getVersion(), linkForm.getEvent()));
    }

    @PostMapping("/projects/{key}/transfers/{id}/workshops/new")
    String createWorkshop(@PathVariable String key, @PathVariable long id, @ModelAttribute WorkshopForm workshopForm,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        return write(false, project, id, workshopForm.getVersion(), result, model, redirect, response, locale,
                "transferPage.workshopCreated", v -> workshopForm.setVersion(v),
                () -> transfers.workshopProblems(project, id, workshopForm.toSpec()),
                () -> transfers.createWorkshop(project, id, workshopForm.getVersion(), workshopForm.toSpec()));
    }

    /**
     * Runs one of the page's writes. A value that could not be read or a missing version is a 422,
     * with every rule {@code problems} finds; a broken rule a 422 with the errors by the fields, a transfer saved meanwhile a 409; each time
     * the page shows again with the input kept. Only the importer's editors (with {@code assessment}, the
     * practice owner's too) and the coordinators get that far; anyone else is refused first.
     */
    private String write(boolean assessment, Project project, long id, Long version, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Locale locale, String doneCode,
            java.util.function.LongConsumer setVersion, Supplier<List<Violation>> problems, Supplier<Transfer> save) {
        Transfer stored = transfers.transfer(project, id);
        // Refused before the input is even read: the importer's editors (for the assessment, the practice owner's
        // too) and the coordinators; the service applies the same rule.
        if (assessment) {
            access.requireWriteAny(project.getId(), stored.getImporter().getId(), stored.getPractice().getOwner().getId());
        } else {
            access.requireWrite(project.getId(), stored.getImporter().getId());
        }
        if (result.hasErrors() || version == null) {
            if (version == null) {
                result.reject("form.version.missing");
            }
            // The rules are checked too, so the page shows every problem on the first save.
            FormErrors.rejectWhereFree(result, problems.get());
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return show(project, id, model);
        }
        Runnable tellStale = () -> {
            Transfer current = transfers.transfer(project, id);
            setVersion.accept(current.getVersion());
            result.reject("transferPage.stale");
        };
        return PageWrites.save(save, result, response, tellStale)
                .map(saved -> {
                    redirect.addFlashAttribute("flash", messages.getMessage(doneCode,
                            new Object[] {stored.getPractice().getTitle(), stored.getImporter().getShortName()}, locale));
                    return "redirect:/projects/" + project.getKey() + "/transfers/" + id;
                })
                .orElseGet(() -> show(project, id, model));
    }

    private String show(Project project, long id, Model model) {
        Transfer transfer = transfers.transfer(project, id);
        model.addAttribute("project", project);
        model.addAttribute("section", "transfers");
        model.addAttribute("transfer", transfer);
        model.addAttribute("nextStages", Stream.concat(transfer.getStage().next().stream(),
                transfer.isOpen() ? Stream.of(TransferStage.DROPPED) : Stream.empty()).toList());
        model.addAttribute("linkable", transfers.linkableWorkshops(transfer));
        model.addAttribute("partnerNames", projects.partners(project).stream().map(Partner::getShortName).toList());
        // A new workshop's host: only the partners the person may write for, as choosing another would be refused.
        model.addAttribute("hostNames", projects.writablePartners(project).stream().map(Partner::getShortName).toList());
        model.addAttribute("modes", EventMode.values());
        model.addAttribute("fits", List.of(1, 2, 3, 4, 5));
        if (!model.containsAttribute("moveForm")) {
            MoveForm form = new MoveForm();
            form.setTo(transfer.getStage().next().orElse(null));
            form.setVersion(transfer.getVersion());
            model.addAttribute("moveForm", form);
        }
        if (!model.containsAttribute("assessmentForm")) {
            model.addAttribute("assessmentForm", AssessmentForm.of(transfer));
        }
        if (!model.containsAttribute("linkForm")) {
            LinkForm form = new LinkForm();
            form.setVersion(transfer.getVersion());
            model.addAttribute("linkForm", form);
        }
        if (!model.containsAttribute("workshopForm")) {
            WorkshopForm form = new WorkshopForm();
            form.setHost(transfer.getImporter().getShortName());
            form.setParticipants(new java.util.ArrayList<>(List.of(transfer.getPractice().getOwner().getShortName())));
            form.setVersion(transfer.getVersion());
            model.addAttribute("workshopForm", form);
        }
        return TRANSFER_VIEW;
    }
}
