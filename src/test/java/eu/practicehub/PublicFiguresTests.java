package eu.practicehub;

import static eu.practicehub.ApiTestProjects.exportOf;
import static eu.practicehub.ApiTestProjects.importDocument;
import static eu.practicehub.ApiTestProjects.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;

import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The figures a visitor without an account sees count only what that visitor may see: they differ
 * from the members' figures by exactly the practice kept out of the public catalogue (with its
 * transfer) and the draft action plan (with the policy instrument it names).
 */
@PageTest
class PublicFiguresTests {

    private static final String HIDDEN_PRACTICE = "E-services at Gävle municipality";

    @Autowired
    MockMvcTester mvc;

    String key;

    @BeforeEach
    void copyBetterWithAPracticeOutOfTheCatalogue() {
        key = ApiTestProjects.copyOfBetter(mvc, "FIGURES");
        ObjectNode document = exportOf(mvc, key);
        document.get("practices").valueStream().filter(p -> p.get("title").asString().equals(HIDDEN_PRACTICE))
                .forEach(p -> ((ObjectNode) p).put("publicVisible", false));
        assertThat(importDocument(mvc, document)).hasStatusOk();
    }

    @Test
    void theIndicatorsOfThePublicLeaveOutTheHiddenPracticeItsTransferAndTheDraftPlan() {
        JsonNode members = get("/api/v1/projects/" + key + "/indicators", false).get("total");
        JsonNode visitors = get("/api/v1/projects/" + key + "/indicators", true).get("total");

        assertThat(members.get("goodPracticesIdentified").asLong() - visitors.get("goodPracticesIdentified").asLong()).isEqualTo(1);
        assertThat(members.get("transfersStarted").asLong() - visitors.get("transfersStarted").asLong()).isEqualTo(1);
        assertThat(members.get("policyInstrumentsAddressed").asLong()).isEqualTo(1);
        assertThat(visitors.get("policyInstrumentsAddressed").asLong()).isZero();
        assertThat(visitors.get("eventsHeld")).isEqualTo(members.get("eventsHeld"));
        assertThat(visitors.get("actionPlansProduced")).isEqualTo(members.get("actionPlansProduced"));

        JsonNode memberSemester = get("/api/v1/projects/" + key + "/indicators?semester=5", false).at("/semesters/0/figures");
        JsonNode visitorSemester = get("/api/v1/projects/" + key + "/indicators?semester=5", true).at("/semesters/0/figures");
        assertThat(memberSemester.get("goodPracticesIdentified").asLong() - visitorSemester.get("goodPracticesIdentified").asLong())
                .isEqualTo(1);
        assertThat(memberSemester.get("transfersStarted").asLong() - visitorSemester.get("transfersStarted").asLong()).isEqualTo(1);
    }

    @Test
    void theDashboardOfThePublicLeavesOutTheHiddenPracticeItsTransferAndTheDraftPlan() {
        JsonNode members = get("/api/v1/projects/" + key + "/dashboard", false);
        JsonNode visitors = get("/api/v1/projects/" + key + "/dashboard", true);

        assertThat(counts(members, "practicesByOwner").get("Gävle") - counts(visitors, "practicesByOwner").get("Gävle")).isEqualTo(1);
        assertThat(counts(visitors, "practicesByOwner").get("Genoa")).isEqualTo(counts(members, "practicesByOwner").get("Genoa"));
        assertThat(counts(members, "transfersByStage").get("ADAPT")).isEqualTo(1);
        assertThat(counts(visitors, "transfersByStage").get("ADAPT")).isZero();
        assertThat(counts(members, "actionPlansByStatus").get("DRAFT")).isEqualTo(1);
        assertThat(counts(visitors, "actionPlansByStatus")).doesNotContainKey("DRAFT")
                .allSatisfy((status, count) -> assertThat(count).isZero());
    }

    @Test
    void theSemesterProgressOfThePublicLeavesOutTheHiddenPracticeAndItsTransfer() {
        Map<String, Long> members = achieved(get("/api/v1/projects/" + key + "/semesters/5", false));
        Map<String, Long> visitors = achieved(get("/api/v1/projects/" + key + "/semesters/5", true));

        assertThat(members.get("PRACTICES_IDENTIFIED") - visitors.get("PRACTICES_IDENTIFIED")).isEqualTo(1);
        assertThat(members.get("TRANSFERS_STARTED") - visitors.get("TRANSFERS_STARTED")).isEqualTo(1);
        assertThat(visitors.get("STUDY_VISITS")).isEqualTo(members.get("STUDY_VISITS"));
    }

    @Test
    void theDashboardPageSaysToMembersThatItsFiguresCountWhatThePublicDoesNotSee() {
        assertThat(PageText.html(mvc.get().uri("/projects/{key}/dashboard", key).exchange()))
                .contains("id=\"members-figures\"");
        assertThat(PageText.html(mvc.get().uri("/projects/{key}/dashboard", key).with(anonymous()).exchange()))
                .doesNotContain("id=\"members-figures\"");
    }

    private JsonNode get(String uri, boolean anonymously) {
        var request = mvc.get().uri(uri);
        MvcTestResult result = anonymously ? request.with(anonymous()).exchange() : request.exchange();
        assertThat(result).hasStatusOk();
        return json(result);
    }

    private static Map<String, Long> counts(JsonNode dashboard, String chart) {
        return dashboard.get(chart).valueStream()
                .collect(Collectors.toMap(c -> c.get("name").asString(), c -> c.get("count").asLong()));
    }

    private static Map<String, Long> achieved(JsonNode semester) {
        return semester.at("/progress/inSemester").valueStream()
                .collect(Collectors.toMap(m -> m.get("measure").asString(), m -> m.get("achieved").asLong()));
    }
}
