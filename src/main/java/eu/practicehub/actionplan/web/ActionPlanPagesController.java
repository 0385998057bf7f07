package eu.practicehub.actionplan.web;

import eu.practicehub.account.Access;
import eu.practicehub.actionplan.Action;
import eu.practicehub.actionplan.ActionPlan;
import eu.practicehub.actionplan.ActionPlanService;
import eu.practicehub.actionplan.PlanStatus;
import eu.practicehub.actionplan.LinkedRecord;
import eu.practicehub.common.CleanTextEditor;
import eu.practicehub.common.Confirmation;
import eu.practicehub.common.DateTexts;
import eu.practicehub.common.FormErrors;
import eu.practicehub.common.PageWrites;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
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

/** The partners' action plans, the page of each plan and the moves of its status. */
@Controller
class ActionPlanPagesController {

    static final String LIST_VIEW = "actionplan/list";
    static final String PLAN_VIEW = "actionplan/plan";

    private final Access access;
    private final ProjectService projects;
    private final ActionPlanService plans;
    private final MessageSource messages;

    ActionPlanPagesController(ProjectService projects, ActionPlanService plans, MessageSource messages, Access access) {
        this.access = access;
        this.projects = projects;
        this.plans = plans;
        this.messages = messages;
    }

    @InitBinder("statusForm")
    void trimText(WebDataBinder binder) {
        binder.registerCustomEditor(String.class, new CleanTextEditor());
    }

    @GetMapping("/projects/{key}/action-plans")
    String list(@PathVariable String key, Model model) {
        Project project = projects.project(key);
        model.addAttribute("project", project);
        model.addAttribute("section", "action-plans");
        model.addAttribute("sectionIndex", true);
        model.addAttribute("partners", projects.partners(project));
        model.addAttribute("plans", plans.plansByPartner(project));
        return LIST_VIEW;
    }

    @GetMapping("/projects/{key}/action-plans/{id}")
    String plan(@PathVariable String key, @PathVariable long id, Model model) {
        Project project = projects.project(key);
        ActionPlan plan = plans.plan(project, id);
        StatusForm form = new StatusForm();
        form.setTo(plan.getStatus() == null ? null : plan.getStatus().next());
        form.setVersion(plan.getVersion());
        return showPlan(project, plan, form, model);
    }

    /**
     * Asks before a move of the plan's status, which cannot be taken back: the page's status form sends here
     * what it would save. Input that breaks a rule shows the plan again with the problems (422), as a save
     * would; otherwise the confirmation carries the input and the version read to the move itself.
     */
    @GetMapping("/projects/{key}/action-plans/{id}/status")
    String confirmMove(@PathVariable String key, @PathVariable long id, @ModelAttribute StatusForm statusForm,
            BindingResult result, Model model, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        ActionPlan plan = plans.plan(project, id);
        access.requireWrite(project.getId(), plan.getPartner().getId());
        if (statusForm.getVersion() == null) {
            result.reject("form.version.missing");
        }
        FormErrors.rejectWhereFree(result, plans.moveProblems(project, id, statusForm.toMove()));
        if (result.hasErrors()) {
            response.setStatus(422);
            return showPlan(project, plan, statusForm, model);
        }
        String partner = plan.getPartner().getShortName();
        String to = messages.getMessage("enum.PlanStatus." + statusForm.getTo(), null, locale);
        boolean endorsing = statusForm.getTo() == PlanStatus.ENDORSED;
        String endorsedOn = endorsing ? new DateTexts(messages, locale).period(statusForm.getEndorsedOn(), null, null) : null;
        Confirmation.Builder confirmation = Confirmation.of(messages, locale)
                .heading("planConfirm.heading", partner, to)
                .fact("confirm.fact.partner", partner)
                .fact("planPage.status.heading", plan.getStatus() == null ? messages.getMessage("enum.PlanStatus.NOT_STATED",
                        null, locale) : messages.getMessage("enum.PlanStatus." + plan.getStatus(), null, locale));
        if (plan.getStatus() == null) {
            confirmation.says("planConfirm.what.stated", partner, to);
        } else {
            confirmation.says("planConfirm.what", partner, messages.getMessage("enum.PlanStatus." + plan.getStatus(),
                    null, locale), to);
        }
        if (endorsing) {
            confirmation.says("planConfirm.endorsed", statusForm.getEndorsedBy().strip(), endorsedOn);
        }
        if (statusForm.getTo() == PlanStatus.COMPLETED) {
            confirmation.says("planConfirm.completed");
        }
        String page = "/projects/" + project.getKey() + "/action-plans/" + id;
        model.addAttribute("project", project);
        model.addAttribute("section", "action-plans");
        return confirmation.undo("planConfirm.undo")
                .button("planConfirm.button", to)
                .posts(page + "/status")
                .with("to", statusForm.getTo())
                .with("endorsedBy", endorsing ? statusForm.getEndorsedBy() : null)
                .with("endorsedOn", endorsing ? statusForm.getEndorsedOn() : null)
                .with("version", statusForm.getVersion())
                .cancel(page)
                .show(model);
    }

    @PostMapping("/projects/{key}/action-plans/{id}/status")
    String move(@PathVariable String key, @PathVariable long id, @ModelAttribute StatusForm statusForm,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletResponse response, Locale locale) {
        Project project = projects.project(key);
        // Refused before the input is even read: the same rule as the service applies.
        access.requireWrite(project.getId(), plans.plan(project, id).getPartner().getId());
        if (result.hasErrors() || statusForm.getVersion() == null) {
            if (statusForm.getVersion() == null) {
                result.reject("form.version.missing");
            }
            response.setStatus(422);
            return showPlan(project, plans.plan(project, id), statusForm, model);
        }
        Runnable tellStale = () -> {
            result.reject("planPage.stale");
            statusForm.setVersion(plans.plan(project, id).getVersion());
        };
        return PageWrites.save(() -> plans.move(project, id, statusForm.getVersion(), statusForm.toMove()), result,
                        response, tellStale)
                .map(moved -> {
                    redirect.addFlashAttribute("flash", messages.getMessage("planPage.status.moved",
                            new Object[] {messages.getMessage("enum.PlanStatus." + moved.getStatus(), null, locale)}, locale));
                    return "redirect:/projects/" + project.getKey() + "/action-plans/" + id;
                })
                .orElseGet(() -> showPlan(project, plans.plan(project, id), statusForm, model));
    }

    private String showPlan(Project project, ActionPlan plan, StatusForm form, Model model) {
        Map<Long, List<LinkedRecord>> background = plans.backgrounds(project, plan);
        model.addAttribute("project", project);
        model.addAttribute("section", "action-plans");
        model.addAttribute("plan", plan);
        model.addAttribute("background", background);
        model.addAttribute("semesters", semestersWithValues(plan));
        model.addAttribute("monitoringStart", plans.monitoringStart(project));
        model.addAttribute("statusForm", form);
        model.addAttribute("planStatuses", PlanStatus.values());
        return PLAN_VIEW;
    }

    /** Per action, the semesters for which any of its indicators has a value, in order. */
    private static Map<Long, List<Integer>> semestersWithValues(ActionPlan plan) {
        Map<Long, List<Integer>> semesters = new HashMap<>();
        for (Action action : plan.getActions()) {
            semesters.put(action.getId(), action.getIndicators().stream()
                    .flatMap(i -> i.getValues().keySet().stream()).distinct().sorted().toList());
        }
        return semesters;
    }
}
