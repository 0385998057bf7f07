package eu.practicehub.actionplan.api;

import static eu.practicehub.ApiTestProjects.json;
import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.web.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** The action plan API on a copy of BETTER (on 15 January 2022, still in its learning phase). */
@PageTest
class ActionPlanApiTests {

    @Autowired
    MockMvcTester mvc;

    String key;
    String plansUri;

    @BeforeEach
    void copyBetter() {
        key = ApiTestProjects.copyOfBetter(mvc, "ACTION-API");
        plansUri = "/api/v1/projects/" + key + "/action-plans";
    }

    @Test
    void createsAPlanAndAnswersWithItsLocation() {
        MvcTestResult created = send(mvc.post().uri(plansUri), """
                {"partner": "Genoa", "otherOrganisations": "Liguria Region", "contactName": "Anna Rossi",
                 "instrumentName": "ROP Liguria", "instrumentType": "INVESTMENT_FOR_GROWTH_AND_JOBS",
                 "instrumentImprovement": "More digital services"}
                """);

        assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().isLenientlyEqualTo("""
                {"partner": "Genoa", "country": "IT", "instrumentName": "ROP Liguria", "status": "DRAFT",
                 "progress": null, "version": 0, "actions": []}
                """);
        String location = created.getResponse().getHeader("Location");
        assertThat(location).endsWith(plansUri + "/" + json(created).get("id").asLong());
        assertThat(mvc.get().uri(location).exchange()).hasStatusOk().bodyJson()
                .extractingPath("$.otherOrganisations").isEqualTo("Liguria Region");
    }

    @Test
    void aSecondPlanForAPartnerOrAnUnknownPartnerIsRefused() {
        send(mvc.post().uri(plansUri), "{\"partner\": \"Birmingham\"}");

        MvcTestResult twice = send(mvc.post().uri(plansUri), "{\"partner\": \"Birmingham\"}");
        assertThat(twice).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().isLenientlyEqualTo("""
                {"status": 422, "errors": [{"field": "partner", "code": "actionPlan.partner.hasPlan",
                  "message": "Birmingham already has an action plan; a partner writes one"}]}
                """);
        assertThat(send(mvc.post().uri(plansUri), "{\"partner\": \"Atlantis\"}")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson().extractingPath("$.errors[0].code").isEqualTo("actionPlan.partner.unknown");
    }

    @Test
    void updatesPartsOneAndTwoWithTheCurrentVersionAndRefusesAStaleOne() {
        long id = createPlan("Gävle");

        MvcTestResult updated = send(mvc.put().uri(plansUri + "/{id}", id),
                "{\"instrumentName\": \"Regional strategy\", \"contactEmail\": \"plan@example.org\", \"version\": 0}");
        assertThat(updated).hasStatusOk().bodyJson().isLenientlyEqualTo("{\"instrumentName\": \"Regional strategy\", \"version\": 1}");

        MvcTestResult stale = send(mvc.put().uri(plansUri + "/{id}", id), "{\"instrumentName\": \"Mine\", \"version\": 0}");
        assertThat(stale).hasStatus(HttpStatus.CONFLICT).bodyJson().isLenientlyEqualTo("{\"sentVersion\": 0, \"currentVersion\": 1}");
        assertThat(send(mvc.put().uri(plansUri + "/{id}", id), "{\"contactEmail\": \"nope\", \"version\": 1}"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.errors[0].field").isEqualTo("contactEmail");
        assertThat(json(mvc.get().uri(plansUri + "/{id}", id).exchange()).get("instrumentName").asString()).isEqualTo("Regional strategy");
    }

    @Test
    void addsAndEditsAnActionAndListsThePlanWithIt() {
        long id = createPlan("Birmingham");
        MvcTestResult added = send(mvc.post().uri(plansUri + "/{id}/actions", id), """
                {"title": "Open data portal", "background": [{"kind": "PRACTICE", "id": %d}],
                 "startDate": "2022-09-01", "endDate": "2023-06-30", "costAmount": 120000.5, "costCurrency": "GBP",
                 "status": "IN_PROGRESS", "progress": 25,
                 "indicators": [{"name": "Data sets", "unit": "sets", "baseline": 10, "target": 100}]}
                """.formatted(practiceId("Segnalaci")));

        assertThat(added).hasStatus(HttpStatus.CREATED).bodyJson().isLenientlyEqualTo("""
                {"title": "Open data portal", "background": [{"kind": "PRACTICE", "title": "Segnalaci"}],
                 "costAmount": 120000.50, "costCurrency": "GBP", "progress": 25,
                 "indicators": [{"name": "Data sets", "unit": "sets", "target": 100.00, "values": {}}], "updates": []}
                """);
        long actionId = json(added).get("id").asLong();
        long version = json(added).get("version").asLong();
        assertThat(added.getResponse().getHeader("Location")).endsWith(plansUri + "/" + id + "/actions/" + actionId);

        MvcTestResult edited = send(mvc.put().uri(plansUri + "/{id}/actions/{actionId}", id, actionId),
                "{\"title\": \"Open data portal\", \"status\": \"DONE\", \"progress\": 100, \"version\": " + version + "}");
        assertThat(edited).hasStatusOk().bodyJson().isLenientlyEqualTo("{\"status\": \"DONE\", \"progress\": 100}");
        assertThat(json(edited).get("version").asLong()).isGreaterThan(version);
        assertThat(send(mvc.put().uri(plansUri + "/{id}/actions/{actionId}", id, actionId), "{\"title\": \"Late\", \"version\": " + version + "}"))
                .hasStatus(HttpStatus.CONFLICT);

        JsonNode plans = json(mvc.get().uri(plansUri).exchange());
        JsonNode plan = null;
        for (JsonNode p : plans) {
            if (p.get("id").asLong() == id) {
                plan = p;
            }
        }
        assertThat(plan).isNotNull();
        assertThat(plan.get("progress").asInt()).isEqualTo(100);
        assertThat(plan.at("/actions/0/title").asString()).isEqualTo("Open data portal");
    }

    @Test
    void anActionBreakingTheRulesIsRefusedWithEveryProblem() {
        long id = createPlan("Nyíregyháza");

        MvcTestResult refused = send(mvc.post().uri(plansUri + "/{id}/actions", id), """
                {"title": "Lego studio", "status": "ABANDONED", "progress": 120, "costAmount": 5, "costCurrency": "XYZ",
                 "startDate": "2023-01-01", "endDate": "2022-01-01"}
                """);

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(json(refused).findValuesAsString("code")).containsExactlyInAnyOrder("action.end.beforeStart",
                "action.currency.unknown", "action.progress.range", "action.abandoned.reasonRequired");
    }

    @Test
    void theStatusMovesForwardAndARefusedMoveIsA422() {
        long id = createPlan("Genoa");
        assertThat(send(mvc.post().uri(plansUri + "/{id}/status", id), "{\"to\": \"SUBMITTED\", \"version\": 0}"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.errors[*].code")
                .asArray().containsExactly("actionPlan.submit.instrumentMissing", "actionPlan.submit.noActions");

        send(mvc.put().uri(plansUri + "/{id}", id), "{\"instrumentName\": \"ROP Liguria\", \"version\": 0}");
        send(mvc.post().uri(plansUri + "/{id}/actions", id), "{\"title\": \"Citizen app\"}");
        assertThat(send(mvc.post().uri(plansUri + "/{id}/status", id), "{\"to\": \"ENDORSED\", \"version\": 1}"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.errors[0].message")
                .isEqualTo("a plan moves forward one step at a time (draft, submitted, endorsed, in monitoring, completed): it is DRAFT and cannot move to ENDORSED");
        assertThat(send(mvc.post().uri(plansUri + "/{id}/status", id), "{\"to\": \"SUBMITTED\", \"version\": 1}"))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("{\"status\": \"SUBMITTED\", \"version\": 2}");
        assertThat(send(mvc.post().uri(plansUri + "/{id}/status", id), "{\"to\": \"ENDORSED\", \"version\": 1}"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(send(mvc.post().uri(plansUri + "/{id}/status", id),
                "{\"to\": \"ENDORSED\", \"endorsedBy\": \"Liguria Region\", \"endorsedOn\": \"2022-01-10\", \"version\": 2}"))
                .hasStatusOk().bodyJson().isLenientlyEqualTo("{\"status\": \"ENDORSED\", \"endorsedBy\": \"Liguria Region\", \"endorsedOn\": \"2022-01-10\"}");

        MvcTestResult early = send(mvc.post().uri(plansUri + "/{id}/status", id), "{\"to\": \"IN_MONITORING\", \"version\": 3}");
        assertThat(early).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.errors[0].code")
                .isEqualTo("actionPlan.monitoring.notStarted");

        long actionId = json(mvc.get().uri(plansUri + "/{id}", id).exchange()).at("/actions/0/id").asLong();
        assertThat(send(mvc.post().uri(plansUri + "/{id}/actions/{actionId}/updates", id, actionId),
                "{\"semester\": 5, \"date\": \"2022-01-15\", \"done\": \"Started\"}"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.errors[0].code")
                .isEqualTo("actionPlan.update.notMonitoring");
    }

    @Test
    void anActionCitesATransferOfItsOwnProjectButNotOneOfAnotherProject() {
        long id = createPlan("Nyíregyháza");
        long own = startTransfer(key);
        long foreign = startTransfer(ApiTestProjects.copyOfBetter(mvc, "ACTION-API-OTHER"));

        MvcTestResult added = send(mvc.post().uri(plansUri + "/{id}/actions", id),
                "{\"title\": \"Street reports\", \"background\": [{\"kind\": \"TRANSFER\", \"id\": %d}]}".formatted(own));
        assertThat(added).hasStatus(HttpStatus.CREATED).bodyJson().isLenientlyEqualTo("""
                {"background": [{"kind": "TRANSFER", "id": %d, "title": "Segnalaci → Nyíregyháza"}]}
                """.formatted(own));

        MvcTestResult refused = send(mvc.post().uri(plansUri + "/{id}/actions", id),
                "{\"title\": \"Borrowed\", \"background\": [{\"kind\": \"TRANSFER\", \"id\": %d}]}".formatted(foreign));
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().isLenientlyEqualTo("""
                {"errors": [{"field": "background", "code": "action.background.unknown"}]}
                """);
    }

    private long startTransfer(String projectKey) {
        MvcTestResult started = send(mvc.post().uri("/api/v1/projects/{key}/transfers", projectKey),
                "{\"practice\": \"Segnalaci\", \"importer\": \"Nyíregyháza\"}");
        assertThat(started).hasStatus(HttpStatus.CREATED);
        return json(started).get("id").asLong();
    }

    @Test
    void anUnknownPlanOrActionIsNotFound() {
        assertThat(mvc.get().uri(plansUri + "/999999999").exchange()).hasStatus(HttpStatus.NOT_FOUND).bodyJson()
                .extractingPath("$.detail").isEqualTo("There is no action plan with id 999999999 in this project.");
        long id = createPlan("Gävle");
        assertThat(mvc.get().uri(plansUri + "/{id}/actions/999999999", id).exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    private long createPlan(String partner) {
        MvcTestResult created = send(mvc.post().uri(plansUri), "{\"partner\": \"" + partner + "\"}");
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return json(created).get("id").asLong();
    }

    private long practiceId(String title) {
        for (JsonNode practice : json(mvc.get().uri("/api/v1/projects/" + key + "/practices?q=" + title).exchange()).get("content")) {
            if (practice.get("title").asString().equals(title)) {
                return practice.get("id").asLong();
            }
        }
        throw new AssertionError("no practice " + title);
    }

    private MvcTestResult send(MockMvcRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
