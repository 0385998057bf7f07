package eu.practicehub.actionplan.api;

import eu.practicehub.actionplan.Action;
import eu.practicehub.actionplan.ActionPlan;
import eu.practicehub.actionplan.ActionPlanService;
import eu.practicehub.actionplan.ActionStatus;
import eu.practicehub.actionplan.Indicator;
import eu.practicehub.actionplan.InstrumentType;
import eu.practicehub.actionplan.LinkedRecord;
import eu.practicehub.actionplan.MonitoringUpdate;
import eu.practicehub.actionplan.PlanStatus;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads action plans for the API and turns them into views while the persistence context is open. */
@Service
@Transactional(readOnly = true)
class ActionPlanViews {

    private final ProjectService projects;
    private final ActionPlanService plans;

    ActionPlanViews(ProjectService projects, ActionPlanService plans) {
        this.projects = projects;
        this.plans = plans;
    }

    List<PlanView> plans(String key) {
        Project project = projects.project(key);
        return plans.plans(project).stream().map(plan -> view(project, plan)).toList();
    }

    PlanView plan(String key, long id) {
        Project project = projects.project(key);
        return view(project, plans.plan(project, id));
    }

    ActionView action(String key, long planId, long actionId) {
        Project project = projects.project(key);
        return view(project, plans.action(project, planId, actionId));
    }

    private PlanView view(Project project, ActionPlan plan) {
        return new PlanView(plan.getId(), plan.getPartner().getShortName(), plan.getPartner().getCountry(),
                plan.getPartner().getNutsCode(), plan.getOtherOrganisations(), plan.getContactName(), plan.getContactEmail(),
                plan.getInstrumentName(), plan.getInstrumentType(), plan.getInstrumentImprovement(), plan.getStatus(),
                plan.getEndorsedBy(), plan.getEndorsedOn(), plan.progress().isPresent() ? plan.progress().getAsInt() : null,
                plan.getVersion(), plan.getActions().stream().map(action -> view(project, action)).toList());
    }

    private ActionView view(Project project, Action a) {
        return new ActionView(a.getId(), a.getTitle(), plans.background(project, a), a.getBackgroundText(), a.getDescription(),
                a.getPlayers(), a.getStartDate(), a.getEndDate(), a.getCostAmount(), a.getCostCurrency(), a.getFundingSources(),
                a.getStatus(), a.getAbandonReason(), a.getProgress(),
                a.getIndicators().stream().map(IndicatorView::of).toList(),
                a.getUpdates().stream().map(UpdateView::of).toList(), a.getVersion());
    }

    /** A plan: Part I (partner, country and NUTS region are the partner's), Part II, its actions and progress. */
    record PlanView(long id, String partner, String country, String nutsCode, String otherOrganisations,
            String contactName, String contactEmail, String instrumentName, InstrumentType instrumentType,
            String instrumentImprovement, PlanStatus status, String endorsedBy, LocalDate endorsedOn,
            Integer progress, long version, List<ActionView> actions) {
    }

    /** An action; {@code status} and {@code progress} are null when they were not stated. */
    record ActionView(long id, String title, List<LinkedRecord> background, String backgroundText, String description,
            String players, LocalDate startDate, LocalDate endDate, BigDecimal costAmount, String costCurrency,
            String fundingSources, ActionStatus status, String abandonReason, Integer progress,
            List<IndicatorView> indicators, List<UpdateView> updates, long version) {
    }

    record IndicatorView(String name, String unit, BigDecimal baseline, BigDecimal target,
            SortedMap<Integer, BigDecimal> values) {

        static IndicatorView of(Indicator i) {
            return new IndicatorView(i.getName(), i.getUnit(), i.getBaseline(), i.getTarget(), i.getValues());
        }
    }

    record UpdateView(int semester, LocalDate date, String done, String evidence) {

        static UpdateView of(MonitoringUpdate u) {
            return new UpdateView(u.getSemester(), u.getDate(), u.getDone(), u.getEvidence());
        }
    }
}
