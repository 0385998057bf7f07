package eu.practicehub.history.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.history.HistoryFixtures;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

@PageTest
class HistoryApiTests {

    private static String key;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    PracticeService practices;

    @Test
    void listsTheVersionsOfAPracticeWithTheirDifferencesPaged() {
        Practice practice = changedPractice("Api");

        JsonNode page = ApiTestProjects.json(mvc.get().uri("/api/v1/projects/" + key() + "/practices/{id}/history?size=1",
                practice.getId()).exchange());

        assertThat(page.at("/page/totalElements").asLong()).isEqualTo(2);
        assertThat(page.at("/page/size").asInt()).isEqualTo(1);
        JsonNode latest = page.at("/content/0");
        assertThat(latest.get("type").asString()).isEqualTo("CHANGED");
        assertThat(latest.get("actor").asString()).isEqualTo("system");
        assertThat(latest.get("changedAt").asString()).endsWith("Z");
        JsonNode summary = latest.get("changes").valueStream().filter(c -> c.get("field").asString().equals("summary"))
                .findFirst().orElseThrow();
        assertThat(summary.get("label").asString()).isEqualTo("Summary");
        assertThat(summary.get("oldValue").asString()).isEqualTo("First summary");
        assertThat(summary.get("newValue").asString()).isEqualTo("Second summary");
    }

    @Test
    void restoresAVersionWithTheVersionReadAndRefusesAStaleOne() {
        Practice practice = changedPractice("Api restore");
        long first = ApiTestProjects.json(mvc.get().uri("/api/v1/projects/" + key() + "/practices/{id}/history", practice.getId())
                .exchange()).at("/content/1/revision").asLong();

        MvcTestResult stale = restore(practice.getId(), first, "{\"version\": " + (practice.getVersion() - 1) + "}");
        assertThat(stale).hasStatus(HttpStatus.CONFLICT).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(restore(practice.getId(), first, "{}")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(practices.practice(project(), practice.getId()).getSummary()).isEqualTo("Second summary");

        MvcTestResult restored = restore(practice.getId(), first, "{\"version\": " + practice.getVersion() + "}");

        assertThat(restored).hasStatusOk();
        assertThat(ApiTestProjects.json(restored).get("version").asLong()).isGreaterThan(practice.getVersion());
        assertThat(practices.practice(project(), practice.getId()).getSummary()).isEqualTo("First summary");
    }

    @Test
    void aRestoreOfARevisionThatIsNotOneOfTheRecordsVersionsIsNotFoundAndChangesNothing() {
        Practice practice = changedPractice("Revision zero");
        Practice other = changedPractice("Other record");
        long othersNewest = ApiTestProjects.json(mvc.get().uri("/api/v1/projects/" + key() + "/practices/{id}/history",
                other.getId()).exchange()).at("/content/0/revision").asLong();

        for (long revision : new long[] {0, -1, Long.MIN_VALUE, othersNewest, 99_999_999, Long.MAX_VALUE}) {
            MvcTestResult result = restore(practice.getId(), revision, "{\"version\": " + practice.getVersion() + "}");
            assertThat(result).as("revision " + revision).hasStatus(HttpStatus.NOT_FOUND).contentType()
                    .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        }
        assertThat(practices.practice(project(), practice.getId()).getVersion()).isEqualTo(practice.getVersion());
    }

    @Test
    void answersTheHistoryOfAnUnknownRecordWith404() {
        assertThat(mvc.get().uri("/api/v1/projects/" + key() + "/events/999999/history")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/projects/" + key() + "/transfers/999999/history")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/projects/" + key() + "/action-plans/999999/history")).hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult restore(long id, long revision, String body) {
        return mvc.post().uri("/api/v1/projects/" + key() + "/practices/{id}/history/{rev}/restore", id, revision)
                .contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private Practice changedPractice(String prefix) {
        return HistoryFixtures.practiceChangedOnce(practices, project(), HistoryFixtures.freshTitle(prefix));
    }

    /** A copy of BETTER of this class's own, so that the demo project's figures stay as other tests expect them. */
    private String key() {
        if (key == null || projects.projects().stream().noneMatch(p -> p.getKey().equals(key))) {
            key = ApiTestProjects.copyOfBetter(mvc, "HISTORY-API");
        }
        return key;
    }

    private Project project() {
        return projects.project(key());
    }
}
