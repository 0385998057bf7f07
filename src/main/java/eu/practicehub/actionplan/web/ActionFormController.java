package eu.practicehub.actionplan.web;

import eu.practicehub.account.Access;
import eu.practicehub.actionplan.Action;
import eu.practicehub.actionplan.ActionPlan;
import eu.practicehub.actionplan.ActionPlanService;
import eu.practicehub.actionplan.ActionStatus;
import eu.practicehub.common.CleanTextEditor;
import eu.practicehub.common.FormErrors;
import eu.practicehub.common.PageWrites;
import eu.practicehub.common.Violation;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
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

/** Adding and editing the actions of a plan, and recording their monitoring updates. */
@Controller
class ActionFormController {

    static final String ACTION_VIEW = "actionplan/action-form";
    static final String UPDATE_VIEW = "actionplan/update-form";

    private final Access access;
    private final ProjectService projects;
    private final ActionPlanService plans;
    private final MessageSource messages;

    ActionFormController(ProjectService projects, ActionPlanService plans, MessageSource messages, Access access) {
        this.access = access;
        this.projects = projects;
        this.plans = plans;
        this.messages = messages;
    }

    @InitBinder({"actionForm", "updateForm"})
    void trimText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new CleanTextEditor());
    }

    @GetMapping("/projects/{key}/action-plans/{id}/actions/new")
    String createForm(@PathVariable String key, @PathVariable long id, Model model) {
        Project project = projects.project(key);
        ActionPlan plan = plans.plan(project, id);
        access.requireWrite(project.getId(), plan.getPartner().getId());
        return showForm(project, plan, null, new ActionForm().withSpareRows(), model);
    }

    @PostMapping("/projects/{key}/action-plans/{id}/actions/new")
    String create(@PathVariable String key, @PathVariable long id, @ModelAttribute ActionForm actionForm,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        ActionPlan plan = plans.plan(project, id);
        // Refused before the input is even read: the same rule as the service applies.
        access.requireWrite(project.getId(), plan.getPartner().getId());
        if (result.hasErrors() || actionForm.getStatus() == null) {
            FormErrors.rejectWhereFree(result, problems(project, actionForm, true));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showForm(project, plan, null, actionForm, model);
        }
        return PageWrites.save(() -> plans.addAction(project, id, actionForm.toSpec()), result, response, () -> { })
                .map(created -> saved(project, id, "actionForm.created", new Object[] {created.getTitle()}, redirect, locale))
                .orElseGet(() -> showForm(project, plan, null, actionForm, model));
    }

    @GetMapping("/projects/{key}/action-plans/{id}/actions/{actionId}/edit")
    String editForm(@PathVariable String key, @PathVariable long id, @PathVariable long actionId, Model model) {
        Project project = projects.project(key);
        Action action = plans.action(project, id, actionId);
        access.requireWrite(project.getId(), action.getPlan().getPartner().getId());
        return showForm(project, action.getPlan(), action, ActionForm.of(action), model);
    }

    @PostMapping("/projects/{key}/action-plans/{id}/actions/{actionId}/edit")
    String update(@PathVariable String key, @PathVariable long id, @PathVariable long actionId,
            @ModelAttribute ActionForm actionForm, BindingResult result, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        Action stored = plans.action(project, id, actionId);
        // Refused before the input is even read: the same rule as the service applies.
        access.requireWrite(project.getId(), stored.getPlan().getPartner().getId());
        boolean statusRequired = stored.isStatusKnown();
        if (result.hasErrors() || actionForm.getVersion() == null || statusRequired && actionForm.getStatus() == null) {
            if (actionForm.getVersion() == null) {
                result.reject("form.version.missing");
            }
            FormErrors.rejectWhereFree(result, problems(project, actionForm, statusRequired));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showForm(project, stored.getPlan(), stored, actionForm, model);
        }
        Long version = actionForm.getVersion();
        Runnable tellStale = () -> {
            Action current = plans.action(project, id, actionId);
            actionForm.setVersion(current.getVersion());
            result.reject("actionForm.stale", new Object[] {current.getTitle()}, "actionForm.stale");
        };
        return PageWrites.save(() -> plans.updateAction(project, id, actionId, version, actionForm.toSpec()), result,
                        response, tellStale)
                .map(updated -> saved(project, id, "actionForm.updated", new Object[] {updated.getTitle()}, redirect, locale))
                .orElseGet(() -> {
                    Action current = plans.action(project, id, actionId);
                    return showForm(project, current.getPlan(), current, actionForm, model);
                });
    }

    @GetMapping("/projects/{key}/action-plans/{id}/actions/{actionId}/updates/new")
    String updateForm(@PathVariable String key, @PathVariable long id, @PathVariable long actionId, Model model) {
        Project project = projects.project(key);
        UpdateForm form = new UpdateForm();
        form.setDate(plans.today());
        form.setSemester(project.currentSemester(plans.today()).number());
        Action action = plans.action(project, id, actionId);
        access.requireWrite(project.getId(), action.getPlan().getPartner().getId());
        return showUpdateForm(project, action, form, model);
    }

    @PostMapping("/projects/{key}/action-plans/{id}/actions/{actionId}/updates/new")
    String recordUpdate(@PathVariable String key, @PathVariable long id, @PathVariable long actionId,
            @ModelAttribute UpdateForm updateForm, BindingResult result, Model model, RedirectAttributes redirect,
            HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        Action action = plans.action(project, id, actionId);
        // Refused before the input is even read: the same rule as the service applies.
        access.requireWrite(project.getId(), action.getPlan().getPartner().getId());
        if (result.hasErrors()) {
            FormErrors.rejectWhereFree(result, plans.problems(project, action, updateForm.toSpec(action.getIndicators())));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showUpdateForm(project, action, updateForm, model);
        }
        return PageWrites.save(() -> plans.recordUpdate(project, id, actionId, updateForm.toSpec(action.getIndicators())),
                        result, response, () -> { })
                .map(update -> saved(project, id, "updateForm.created",
                        new Object[] {action.getTitle(), update.getSemester()}, redirect, locale))
                .orElseGet(() -> showUpdateForm(project, action, updateForm, model));
    }

    /**
     * The service's problems with the action, and a missing status where the page asks for one: a person
     * adding an action knows its status, and an action whose status is known keeps one; an action whose
     * status was not stated may stay so.
     */
    private List<Violation> problems(Project project, ActionForm form, boolean statusRequired) {
        List<Violation> problems = new ArrayList<>(plans.problems(project, form.toSpec()));
        if (statusRequired && form.getStatus() == null) {
            problems.add(Violation.of("status", "validation.required"));
        }
        return problems;
    }

    private String saved(Project project, long planId, String code, Object[] args, RedirectAttributes redirect,
            Locale locale) {
        redirect.addFlashAttribute("flash", messages.getMessage(code, args, locale));
        return "redirect:/projects/" + project.getKey() + "/action-plans/" + planId;
    }

    private String showForm(Project project, ActionPlan plan, Action stored, ActionForm form, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("section", "action-plans");
        model.addAttribute("plan", plan);
        model.addAttribute("stored", stored);
        model.addAttribute("actionForm", form);
        model.addAttribute("linkOptions", plans.linkOptions(project));
        model.addAttribute("statuses", ActionStatus.values());
        model.addAttribute("statusRequired", stored == null || stored.isStatusKnown());
        return ACTION_VIEW;
    }

    private String showUpdateForm(Project project, Action action, UpdateForm form, Model model) {
        // One field per indicator, so that each can be bound and show its own error.
        while (form.getValues().size() < action.getIndicators().size()) {
            form.getValues().add(null);
        }
        model.addAttribute("project", project);
        model.addAttribute("section", "action-plans");
        model.addAttribute("plan", action.getPlan());
        model.addAttribute("action", action);
        model.addAttribute("updateForm", form);
        model.addAttribute("statuses", List.of(ActionStatus.PLANNED, ActionStatus.IN_PROGRESS, ActionStatus.DONE));
        return UPDATE_VIEW;
    }
}
