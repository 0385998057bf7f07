package eu.practicehub.actionplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.actionplan.ActionPlan;
import eu.practicehub.actionplan.ActionPlanService;
import eu.practicehub.actionplan.ActionSpec;
import eu.practicehub.actionplan.ActionStatus;
import eu.practicehub.actionplan.BackgroundLink;
import eu.practicehub.actionplan.IndicatorSpec;
import eu.practicehub.actionplan.InstrumentType;
import eu.practicehub.actionplan.LinkKind;
import eu.practicehub.actionplan.PlanSpec;
import eu.practicehub.actionplan.PlanStatus;
import eu.practicehub.actionplan.StatusMove;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventService;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.transfer.Transfer;
import eu.practicehub.transfer.TransferService;
import eu.practicehub.transfer.TransferStart;
import eu.practicehub.web.ConfirmationPage;
import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PageTest
class ActionPlanPagesTests {

    /** A copy of BETTER of this test's own; on 15 January 2022 its learning phase is still running. */
    String key;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ProjectService projects;
    @Autowired
    PracticeService practices;
    @Autowired
    EventService events;
    @Autowired
    ActionPlanService plans;
    @Autowired
    TransferService transfers;

    @Autowired
    MessageSource messages;

    @BeforeEach
    void copyBetter() {
        key = ApiTestProjects.copyOfBetter(mvc, "ACTION-PAGES");
    }

    @Test
    void theListShowsEachPartnersPlanOrALinkToWriteIt() {
        ActionPlan genoa = plans.create(copy(), "Genoa", parts());
        Partner birmingham = projects.partner(copy(), "Birmingham").orElseThrow();

        MvcTestResult result = mvc.get().uri("/projects/" + key + "/action-plans").exchange();

        assertThat(result).hasStatusOk().hasViewName("actionplan/list");
        String html = PageText.html(result);
        assertThat(html).contains("href=\"/projects/" + key + "/action-plans/" + genoa.getId() + "\">Genoa</a>")
                .contains("href=\"/projects/" + key + "/action-plans/new?partner=" + birmingham.getId() + "\"")
                .contains("aria-label=\"Write the action plan of Birmingham\"")
                .containsPattern("class=\"nav-link active\"\\s+aria-current=\"page\"\\s+href=\"/projects/" + key + "/action-plans\">Action plans</a>");
        assertThat(PageText.ofMain(html)).contains("Genoa Draft 0 No actions to measure yet", "Birmingham Write the action plan");
    }

    @Test
    void writingAPlanForAPartnerOpensItsPage() {
        Partner gavle = projects.partner(copy(), "Gävle").orElseThrow();
        assertThat(mvc.get().uri("/projects/" + key + "/action-plans/new?partner=" + gavle.getId()).exchange())
                .hasStatusOk().bodyText().contains("Write the action plan of Gävle");

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/action-plans/new")
                .formField("partner", "Gävle").formField("instrumentName", "Regional development strategy")
                .formField("instrumentType", "OTHER_REGIONAL_DEVELOPMENT").exchange();

        ActionPlan created = plans.plansByPartner(copy()).get(gavle.getId());
        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/projects/" + key + "/action-plans/" + created.getId());
        assertThat(created.getInstrumentName()).isEqualTo("Regional development strategy");
    }

    @Test
    void aNewPlanWithAValueThatCannotBeReadShowsThePartnersRuleOnTheFirstSaveToo() {
        plans.create(copy(), "Birmingham", parts());

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/action-plans/new")
                .formField("partner", "Birmingham").formField("instrumentName", "Regional development strategy")
                .formField("instrumentType", "NO_SUCH_TYPE").formField("contactEmail", "nobody").exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.html(result))
                .contains("id=\"instrumentType-error\">")
                .contains("id=\"contactEmail-error\">must be an e-mail address such as name@example.org</div>")
                .contains("Birmingham already has an action plan; a partner writes one");
    }

    @Test
    void thePlanPageShowsPartsOneToThreeInTheTemplatesOrder() {
        ActionPlan plan = plans.create(copy(), "Genoa", parts());
        long segnalaci = practices.byTitles(copy(), List.of("Segnalaci")).get(0).getId();
        Event visit = events.events(copy()).stream().filter(e -> e.getTitle().equals("Study visit hosted by Gävle")).findFirst().orElseThrow();
        plans.addAction(copy(), plan.getId(), new ActionSpec("Citizen reports app",
                List.of(BackgroundLink.of(LinkKind.EVENT, visit.getId()), BackgroundLink.of(LinkKind.PRACTICE, segnalaci)),
                "Segnalaci impressed the visitors", "An app to report problems in the street", "City IT office",
                LocalDate.of(2022, 9, 1), LocalDate.of(2023, 6, 30), new BigDecimal("250000"), "EUR", "ERDF",
                ActionStatus.IN_PROGRESS, null, 40, List.of(new IndicatorSpec("Reports", "per month", BigDecimal.ZERO, new BigDecimal("500")))));

        MvcTestResult result = mvc.get().uri("/projects/" + key + "/action-plans/" + plan.getId()).exchange();

        assertThat(result).hasStatusOk().hasViewName("actionplan/plan");
        String html = PageText.html(result);
        String text = PageText.ofMain(html);
        assertThat(text).containsSubsequence("Action plan of Genoa", "Progress of the plan: 40 %",
                "Part I – General information", "Municipality of Genoa", "Chamber of commerce", "Italy", "Anna Rossi",
                "Part II – Policy context", "ROP Liguria", "Investment for Growth and Jobs programme (ERDF)", "More digital services",
                "Part III – Details of the actions envisaged", "Action 1: Citizen reports app", "Progress of action 1: 40 %",
                "good practice: Segnalaci", "event: Study visit hosted by Gävle", "Segnalaci impressed the visitors",
                "1 September 2022 to 30 June 2023", "250,000.00 EUR", "Reports per month 0 500", "No monitoring updates yet.",
                "Endorsement", "Not endorsed yet.", "Status of the plan", "Move it to “Submitted”");
        assertThat(html).contains("href=\"/projects/" + key + "/practices/" + segnalaci + "\">Segnalaci</a>")
                .contains("href=\"/projects/" + key + "/events/" + visit.getId() + "\">Study visit hosted by Gävle (2021-10-27)</a>")
                .contains("role=\"progressbar\"", "aria-valuenow=\"40\"");
    }

    @Test
    void anActionCitesATransferChosenInItsFormAndThePlanPageLinksToTheTransfer() {
        ActionPlan plan = plans.create(copy(), "Nyíregyháza", parts());
        Transfer transfer = transfers.start(copy(), new TransferStart("Segnalaci", "Nyíregyháza"));
        String form = "/projects/" + key + "/action-plans/" + plan.getId() + "/actions/new";

        assertThat(PageText.html(mvc.get().uri(form).exchange())).contains("value=\"TRANSFER:" + transfer.getId() + "\"")
                .contains("transfer: Segnalaci → Nyíregyháza");
        MvcTestResult saved = mvc.post().uri(form).formField("title", "Street reports in Nyíregyháza")
                .formField("background", "TRANSFER:" + transfer.getId()).formField("status", "PLANNED")
                .formField("progress", "0").exchange();

        assertThat(saved).hasStatus3xxRedirection();
        String html = PageText.html(mvc.get().uri("/projects/" + key + "/action-plans/" + plan.getId()).exchange());
        assertThat(html).contains("href=\"/projects/" + key + "/transfers/" + transfer.getId() + "\">Segnalaci → Nyíregyháza</a>");
    }

    @Test
    void anItalianPageReadsTheCostAsItaliansWriteItAndRefusesAPointItCannotPlace() {
        ActionPlan plan = plans.create(copy(), "Genoa", parts());
        String form = "/projects/" + key + "/action-plans/" + plan.getId() + "/actions/new";

        MvcTestResult misplaced = mvc.post().uri(form).param("lang", "it").formField("title", "Illuminazione")
                .formField("status", "PLANNED").formField("progress", "0").formField("costAmount", "12.5")
                .formField("costCurrency", "EUR").exchange();
        assertThat(misplaced).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.html(misplaced)).contains(messages.getMessage("typeMismatch.java.math.BigDecimal", null,
                Locale.forLanguageTag("it")), "value=\"12.5\"");
        assertThat(plans.plan(copy(), plan.getId()).getActions()).isEmpty();

        MvcTestResult saved = mvc.post().uri(form).param("lang", "it").formField("title", "Illuminazione")
                .formField("status", "PLANNED").formField("progress", "0").formField("costAmount", "12.345,50")
                .formField("costCurrency", "EUR").exchange();
        assertThat(saved).hasStatus3xxRedirection();
        assertThat(plans.plan(copy(), plan.getId()).getActions()).singleElement()
                .satisfies(action -> assertThat(action.getCostAmount()).isEqualByComparingTo("12345.50"));
        assertThat(PageText.html(mvc.get().uri("/projects/" + key + "/action-plans/" + plan.getId())
                .param("lang", "it").exchange())).contains("12.345,50 EUR");
    }

    @Test
    void anActionThatEndsBeforeItStartsIsShownAgainWithTheErrorNextToTheField() {
        ActionPlan plan = plans.create(copy(), "Genoa", parts());

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/action-plans/" + plan.getId() + "/actions/new")
                .formField("title", "Smart lighting").formField("startDate", "2023-05-01").formField("endDate", "2022-05-01")
                .formField("status", "PLANNED").formField("progress", "0").formField("players", "Kept as typed")
                .formField("indicators[0].name", "Lamps").formField("indicators[0].target", "many").exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("actionplan/action-form");
        assertThat(PageText.html(result)).contains("id=\"error-summary\"")
                .contains("<div class=\"invalid-feedback\" id=\"endDate-error\">the action ends before it starts</div>")
                .contains("<div class=\"invalid-feedback\" id=\"indicators0.target-error\">must be a number such as 12,345.50 or 12345.5</div>")
                // Labels, error messages and the error summary's link use the id th:field gives the input, without brackets.
                .contains("<label class=\"form-label small\" for=\"indicators0.target\">Target</label>")
                .contains("id=\"indicators0.target\"")
                .contains("aria-describedby=\"indicators0.target-error\"")
                .contains("<a class=\"alert-link\" href=\"#indicators0.target\">Indicators</a>")
                .contains(">Kept as typed</textarea>");
        assertThat(plans.plan(copy(), plan.getId()).getActions()).isEmpty();
    }

    @Test
    void editingPartsOneAndTwoWithAStaleVersionAnswersConflictAndKeepsTheInput() {
        ActionPlan plan = plans.create(copy(), "Genoa", parts());
        plans.update(copy(), plan.getId(), plan.getVersion(), new PlanSpec(null, null, null, "Saved by someone else", null, null));

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/action-plans/" + plan.getId() + "/edit")
                .formField("version", String.valueOf(plan.getVersion())).formField("partner", "Genoa")
                .formField("instrumentName", "My own change").exchange();

        assertThat(result).hasStatus(HttpStatus.CONFLICT).hasViewName("actionplan/plan-form");
        assertThat(PageText.html(result)).contains("Someone else saved “Genoa” while you were editing it")
                .contains("value=\"My own change\"");
        assertThat(plans.plan(copy(), plan.getId()).getInstrumentName()).isEqualTo("Saved by someone else");
    }

    @Test
    void thePlanMovesOnFromItsPageButNotIntoMonitoringDuringTheLearningPhase() {
        ActionPlan plan = plans.create(copy(), "Genoa", parts());
        plans.addAction(copy(), plan.getId(), new ActionSpec("App", List.of(), null, null, null, null, null, null, null, null,
                ActionStatus.PLANNED, null, 0, List.of()));
        String page = "/projects/" + key + "/action-plans/" + plan.getId();

        MvcTestResult submitted = mvc.post().uri(page + "/status").formField("to", "SUBMITTED")
                .formField("version", String.valueOf(plan.getVersion())).exchange();
        assertThat(submitted).hasStatus3xxRedirection().hasRedirectedUrl(page);
        assertThat(submitted).flash().containsEntry("flash", "The plan is now Submitted.");

        ActionPlan current = plans.plan(copy(), plan.getId());
        MvcTestResult missingWho = mvc.post().uri(page + "/status").formField("to", "ENDORSED")
                .formField("version", String.valueOf(current.getVersion())).formField("endorsedOn", "2022-01-10").exchange();
        assertThat(missingWho).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.html(missingWho)).contains("<div class=\"invalid-feedback\" id=\"endorsedBy-error\">is required</div>");

        ActionPlan endorsed = plans.move(copy(), plan.getId(), current.getVersion(),
                new StatusMove(PlanStatus.ENDORSED, "Liguria Region", LocalDate.of(2022, 1, 10)));
        MvcTestResult tooEarly = mvc.post().uri(page + "/status").formField("to", "IN_MONITORING")
                .formField("version", String.valueOf(endorsed.getVersion())).exchange();
        assertThat(tooEarly).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("actionplan/plan");
        assertThat(PageText.ofMain(PageText.html(tooEarly)))
                .contains("the project’s monitoring phase starts on 2022-08-01; the plan can be monitored from then on")
                .contains("Endorsed by Liguria Region Endorsed on 10 January 2022");
        assertThat(plans.plan(copy(), plan.getId()).getStatus()).isEqualTo(PlanStatus.ENDORSED);
    }

    @Test
    void theStatusFormAsksFirstOnAPageThatNamesThePlanAndTheEndorsementAndTheConfirmationMovesIt() {
        ActionPlan plan = plans.create(copy(), "Genoa", parts());
        plans.addAction(copy(), plan.getId(), new ActionSpec("App", List.of(), null, null, null, null, null, null, null, null,
                ActionStatus.PLANNED, null, 0, List.of()));
        ActionPlan submitted = plans.move(copy(), plan.getId(), plans.plan(copy(), plan.getId()).getVersion(),
                new StatusMove(PlanStatus.SUBMITTED, null, null));
        String page = "/projects/" + key + "/action-plans/" + plan.getId();
        assertThat(PageText.html(mvc.get().uri(page).exchange())).containsPattern("<form method=\"get\"[^>]*action=\""
                + page + "/status\"").doesNotContainPattern("method=\"post\"[^>]*action=\"" + page + "/status\"");

        MvcTestResult missingWho = mvc.get().uri(page + "/status").param("to", "ENDORSED").param("endorsedOn", "2022-01-10")
                .param("version", String.valueOf(submitted.getVersion())).exchange();
        assertThat(missingWho).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("actionplan/plan");
        assertThat(PageText.html(missingWho)).contains("<div class=\"invalid-feedback\" id=\"endorsedBy-error\">is required</div>",
                "value=\"2022-01-10\"");

        ConfirmationPage confirmation = ConfirmationPage.of(mvc.get().uri(page + "/status").param("to", "ENDORSED")
                .param("endorsedBy", "Liguria Region").param("endorsedOn", "2022-01-10")
                .param("version", String.valueOf(submitted.getVersion())).exchange());

        assertThat(confirmation.heading()).isEqualTo("Move the action plan of Genoa to “Endorsed”?");
        assertThat(confirmation.text()).contains("The action plan of Genoa moves from “Submitted” to “Endorsed”.",
                "It is recorded as endorsed by Liguria Region on 10 January 2022.",
                "This cannot be undone: a plan’s status only moves forward");
        assertThat(confirmation.button()).isEqualTo("Move the plan to “Endorsed”");
        assertThat(confirmation.cancel()).isEqualTo(page);
        assertThat(plans.plan(copy(), plan.getId()).getStatus()).isEqualTo(PlanStatus.SUBMITTED);

        assertThat(confirmation.confirm(mvc)).hasStatus3xxRedirection().hasRedirectedUrl(page);
        ActionPlan endorsed = plans.plan(copy(), plan.getId());
        assertThat(endorsed.getStatus()).isEqualTo(PlanStatus.ENDORSED);
        assertThat(endorsed.getEndorsedBy()).isEqualTo("Liguria Region");
        assertThat(endorsed.getEndorsedOn()).isEqualTo(LocalDate.of(2022, 1, 10));
        assertThat(confirmation.confirmStale(mvc)).hasViewName("actionplan/plan");
    }

    @Test
    void aMonitoringUpdateIsRecordedFromItsFormAndShownWithTheIndicatorValues() {
        Project project = projectInMonitoringPhase();
        ActionPlan plan = plans.create(project, "Genoa", parts());
        long actionId = plans.addAction(project, plan.getId(), new ActionSpec("App", List.of(), null, null, null, null, null,
                null, null, null, ActionStatus.IN_PROGRESS, null, 30,
                List.of(new IndicatorSpec("Users", "people", BigDecimal.ZERO, new BigDecimal("1000"))))).getId();
        long version = plans.move(project, plan.getId(), plans.plan(project, plan.getId()).getVersion(),
                new StatusMove(PlanStatus.SUBMITTED, null, null)).getVersion();
        version = plans.move(project, plan.getId(), version,
                new StatusMove(PlanStatus.ENDORSED, "Liguria Region", LocalDate.of(2021, 6, 1))).getVersion();
        plans.move(project, plan.getId(), version, new StatusMove(PlanStatus.IN_MONITORING, null, null));
        String page = "/projects/" + project.getKey() + "/action-plans/" + plan.getId();
        String form = page + "/actions/" + actionId + "/updates/new";

        assertThat(mvc.get().uri(page + "/actions/" + actionId + "/edit").exchange()).hasStatusOk()
                .bodyText().contains("value=\"Users\"", "value=\"30\"");
        assertThat(mvc.get().uri(form).exchange()).hasStatusOk().bodyText()
                .contains("Monitoring update of “App”", "value=\"2022-01-15\"", "value=\"5\"", "Users (people)");

        MvcTestResult recorded = mvc.post().uri(form).formField("semester", "5").formField("date", "2022-01-15")
                .formField("done", "Launched the app").formField("evidence", "Press release").formField("values[0]", "150")
                .exchange();
        assertThat(recorded).hasStatus3xxRedirection().hasRedirectedUrl(page);

        MvcTestResult again = mvc.post().uri(form).formField("semester", "5").formField("date", "2022-01-15")
                .formField("done", "Twice").exchange();
        assertThat(again).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.html(again)).contains("id=\"semester-error\">this action already has an update for semester 5</div>");

        assertThat(PageText.ofMain(PageText.html(mvc.get().uri(page).exchange()))).containsSubsequence(
                "Users people 0 1000 150", "Semester 5, 15 January 2022", "Launched the app", "Press release",
                "Add a monitoring update to action 1", "The plan is In monitoring.", "Move it to “Completed”");
    }

    private Project projectInMonitoringPhase() {
        String monitored = ApiTestProjects.freshKey("ACTION-MONITORED");
        Project project = projects.createOrUpdate(new eu.practicehub.project.ProjectSpec(monitored, monitored, null, null,
                LocalDate.of(2019, 8, 1), 6, null, List.of(
                        new eu.practicehub.project.Phase("Learning phase", LocalDate.of(2019, 8, 1), LocalDate.of(2021, 7, 31)),
                        new eu.practicehub.project.Phase("Monitoring phase", LocalDate.of(2021, 8, 1), LocalDate.of(2022, 7, 31)))));
        projects.createOrUpdatePartner(project, new eu.practicehub.project.PartnerSpec("Genoa", "Municipality of Genoa", "IT",
                null, eu.practicehub.project.PartnerRole.LEAD, "Europe/Rome", null, null, null));
        return project;
    }

    @Test
    void anUnknownPlanIsNotFound() {
        assertThat(mvc.get().uri("/projects/" + key + "/action-plans/999999999").exchange())
                .hasStatus(HttpStatus.NOT_FOUND).bodyText().contains("This project has no action plan number 999999999.");
    }

    private static PlanSpec parts() {
        return new PlanSpec("Chamber of commerce", "Anna Rossi", "anna.rossi@example.org", "ROP Liguria",
                InstrumentType.INVESTMENT_FOR_GROWTH_AND_JOBS, "More digital services");
    }

    private Project copy() {
        return projects.project(key);
    }
}
