package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.PartnershipDocuments;
import eu.practicehub.actionplan.ActionPlanService;
import eu.practicehub.actionplan.InstrumentType;
import eu.practicehub.actionplan.PlanSpec;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventService;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Partner roles and organisation types, transfer networks, periods and events outside a project's run, in pages and API. */
@PageTest
class PartnershipPagesTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ProjectService projects;
    @Autowired
    EventService events;
    @Autowired
    ActionPlanService plans;

    @Test
    void theHomePageShowsEachPartnersRoleAndTypeOfOrganisation() {
        String key = PartnershipDocuments.importAdvisory(mvc);

        String text = PageText.ofMain(PageText.html(mvc.get().uri("/projects/" + key).exchange()));

        assertThat(text).contains("Alba City of Alba Italy Lead partner City",
                "Citynet Citynet association Belgium Advisory partner Association",
                "Ministry Ministry of regions Italy Associated policy authority Agency");
        assertThat(text).doesNotContain("Transfer network");
    }

    @Test
    void anAdvisoryPartnerIsNotOfferedToWriteAnActionPlanAndTheServiceRefusesOne() {
        String key = PartnershipDocuments.importAdvisory(mvc);
        Project project = projects.project(key);
        Partner citynet = projects.partner(project, "Citynet").orElseThrow();

        String html = PageText.html(mvc.get().uri("/projects/" + key + "/action-plans").exchange());

        assertThat(html).doesNotContain("action-plans/new?partner=" + citynet.getId());
        assertThat(PageText.ofMain(html)).contains("Citynet No action plan of its own (Advisory partner)",
                "Ministry No action plan of its own (Associated policy authority)");
        assertThatThrownBy(() -> plans.create(project, "Citynet", parts()))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).containsExactly(
                        Violation.of("partner", "actionPlan.partner.noOwnPlan", "Citynet", "ADVISORY_PARTNER")));
    }

    @Test
    void anImportGivingAnAdvisoryPartnerAnActionPlanIsRefusedWithTheRule() {
        String key = ApiTestProjects.freshKey("ADVISORY-PLAN");
        ObjectNode document = (ObjectNode) ApiTestProjects.tree(PartnershipDocuments.advisory(key));
        ((ObjectNode) document.get("actionPlans").get(0)).put("partner", "Citynet");

        MvcTestResult refused = ApiTestProjects.importDocument(mvc, document);

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(refused).bodyText().contains("actionPlans[0].partner",
                "Citynet has no action plan of its own: only the lead, the partners and the transfer partners write one");
    }

    @Test
    void aKickOffThreeWeeksBeforeTheStartIsAcceptedAndMarkedOutsideTheRun() {
        String key = PartnershipDocuments.importAdvisory(mvc);
        Project project = projects.project(key);
        Event kickOff = events.events(project).stream().filter(e -> e.getTitle().equals("Kick-off meeting")).findFirst()
                .orElseThrow();

        String eventPage = PageText.ofMain(PageText.html(mvc.get().uri("/projects/" + key + "/events/" + kickOff.getId()).exchange()));
        String list = PageText.ofMain(PageText.html(mvc.get().uri("/projects/" + key + "/events").exchange()));
        String timeline = PageText.ofMain(PageText.html(mvc.get().uri("/projects/" + key + "/events/timeline").exchange()));
        JsonNode api = ApiTestProjects.json(mvc.get().uri("/api/v1/projects/" + key + "/events/" + kickOff.getId()).exchange());

        assertThat(eventPage).contains("Outside the project’s run The project runs 1 January 2020 – 31 March 2021; this event counts in none of its periods.");
        assertThat(list).contains("Kick-off meeting Outside the project’s run", "Study visit in Alba Study visit");
        assertThat(list).doesNotContain("Study visit in Alba Outside");
        assertThat(timeline).containsSubsequence("Semester 1", "Study visit in Alba", "Semester 3",
                "1 January 2021 – 31 March 2021", "Outside the project’s run", "Kick-off meeting");
        assertThat(api.get("outsideRun").asBoolean()).isTrue();
        assertThat(api.get("semester").isNull()).isTrue();
    }

    @Test
    void anEventOutsideTheRunCountsInNoPeriodButInTheTotal() {
        String key = PartnershipDocuments.importAdvisory(mvc);

        JsonNode report = ApiTestProjects.json(mvc.get().uri("/api/v1/projects/{key}/indicators", key).exchange());

        assertThat(report.get("semesters").valueStream().map(s -> s.at("/figures/eventsHeld").asLong()))
                .containsExactly(1L, 0L, 0L);
        assertThat(report.at("/total/eventsHeld").asLong()).isEqualTo(2);
    }

    @Test
    void theIndicatorsOfATransferNetworkAreCountedByPhase() {
        String key = PartnershipDocuments.importTransferNetwork(mvc);

        String text = PageText.ofMain(PageText.html(mvc.get().uri("/projects/{key}/reports/indicators", key).exchange()));

        assertThat(text).contains("Phase 1 Phase 2 Total").doesNotContain("Semester 1");
    }

    @Test
    void theApiTellsTheProjectsEndAndItsLastSemesterClippedToIt() {
        String key = PartnershipDocuments.importAdvisory(mvc);

        JsonNode project = ApiTestProjects.json(mvc.get().uri("/api/v1/projects/" + key).exchange());
        JsonNode partner = ApiTestProjects.json(mvc.get().uri("/api/v1/projects/" + key + "/partners").exchange()).get(2);

        assertThat(project.get("endDate").asString()).isEqualTo("2021-03-31");
        assertThat(project.get("semesters").valueStream().map(s -> s.get("end").asString()))
                .containsExactly("2020-06-30", "2020-12-31", "2021-03-31");
        assertThat(partner.get("role").asString()).isEqualTo("ADVISORY_PARTNER");
        assertThat(partner.get("organisationType").asString()).isEqualTo("ASSOCIATION");
    }

    @Test
    void aTransferNetworkShowsItsGoodPracticeAndTheTransferToEachTransferPartner() {
        String key = PartnershipDocuments.importTransferNetwork(mvc);

        String text = PageText.ofMain(PageText.html(mvc.get().uri("/projects/" + key).exchange()));

        assertThat(text).containsSubsequence("Transfer network",
                "Naples, the good-practice city, transfers its good practice to the transfer partners.",
                "Good practice", "Civic urban gardens",
                "Gdańsk Civic urban gardens: Adapt", "Riga No transfer started yet");
        assertThat(text).contains("Gdańsk City of Gdańsk Poland Transfer partner City");
    }

    @Test
    void aProjectWithoutSemestersShowsItsPhasesAsItsPeriods() {
        String key = PartnershipDocuments.importTransferNetwork(mvc);

        String home = PageText.ofMain(PageText.html(mvc.get().uri("/projects/" + key).exchange()));
        String timeline = PageText.ofMain(PageText.html(mvc.get().uri("/projects/" + key + "/events/timeline").exchange()));
        MvcTestResult period = mvc.get().uri("/projects/" + key + "/semesters/2").exchange();
        JsonNode api = ApiTestProjects.json(mvc.get().uri("/api/v1/projects/" + key).exchange());

        assertThat(home).contains("Last period Phase 2 1 March 2019 – 31 August 2020");
        assertThat(timeline).contains("The project’s events, phase by phase.")
                .containsSubsequence("Phase 1", "No events", "Phase 2", "Transnational meeting in Naples")
                .doesNotContain("Semester");
        String dashboard = PageText.ofMain(PageText.html(mvc.get().uri("/projects/" + key + "/dashboard").exchange()));
        assertThat(dashboard).contains("Period Phase 2 (2 of 2): 1 March 2019 – 31 August 2020");
        assertThat(period).hasStatusOk();
        assertThat(PageText.ofMain(PageText.html(period))).contains("Phase 2", "← Phase 1");
        assertThat(mvc.get().uri("/projects/" + key + "/semesters/3").exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(api.get("semesterMonths").isNull()).isTrue();
        assertThat(api.get("semesters").valueStream().map(s -> s.get("name").asString())).containsExactly("Phase 1", "Phase 2");
    }

    @Test
    void theNewFieldsRoundTripThroughTheDocument() {
        String key = PartnershipDocuments.importTransferNetwork(mvc);

        ObjectNode exported = ApiTestProjects.exportOf(mvc, key);

        assertThat(exported.get("project").has("semesterMonths")).isFalse();
        assertThat(exported.get("project").has("endDate")).isFalse();
        assertThat(exported.get("partners").get(1).get("role").asString()).isEqualTo("TRANSFER_PARTNER");
        assertThat(exported.get("partners").get(1).get("organisationType").asString()).isEqualTo("CITY");
        String copy = ApiTestProjects.freshKey("NETWORK-COPY");
        ((ObjectNode) exported.get("project")).put("key", copy);
        assertThat(ApiTestProjects.importDocument(mvc, exported)).hasStatus(HttpStatus.CREATED);
        ObjectNode again = ApiTestProjects.exportOf(mvc, copy);
        ((ObjectNode) again.get("project")).put("key", key);
        ((ObjectNode) exported.get("project")).put("key", key);
        assertThat(again).isEqualTo(exported);

        String advisory = PartnershipDocuments.importAdvisory(mvc);
        assertThat(ApiTestProjects.exportOf(mvc, advisory).get("project").get("endDate").asString()).isEqualTo("2021-03-31");
    }

    private static PlanSpec parts() {
        return new PlanSpec(null, null, null, "Regional programme", InstrumentType.INVESTMENT_FOR_GROWTH_AND_JOBS, "More");
    }
}
