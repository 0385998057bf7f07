package eu.practicehub.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The plan's status moves and progress, on the aggregate alone. */
class ActionPlanStatusTests {

    static final LocalDate MONITORING_STARTS = LocalDate.of(2022, 8, 1);
    static final LocalDate DURING_LEARNING = LocalDate.of(2022, 1, 15);
    static final LocalDate DURING_MONITORING = LocalDate.of(2022, 9, 1);

    @Test
    void aPlanMovesForwardThroughEveryStatus() {
        ActionPlan plan = submittable();

        plan.submit();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
        plan.endorse("Regional council of Liguria", LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 1));
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.ENDORSED);
        assertThat(plan.getEndorsedBy()).isEqualTo("Regional council of Liguria");
        assertThat(plan.getEndorsedOn()).isEqualTo(LocalDate.of(2022, 6, 30));
        plan.startMonitoring(MONITORING_STARTS, DURING_MONITORING);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.IN_MONITORING);
        plan.complete();
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.COMPLETED);
    }

    @Test
    void aPlanCannotSkipAStatusNorGoBack() {
        ActionPlan draft = submittable();
        assertRefused(() -> draft.endorse("Council", LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 1)), "to", "actionPlan.status.notAllowed");
        assertRefused(() -> draft.startMonitoring(MONITORING_STARTS, DURING_MONITORING), "to", "actionPlan.status.notAllowed");
        assertRefused(draft::complete, "to", "actionPlan.status.notAllowed");
        assertRefused(() -> draft.moveTo(new StatusMove(PlanStatus.DRAFT, null, null), MONITORING_STARTS, DURING_MONITORING),
                "to", "actionPlan.status.notAllowed");

        draft.submit();
        assertRefused(draft::submit, "to", "actionPlan.status.notAllowed");
        assertRefused(draft::complete, "to", "actionPlan.status.notAllowed");
        assertThat(draft.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
    }

    @Test
    void aRefusedMoveNamesBothStatuses() {
        ActionPlan draft = submittable();

        assertThatThrownBy(draft::complete).isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                .containsExactly(Violation.of("to", "actionPlan.status.notAllowed", PlanStatus.DRAFT, PlanStatus.COMPLETED)));
    }

    @Test
    void submittingNeedsThePolicyInstrumentAndAnAction() {
        ActionPlan empty = new ActionPlan();

        assertThatThrownBy(empty::submit).isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                .extracting(Violation::code).containsExactly("actionPlan.submit.instrumentMissing", "actionPlan.submit.noActions"));
        assertThat(empty.getStatus()).isEqualTo(PlanStatus.DRAFT);
    }

    @Test
    void endorsementNeedsWhoAndWhen() {
        ActionPlan plan = submittable();
        plan.submit();

        assertThatThrownBy(() -> plan.endorse("  ", null, LocalDate.of(2022, 7, 1))).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field).containsExactly("endorsedBy", "endorsedOn"));
        assertRefused(() -> plan.endorse("Council", null, LocalDate.of(2022, 7, 1)), "endorsedOn", "validation.required");
        assertRefused(() -> plan.endorse("Council", LocalDate.of(2022, 7, 2), LocalDate.of(2022, 7, 1)), "endorsedOn",
                "actionPlan.endorsedOn.future");
        assertRefused(() -> plan.endorse(null, LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 1)), "endorsedBy", "validation.required");
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(plan.getEndorsedBy()).isNull();
    }

    @Test
    void monitoringStartsOnlyOnceTheMonitoringPhaseHasBegun() {
        ActionPlan plan = submittable();
        plan.submit();
        plan.endorse("Council", LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 1));

        assertThatThrownBy(() -> plan.startMonitoring(MONITORING_STARTS, DURING_LEARNING))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("to", "actionPlan.monitoring.notStarted", MONITORING_STARTS)));
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.ENDORSED);

        plan.startMonitoring(MONITORING_STARTS, MONITORING_STARTS);
        assertThat(plan.getStatus()).isEqualTo(PlanStatus.IN_MONITORING);
    }

    @Test
    void updatesAreRecordedOnlyInMonitoringAndOncePerSemester() {
        ActionPlan plan = submittable();
        Action action = plan.getActions().get(0);
        assertRefused(plan::requireMonitoring, "", "actionPlan.update.notMonitoring");

        plan.submit();
        plan.endorse("Council", LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 1));
        plan.startMonitoring(MONITORING_STARTS, DURING_MONITORING);
        plan.requireMonitoring();
        action.recordUpdate(new UpdateSpec(7, DURING_MONITORING, "Launched", null, Map.of("Users", new BigDecimal("120"))));

        assertRefused(() -> action.recordUpdate(new UpdateSpec(7, DURING_MONITORING, "Again", null, Map.of())),
                "semester", "actionPlan.update.semesterTaken");
        assertThat(action.getUpdates()).hasSize(1);
        assertThat(action.getIndicators().get(0).getValues()).containsExactly(Map.entry(7, new BigDecimal("120")));

        plan.complete();
        assertRefused(plan::requireMonitoring, "", "actionPlan.update.notMonitoring");
        assertRefused(plan::addAction, "", "actionPlan.completed");
    }

    @Test
    void theProgressOfAPlanIsTheAverageOfItsActionsThatWereNotAbandoned() {
        ActionPlan plan = new ActionPlan();
        assertThat(plan.progress()).isEmpty();

        plan.addAction().describe(action("A", ActionStatus.IN_PROGRESS, 20, null));
        plan.addAction().describe(action("B", ActionStatus.IN_PROGRESS, 50, null));
        plan.addAction().describe(action("C", ActionStatus.DONE, 100, null));
        plan.addAction().describe(action("D", ActionStatus.ABANDONED, 0, "No funding"));

        // (20 + 50 + 100) / 3 = 56.67, the abandoned action left out
        assertThat(plan.progress()).hasValue(57);
    }

    @Test
    void aPlanWhoseActionsWereAllAbandonedHasNoProgressToShow() {
        ActionPlan plan = new ActionPlan();
        plan.addAction().describe(action("D", ActionStatus.ABANDONED, 30, "No funding"));

        assertThat(plan.progress()).isEmpty();
    }

    static ActionPlan submittable() {
        ActionPlan plan = new ActionPlan();
        plan.describe(new PlanSpec(null, null, null, "Regional Operational Programme", InstrumentType.INVESTMENT_FOR_GROWTH_AND_JOBS, null));
        plan.addAction().describe(new ActionSpec("Digital citizen folder", List.of(), null, null, null, null, null, null, null,
                null, ActionStatus.PLANNED, null, 0, List.of(new IndicatorSpec("Users", "people", BigDecimal.ZERO, new BigDecimal("1000")))));
        return plan;
    }

    static ActionSpec action(String title, ActionStatus status, int progress, String reason) {
        return new ActionSpec(title, List.of(), null, null, null, null, null, null, null, null, status, reason, progress, List.of());
    }

    static void assertRefused(Runnable move, String field, String code) {
        assertThatThrownBy(move::run).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field, Violation::code)
                        .contains(org.assertj.core.groups.Tuple.tuple(field, code)));
    }
}
