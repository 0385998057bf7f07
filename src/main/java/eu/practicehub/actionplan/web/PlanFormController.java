package eu.practicehub.actionplan.web;

import eu.practicehub.account.Access;
import eu.practicehub.actionplan.ActionPlan;
import eu.practicehub.actionplan.ActionPlanService;
import eu.practicehub.actionplan.InstrumentType;
import eu.practicehub.common.CleanTextEditor;
import eu.practicehub.common.FormErrors;
import eu.practicehub.common.PageWrites;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import jakarta.servlet.http.HttpServletResponse;
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

/** Writing a partner's action plan and editing its Parts I and II. */
@Controller
class PlanFormController {

    static final String FORM_VIEW = "actionplan/plan-form";

    private final Access access;
    private final ProjectService projects;
    private final ActionPlanService plans;
    private final MessageSource messages;

    PlanFormController(ProjectService projects, ActionPlanService plans, MessageSource messages, Access access) {
        this.access = access;
        this.projects = projects;
        this.plans = plans;
        this.messages = messages;
    }

    @InitBinder("planForm")
    void trimText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new CleanTextEditor());
    }

    @GetMapping("/projects/{key}/action-plans/new")
    String createForm(@PathVariable String key, @RequestParam long partner, Model model) {
        Project project = projects.project(key);
        PlanForm form = new PlanForm();
        form.setPartner(projects.partner(project, partner).getShortName());
        access.requireWrite(project.getId(), partner);
        return showForm(project, null, form, model);
    }

    @PostMapping("/projects/{key}/action-plans/new")
    String create(@PathVariable String key, @ModelAttribute PlanForm planForm, BindingResult result, Model model,
            RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        // Refused before the input is even read: the same rule as the service applies.
        if (!access.mayWriteSomething(project.getId())) {
            throw new AccessDeniedException("Not allowed for this account");
        }
        if (result.hasErrors()) {
            FormErrors.rejectWhereFree(result, plans.problems(project, planForm.getPartner(), planForm.toSpec()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showForm(project, null, planForm, model);
        }
        return PageWrites.save(() -> plans.create(project, planForm.getPartner(), planForm.toSpec()), result, response, () -> { })
                .map(created -> saved(project, created, "planForm.created", redirect, locale))
                .orElseGet(() -> showForm(project, null, planForm, model));
    }

    @GetMapping("/projects/{key}/action-plans/{id}/edit")
    String editForm(@PathVariable String key, @PathVariable long id, Model model) {
        Project project = projects.project(key);
        ActionPlan plan = plans.plan(project, id);
        access.requireWrite(project.getId(), plan.getPartner().getId());
        return showForm(project, plan, PlanForm.of(plan), model);
    }

    @PostMapping("/projects/{key}/action-plans/{id}/edit")
    String update(@PathVariable String key, @PathVariable long id, @ModelAttribute PlanForm planForm,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        ActionPlan stored = plans.plan(project, id);
        // Refused before the input is even read: the same rule as the service applies.
        access.requireWrite(project.getId(), stored.getPartner().getId());
        if (result.hasErrors() || planForm.getVersion() == null) {
            if (planForm.getVersion() == null) {
                result.reject("form.version.missing");
            }
            FormErrors.rejectWhereFree(result, plans.problems(planForm.toSpec()));
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return showForm(project, stored, planForm, model);
        }
        Long version = planForm.getVersion();
        Runnable tellStale = () -> {
            ActionPlan current = plans.plan(project, id);
            // The next save is made knowingly over the other person's version.
            planForm.setVersion(current.getVersion());
            result.reject("form.stale", new Object[] {current.getPartner().getShortName()}, "form.stale");
        };
        return PageWrites.save(() -> plans.update(project, id, version, planForm.toSpec()), result, response, tellStale)
                .map(updated -> saved(project, updated, "planForm.updated", redirect, locale))
                .orElseGet(() -> showForm(project, plans.plan(project, id), planForm, model));
    }

    private String saved(Project project, ActionPlan plan, String code, RedirectAttributes redirect, Locale locale) {
        redirect.addFlashAttribute("flash", messages.getMessage(code, new Object[] {plan.getPartner().getShortName()}, locale));
        return "redirect:/projects/" + project.getKey() + "/action-plans/" + plan.getId();
    }

    private String showForm(Project project, ActionPlan stored, PlanForm form, Model model) {
        model.addAttribute("project", project);
        model.addAttribute("section", "action-plans");
        model.addAttribute("stored", stored);
        model.addAttribute("planForm", form);
        model.addAttribute("partnerName", stored != null ? stored.getPartner().getShortName()
                : projects.partners(project).stream().map(Partner::getShortName)
                        .filter(name -> name.equals(form.getPartner())).findFirst().orElse(form.getPartner()));
        model.addAttribute("instrumentTypes", InstrumentType.values());
        return FORM_VIEW;
    }
}
