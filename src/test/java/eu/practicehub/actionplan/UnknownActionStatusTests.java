package eu.practicehub.actionplan;

import static eu.practicehub.ApiTestProjects.json;
import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * An action plan whose document leaves out the status and progress of an action, as a published plan
 * whose actions' status is not public does: they stay unknown in the API, the pages, the DOCX and PDF,
 * the plan's progress and the export. The plan is in monitoring (its learning phase ended in 2019).
 */
@PageTest
class UnknownActionStatusTests {

    private static final String DOCUMENT = """
            {
              "formatVersion": 1,
              "project": {"key": "$KEY", "name": "Unknown action status project", "startDate": "2018-01-01", "semesterMonths": 6,
                "phases": [{"name": "Learning phase", "startDate": "2018-01-01", "endDate": "2019-12-31"},
                           {"name": "Monitoring phase", "startDate": "2020-01-01", "endDate": "2020-12-31"}]},
              "partners": [
                {"shortName": "Aveiro", "name": "City of Aveiro", "country": "PT", "role": "LEAD", "timeZone": "Europe/Lisbon"},
                {"shortName": "Brno", "name": "City of Brno", "country": "CZ", "role": "PARTNER", "timeZone": "Europe/Prague"}
              ],
              "themes": [],
              "practices": [{"title": "Open permits", "owner": "Aveiro", "status": "EXAMINED", "identifiedOn": "2018-05"}],
              "actionPlans": [
                {"partner": "Brno", "instrumentName": "Regional operational programme", "status": "IN_MONITORING",
                  "endorsedBy": "Regional council", "endorsedOn": "2019-11-20", "actions": [
                  {"title": "Status not public", "background": [{"kind": "PRACTICE", "practice": "Open permits"}],
                    "indicators": [], "updates": []},
                  {"title": "Half way", "status": "IN_PROGRESS", "progress": 40, "indicators": [], "updates": []},
                  {"title": "Given up", "status": "ABANDONED", "abandonReason": "No funding", "progress": 0,
                    "indicators": [], "updates": []}]}
              ]
            }
            """;

    @Autowired
    MockMvcTester mvc;

    String key;
    long planId;
    long unknownId;

    @BeforeEach
    void importTheDocument() {
        key = ApiTestProjects.freshKey("ACTIONS");
        assertThat(ApiTestProjects.importDocument(mvc, ApiTestProjects.tree(DOCUMENT.replace("$KEY", key))))
                .hasStatus(HttpStatus.CREATED);
        JsonNode plan = plan();
        planId = plan.get("id").asLong();
        unknownId = plan.at("/actions/0/id").asLong();
    }

    @Test
    void theApiGivesTheUnknownStatusAndProgressAsNullAndThePlanAveragesOnlyTheStatedProgress() {
        JsonNode plan = plan();

        assertThat(plan.at("/actions/0/status").isNull()).isTrue();
        assertThat(plan.at("/actions/0/progress").isNull()).isTrue();
        assertThat(plan.at("/actions/1/status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(plan.at("/actions/1/progress").asInt()).isEqualTo(40);
        assertThat(plan.get("progress").asInt()).isEqualTo(40);
    }

    @Test
    void theExportLeavesOutTheUnknownStatusAndProgressAndRoundTripsUnchanged() {
        ObjectNode exported = ApiTestProjects.exportOf(mvc, key);

        JsonNode unknown = exported.at("/actionPlans/0/actions/0");
        assertThat(unknown.has("status")).isFalse();
        assertThat(unknown.has("progress")).isFalse();
        assertThat(exported.at("/actionPlans/0/actions/1/status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(exported.at("/actionPlans/0/actions/1/progress").asInt()).isEqualTo(40);

        assertThat(ApiTestProjects.importDocument(mvc, exported)).hasStatus(HttpStatus.OK);
        assertThat(ApiTestProjects.exportOf(mvc, key)).isEqualTo(exported);
        assertThat(plan().at("/actions/0/status").isNull()).isTrue();
    }

    @Test
    void thePlanPageSaysTheStatusAndProgressAreNotStatedAndDrawsNoBarForThem() {
        MvcTestResult page = mvc.get().uri("/projects/{key}/action-plans/{id}", key, planId).exchange();
        assertThat(page).hasStatusOk();
        String html = PageText.html(page);
        String text = PageText.ofMain(html);

        assertThat(text).contains("Action 1: Status not public Learning chain Status not stated Progress of action 1: progress not stated")
                .contains("Progress of the plan: 40 % (actions whose progress is not stated are left out)")
                .doesNotContain("Planned");
        assertThat(html).doesNotContain("aria-labelledby=\"action-" + unknownId + "-progress\"")
                .contains("aria-valuenow=\"40\"");
        assertThat(PageText.ofMain(PageText.html(mvc.get().uri("/projects/{key}/action-plans", key).exchange())))
                .contains("40 %");
    }

    @Test
    void theLearningChainOfThePracticeSaysTheActionsStatusAndProgressAreNotStated() {
        long practice = json(mvc.get().uri("/api/v1/projects/{key}/practices", key).exchange()).at("/content/0/id").asLong();
        MvcTestResult chain = mvc.get().uri("/projects/{key}/practices/{id}/chain", key, practice).exchange();

        assertThat(chain).hasStatusOk();
        assertThat(PageText.ofMain(PageText.html(chain))).contains("Status not stated, progress not stated");
    }

    @Test
    void theDocxAndPdfSayTheStatusAndProgressAreNotStated() throws IOException {
        MvcTestResult docx = mvc.get().uri("/projects/{key}/action-plans/{id}/document.docx", key, planId).exchange();
        assertThat(docx).hasStatusOk();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertThat(extractor.getText()).contains("Status not stated", "progress not stated", "40 %")
                    .contains("actions whose progress is not stated are left out");
        }

        MvcTestResult pdf = mvc.get().uri("/projects/{key}/action-plans/{id}/document.pdf", key, planId).exchange();
        assertThat(pdf).hasStatusOk();
        try (PDDocument document = Loader.loadPDF(pdf.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Status not stated", "progress not stated");
        }
    }

    @Test
    void aPlanWhoseOnlyCountedActionHasNoProgressSaysItsProgressIsNotStated() {
        ObjectNode exported = ApiTestProjects.exportOf(mvc, key);
        ((tools.jackson.databind.node.ArrayNode) exported.at("/actionPlans/0/actions")).remove(1);
        assertThat(ApiTestProjects.importDocument(mvc, exported)).hasStatus(HttpStatus.OK);

        assertThat(plan().get("progress").isNull()).isTrue();
        assertThat(PageText.ofMain(PageText.html(mvc.get().uri("/projects/{key}/action-plans/{id}", key, planId).exchange())))
                .contains("Progress of the plan: Progress not stated");
    }

    @Test
    void theApiAddsAndEditsAnActionWithoutStatusWithoutInventingOne() {
        String actions = "/api/v1/projects/" + key + "/action-plans/" + planId + "/actions";
        MvcTestResult added = send(mvc.post().uri(actions), "{\"title\": \"Written without status\"}");
        assertThat(added).hasStatus(HttpStatus.CREATED);
        assertThat(json(added).get("status").isNull()).isTrue();
        assertThat(json(added).get("progress").isNull()).isTrue();

        MvcTestResult edited = send(mvc.put().uri(actions + "/{id}", json(added).get("id").asLong()),
                "{\"title\": \"Now with a status\", \"status\": \"DONE\", \"version\": " + json(added).get("version").asLong() + "}");
        assertThat(edited).hasStatusOk();
        assertThat(json(edited).get("status").asString()).isEqualTo("DONE");
        assertThat(json(edited).get("progress").isNull()).isTrue();
        assertThat(send(mvc.post().uri(actions), "{\"title\": \"Done at half\", \"status\": \"DONE\", \"progress\": 50}"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.errors[0].code")
                .isEqualTo("action.done.fullProgress");
    }

    @Test
    void theFormKeepsAnUnknownStatusUnlessThePersonChoosesOne() {
        String edit = "/projects/" + key + "/action-plans/" + planId + "/actions/" + unknownId + "/edit";
        String form = PageText.html(mvc.get().uri(edit).exchange());
        // The first option, and none chosen: the browser shows "Not stated".
        assertThat(form).containsPattern("name=\"status\"[^>]*>\\s*<option value=\"\">Not stated</option>")
                .doesNotContain("selected=\"selected\"").contains("name=\"progress\" value=\"\"");

        long version = plan().at("/actions/0/version").asLong();
        assertThat(mvc.post().uri(edit).formField("title", "Status not public").formField("status", "")
                .formField("progress", "").formField("background", "PRACTICE:" + practiceId())
                .formField("version", "" + version)).hasStatus3xxRedirection();
        assertThat(plan().at("/actions/0/status").isNull()).isTrue();
        assertThat(plan().at("/actions/0/progress").isNull()).isTrue();

        version = plan().at("/actions/0/version").asLong();
        assertThat(mvc.post().uri(edit).formField("title", "Status not public").formField("status", "IN_PROGRESS")
                .formField("progress", "").formField("version", "" + version)).hasStatus3xxRedirection();
        assertThat(plan().at("/actions/0/status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(plan().at("/actions/0/progress").isNull()).isTrue();

        MvcTestResult cleared = mvc.post().uri(edit).formField("title", "Status not public").formField("status", "")
                .formField("version", "" + plan().at("/actions/0/version").asLong()).exchange();
        assertThat(cleared).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.html(cleared)).contains("is required");
    }

    @Test
    void aNewActionOnTheFormNeedsAStatusAndReportsItWithEveryOtherProblem() {
        MvcTestResult refused = mvc.post().uri("/projects/{key}/action-plans/{id}/actions/new", key, planId)
                .formField("title", "").formField("status", "").formField("progress", "120").exchange();

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        String html = PageText.html(refused);
        assertThat(html).contains("id=\"status-error\"", "id=\"title-error\"", "must be a whole number from 0 to 100");
        assertThat(plan().get("actions")).hasSize(3);
    }

    @Test
    void aMonitoringUpdateOfAnActionWithoutStatusLeavesItsStatusUnknown() {
        MvcTestResult update = send(mvc.post().uri("/api/v1/projects/{key}/action-plans/{id}/actions/{actionId}/updates",
                key, planId, unknownId), "{\"semester\": 5, \"date\": \"2020-03-01\", \"done\": \"Permits online\"}");

        assertThat(update).hasStatus(HttpStatus.CREATED);
        assertThat(plan().at("/actions/0/updates/0/done").asString()).isEqualTo("Permits online");
        assertThat(plan().at("/actions/0/status").isNull()).isTrue();
    }

    @Test
    void aMonitoringUpdateMayStateTheActionsStatusAndProgressUnderTheActionsRules() {
        String updates = "/api/v1/projects/" + key + "/action-plans/" + planId + "/actions/{actionId}/updates";
        long halfWay = plan().at("/actions/1/id").asLong();
        MvcTestResult abandoned = send(mvc.post().uri(updates, unknownId),
                "{\"semester\": 5, \"date\": \"2020-03-01\", \"done\": \"Stopped\", \"status\": \"ABANDONED\", \"progress\": 101}");
        assertThat(abandoned).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(json(abandoned).findValuesAsString("code")).containsExactlyInAnyOrder("actionPlan.update.abandon",
                "action.progress.range");
        assertThat(send(mvc.post().uri(updates, halfWay),
                "{\"semester\": 5, \"date\": \"2020-03-01\", \"done\": \"Finished\", \"status\": \"DONE\"}"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.errors[0].code")
                .isEqualTo("action.done.fullProgress");

        assertThat(send(mvc.post().uri(updates, unknownId),
                "{\"semester\": 5, \"date\": \"2020-03-01\", \"done\": \"Permits online\", \"status\": \"IN_PROGRESS\", \"progress\": 70}"))
                .hasStatus(HttpStatus.CREATED);
        assertThat(plan().at("/actions/0/status").asString()).isEqualTo("IN_PROGRESS");
        assertThat(plan().at("/actions/0/progress").asInt()).isEqualTo(70);
        assertThat(plan().get("progress").asInt()).isEqualTo(55);
    }

    @Test
    void theUpdateFormOffersToLeaveAnUnknownStatusUnchanged() {
        MvcTestResult form = mvc.get().uri("/projects/{key}/action-plans/{id}/actions/{actionId}/updates/new", key, planId, unknownId)
                .exchange();

        assertThat(form).hasStatusOk();
        assertThat(PageText.html(form)).contains("Unchanged (not stated)", "leave empty while it is not known")
                .doesNotContain(">Abandoned<");
        assertThat(mvc.post().uri("/projects/{key}/action-plans/{id}/actions/{actionId}/updates/new", key, planId, unknownId)
                .formField("semester", "6").formField("date", "2020-09-01").formField("done", "Reported")
                .formField("status", "").formField("progress", "")).hasStatus3xxRedirection();
        assertThat(plan().at("/actions/0/status").isNull()).isTrue();
        assertThat(plan().at("/actions/0/updates/0/done").asString()).isEqualTo("Reported");
    }

    private JsonNode plan() {
        return json(mvc.get().uri("/api/v1/projects/{key}/action-plans", key).exchange()).get(0);
    }

    private long practiceId() {
        return json(mvc.get().uri("/api/v1/projects/{key}/practices", key).exchange()).at("/content/0/id").asLong();
    }

    private static MvcTestResult send(MockMvcRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
