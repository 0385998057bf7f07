package eu.practicehub.actionplan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.common.Violation;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.PracticeSpec;
import eu.practicehub.project.PartnerRole;
import eu.practicehub.project.PartnerSpec;
import eu.practicehub.project.Phase;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.project.ProjectSpec;
import eu.practicehub.web.PageTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The rules of plans, actions and monitoring over the database, on a project of this test's own
 * whose learning phase ended before {@link PageTest#TODAY} (15 January 2022).
 */
@PageTest
class ActionPlanServiceTests {

    static final LocalDate TODAY = LocalDate.of(2022, 1, 15);

    @Autowired
    ProjectService projects;
    @Autowired
    PracticeService practices;
    @Autowired
    ActionPlanService plans;

    Project project;
    Practice practice;

    @BeforeEach
    void createProject() {
        String key = "AP" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        project = projects.createOrUpdate(new ProjectSpec(key, key, null, null, LocalDate.of(2019, 8, 1), 6, null, List.of(
                new Phase("Learning phase", LocalDate.of(2019, 8, 1), LocalDate.of(2021, 7, 31)),
                new Phase("Monitoring phase", LocalDate.of(2021, 8, 1), LocalDate.of(2022, 7, 31)))));
        projects.createOrUpdatePartner(project, new PartnerSpec("Genoa", "Municipality of Genoa", "IT", "ITC33",
                PartnerRole.LEAD, "Europe/Rome", null, null, null));
        projects.createOrUpdatePartner(project, new PartnerSpec("Tartu", "Tartu City Government", "EE", null,
                PartnerRole.PARTNER, "Europe/Tallinn", null, null, null));
        practice = practices.create(project, new PracticeSpec("Segnalaci", "Genoa", List.of(), null, null, null, null,
                null, null, null, null, null, null));
    }

    @Test
    void aPartnerHasOnePlanAndAnUnknownPartnerNone() {
        plans.create(project, "Genoa", parts("ROP Liguria"));

        assertRefused(() -> plans.create(project, "Genoa", parts("Another")), "partner", "actionPlan.partner.hasPlan");
        assertRefused(() -> plans.create(project, "Atlantis", parts("Another")), "partner", "actionPlan.partner.unknown");
        assertThat(plans.plans(project)).extracting(p -> p.getPartner().getShortName()).containsExactly("Genoa");
    }

    @Test
    void anActionIsSavedWithItsBackgroundIndicatorsAndCosts() {
        ActionPlan plan = plans.create(project, "Genoa", parts("ROP Liguria"));
        ActionSpec spec = new ActionSpec("Citizen reports app", List.of(BackgroundLink.of(LinkKind.PRACTICE, practice.getId())),
                "Seen at the study visit", "Build the app", "City IT office", LocalDate.of(2022, 9, 1), LocalDate.of(2023, 6, 30),
                new BigDecimal("250000.50"), "eur", "ERDF", ActionStatus.PLANNED, null, 0,
                List.of(new IndicatorSpec("Reports", "per month", BigDecimal.ZERO, new BigDecimal("500"))));

        Action action = plans.addAction(project, plan.getId(), spec);

        Action stored = plans.action(project, plan.getId(), action.getId());
        plans.updateAction(project, plan.getId(), action.getId(), stored.getVersion(), spec);
        assertThat(plans.action(project, plan.getId(), action.getId()).getVersion()).as("saved unchanged")
                .isEqualTo(stored.getVersion());
        assertThat(stored.getCostAmount()).isEqualByComparingTo("250000.50");
        assertThat(stored.getCostCurrency()).isEqualTo("EUR");
        assertThat(plans.background(project, stored)).containsExactly(new LinkedRecord(LinkKind.PRACTICE, practice.getId(), "Segnalaci"));
        assertThat(stored.getIndicators()).extracting(Indicator::getName, Indicator::getUnit).containsExactly(tuple("Reports", "per month"));
    }

    @Test
    void actionRulesAreReportedTogether() {
        ActionPlan plan = plans.create(project, "Genoa", parts("ROP Liguria"));
        ActionSpec broken = new ActionSpec(" ", List.of(BackgroundLink.of(LinkKind.EVENT, -5)), null, null, null,
                LocalDate.of(2023, 1, 1), LocalDate.of(2022, 1, 1), new BigDecimal("10.001"), "EURO", null,
                ActionStatus.ABANDONED, null, 101, List.of(new IndicatorSpec("Reports", null, null, null),
                        new IndicatorSpec("Reports", null, null, null)));

        assertThatThrownBy(() -> plans.addAction(project, plan.getId(), broken)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                        tuple("title", "validation.required"),
                        tuple("endDate", "action.end.beforeStart"),
                        tuple("costAmount", "validation.decimal"),
                        tuple("costCurrency", "action.currency.unknown"),
                        tuple("progress", "action.progress.range"),
                        tuple("abandonReason", "action.abandoned.reasonRequired"),
                        tuple("background", "action.background.unknown"),
                        tuple("indicators[1].name", "action.indicator.duplicate")));
        assertThat(plans.plan(project, plan.getId()).getActions()).isEmpty();
    }

    @Test
    void aDoneActionIsAtOneHundredPercentAndAnAmountNeedsItsCurrency() {
        ActionPlan plan = plans.create(project, "Genoa", parts("ROP Liguria"));
        ActionSpec spec = new ActionSpec("App", List.of(), null, null, null, null, null, new BigDecimal("-1"), null, null,
                ActionStatus.DONE, null, 90, List.of());

        assertThatThrownBy(() -> plans.addAction(project, plan.getId(), spec)).isInstanceOfSatisfying(RuleViolationException.class,
                e -> assertThat(e.violations()).extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                        tuple("progress", "action.done.fullProgress"),
                        tuple("costAmount", "action.amount.negative"),
                        tuple("costCurrency", "action.currency.required")));
    }

    @Test
    void editingAnActionKeepsTheValuesOfItsIndicatorsAndRefusesAStaleVersion() {
        ActionPlan plan = inMonitoring();
        Action action = plan.getActions().get(0);
        plans.recordUpdate(project, plan.getId(), action.getId(),
                new UpdateSpec(5, TODAY, "Launched", "Press release", Map.of("Users", new BigDecimal("150"))));
        Action current = plans.action(project, plan.getId(), action.getId());

        plans.updateAction(project, plan.getId(), action.getId(), current.getVersion(), new ActionSpec("App, renamed", List.of(),
                null, null, null, null, null, null, null, null, ActionStatus.IN_PROGRESS, null, 40,
                List.of(new IndicatorSpec("Users", "people", BigDecimal.ZERO, new BigDecimal("2000")))));

        Action edited = plans.action(project, plan.getId(), action.getId());
        assertThat(edited.getTitle()).isEqualTo("App, renamed");
        assertThat(edited.getIndicators().get(0).getTarget()).isEqualByComparingTo("2000");
        assertThat(edited.getIndicators().get(0).valueIn(5)).isEqualByComparingTo("150");
        assertThatThrownBy(() -> plans.updateAction(project, plan.getId(), action.getId(), current.getVersion(),
                ActionPlanStatusTests.action("Stale", ActionStatus.PLANNED, 0, null))).isInstanceOf(StaleVersionException.class);
    }

    @Test
    void monitoringStartsTheDayAfterTheLearningPhaseAndTheStatusMovesCheckTheVersion() {
        assertThat(plans.monitoringStart(project)).isEqualTo(LocalDate.of(2021, 8, 1));
        ActionPlan plan = plans.create(project, "Genoa", parts("ROP Liguria"));

        assertThatThrownBy(() -> plans.move(project, plan.getId(), plan.getVersion() + 1, new StatusMove(PlanStatus.SUBMITTED, null, null)))
                .isInstanceOf(StaleVersionException.class);
        assertThat(inMonitoring().getStatus()).isEqualTo(PlanStatus.IN_MONITORING);
    }

    @Test
    void anUpdateNeedsAProjectSemesterAndKnownIndicatorsAndIsOnePerSemester() {
        ActionPlan plan = inMonitoring();
        long actionId = plan.getActions().get(0).getId();

        assertThatThrownBy(() -> plans.recordUpdate(project, plan.getId(), actionId,
                new UpdateSpec(99, null, " ", null, Map.of("Visitors", BigDecimal.ONE))))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
                                tuple("semester", "actionPlan.update.semesterRange"),
                                tuple("date", "validation.required"),
                                tuple("done", "validation.required"),
                                tuple("indicatorValues", "actionPlan.update.indicatorUnknown")));

        plans.recordUpdate(project, plan.getId(), actionId, new UpdateSpec(5, TODAY, "Launched", null, Map.of()));
        assertRefused(() -> plans.recordUpdate(project, plan.getId(), actionId, new UpdateSpec(5, TODAY, "Again", null, Map.of())),
                "semester", "actionPlan.update.semesterTaken");
        assertThat(plans.action(project, plan.getId(), actionId).getUpdates()).hasSize(1);
    }

    @Test
    void anUpdateIsRefusedWhileThePlanIsNotInMonitoring() {
        ActionPlan plan = plans.create(project, "Genoa", parts("ROP Liguria"));
        Action action = plans.addAction(project, plan.getId(), ActionPlanStatusTests.action("App", ActionStatus.PLANNED, 0, null));

        assertRefused(() -> plans.recordUpdate(project, plan.getId(), action.getId(), new UpdateSpec(5, TODAY, "Done", null, Map.of())),
                "", "actionPlan.update.notMonitoring");
    }

    @Test
    void thePlanProgressIsComputedFromTheStoredActions() {
        ActionPlan plan = plans.create(project, "Genoa", parts("ROP Liguria"));
        plans.addAction(project, plan.getId(), ActionPlanStatusTests.action("A", ActionStatus.IN_PROGRESS, 20, null));
        plans.addAction(project, plan.getId(), ActionPlanStatusTests.action("B", ActionStatus.DONE, 100, null));
        plans.addAction(project, plan.getId(), ActionPlanStatusTests.action("C", ActionStatus.ABANDONED, 10, "Merged into B"));

        assertThat(plans.plan(project, plan.getId()).progress()).hasValue(60);
    }

    private ActionPlan inMonitoring() {
        ActionPlan plan = plans.create(project, "Tartu", parts("Tartu development plan"));
        plans.addAction(project, plan.getId(), new ActionSpec("App", List.of(), null, null, null, null, null, null, null, null,
                ActionStatus.PLANNED, null, 0, List.of(new IndicatorSpec("Users", "people", BigDecimal.ZERO, new BigDecimal("1000")))));
        long version = plans.move(project, plan.getId(), plans.plan(project, plan.getId()).getVersion(),
                new StatusMove(PlanStatus.SUBMITTED, null, null)).getVersion();
        version = plans.move(project, plan.getId(), version,
                new StatusMove(PlanStatus.ENDORSED, "Tartu City Council", LocalDate.of(2021, 6, 1))).getVersion();
        plans.move(project, plan.getId(), version, new StatusMove(PlanStatus.IN_MONITORING, null, null));
        return plans.plan(project, plan.getId());
    }

    static PlanSpec parts(String instrument) {
        return new PlanSpec("Chamber of commerce", "Anna Rossi", "anna.rossi@example.org", instrument,
                InstrumentType.INVESTMENT_FOR_GROWTH_AND_JOBS, "More digital services");
    }

    static void assertRefused(Runnable call, String field, String code) {
        ActionPlanStatusTests.assertRefused(call, field, code);
    }
}
