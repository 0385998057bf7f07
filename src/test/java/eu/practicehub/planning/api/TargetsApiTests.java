package eu.practicehub.planning.api;

import static eu.practicehub.ApiTestProjects.json;
import static eu.practicehub.ApiTestProjects.tree;
import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class TargetsApiTests {

    @Autowired
    MockMvcTester mvc;

    String key;

    @BeforeEach
    void copyBetter() {
        key = ApiTestProjects.copyOfBetter(mvc, "TARGETS");
    }

    @Test
    void readsThePlanWithItsVersionAndTheProgressAgainstIt() {
        JsonNode plan = json(mvc.get().uri("/api/v1/projects/{key}/targets", key).exchange());

        assertThat(plan.get("targets")).isEqualTo(tree("""
                {"STUDY_VISITS": 10, "IMPORT_WORKSHOPS": 5, "REGIONAL_EVENTS": 5, "ACTION_PLANS_ENDORSED": 5}
                """));
        assertThat(plan.get("progress")).hasSize(11);
        assertThat(plan.at("/progress/1")).isEqualTo(tree("""
                {"measure": "STUDY_VISITS", "target": 10, "achieved": 3, "planned": 0, "remaining": 7}
                """));
    }

    @Test
    void replacesThePlanAndRefusesASecondWriteBasedOnTheOldVersion() {
        long version = json(mvc.get().uri("/api/v1/projects/{key}/targets", key).exchange()).get("version").asLong();

        MvcTestResult saved = put("/api/v1/projects/{key}/targets", """
                {"version": %d, "targets": {"STUDY_VISITS": 12, "PEER_REVIEWS": 2, "REGIONAL_EVENTS": null}}
                """.formatted(version));
        MvcTestResult stale = put("/api/v1/projects/{key}/targets", """
                {"version": %d, "targets": {"STUDY_VISITS": 1}}
                """.formatted(version));

        assertThat(saved).hasStatusOk();
        assertThat(json(saved).get("targets")).isEqualTo(tree("""
                {"STUDY_VISITS": 12, "PEER_REVIEWS": 2}
                """));
        assertThat(json(saved).get("version").asLong()).isGreaterThan(version);
        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        assertThat(json(mvc.get().uri("/api/v1/projects/{key}/targets", key).exchange()).get("targets"))
                .isEqualTo(json(saved).get("targets"));
    }

    @Test
    void setsASemestersTargetsThatTheSemesterThenShows() {
        MvcTestResult saved = put("/api/v1/projects/{key}/semesters/7/targets", """
                {"version": 0, "targets": {"REGIONAL_EVENTS": 3, "ACTION_PLANS_ENDORSED": 5}}
                """);

        assertThat(saved).hasStatusOk();
        JsonNode semester = json(mvc.get().uri("/api/v1/projects/{key}/semesters/7", key).exchange());
        assertThat(semester.at("/targets/targets")).isEqualTo(tree("""
                {"REGIONAL_EVENTS": 3, "ACTION_PLANS_ENDORSED": 5}
                """));
        assertThat(semester.at("/progress/inSemester/5/remaining").asInt()).isEqualTo(3);
        assertThat(put("/api/v1/projects/{key}/semesters/7/targets", """
                {"version": 0, "targets": {"REGIONAL_EVENTS": 4}}
                """)).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.status").isEqualTo(409);
    }

    @Test
    void refusesTargetsThatAreNegativeNotNumbersTooLargeOrNoMeasureListingEachAndChangesNothing() {
        JsonNode before = json(mvc.get().uri("/api/v1/projects/{key}/semesters/6/targets", key).exchange());

        MvcTestResult refused = put("/api/v1/projects/{key}/semesters/6/targets", """
                {"version": %d, "targets": {"STUDY_VISITS": -1, "IMPORT_WORKSHOPS": "five", "REGIONAL_EVENTS": 10001,
                                            "PEER_REVIEWS": 2.5, "COFFEE_BREAKS": 3, "THEMATIC_EVENTS": 4}}
                """.formatted(before.get("version").asLong()));

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        JsonNode errors = json(refused).get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString())).containsExactlyInAnyOrder(
                "targets.STUDY_VISITS", "targets.IMPORT_WORKSHOPS", "targets.REGIONAL_EVENTS", "targets.PEER_REVIEWS",
                "targets.COFFEE_BREAKS");
        assertThat(errors.valueStream().map(e -> e.get("message").asString())).contains("cannot be negative",
                "must be a whole number such as 5, not “five”", "must be at most 10000");
        assertThat(json(mvc.get().uri("/api/v1/projects/{key}/semesters/6/targets", key).exchange())).isEqualTo(before);
    }

    @Test
    void refusesTargetsWithoutAVersion() {
        assertThat(put("/api/v1/projects/{key}/targets", """
                {"targets": {"STUDY_VISITS": 1}}
                """)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("version");
    }

    @Test
    void answersTheTargetsOfASemesterOutsideTheProjectWithNotFound() {
        assertThat(put("/api/v1/projects/{key}/semesters/9/targets", """
                {"version": 0, "targets": {"STUDY_VISITS": 1}}
                """)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/projects/{key}/semesters/0/targets", key)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/projects/NO-SUCH-PROJECT/targets")).hasStatus(HttpStatus.NOT_FOUND);
    }

    private MvcTestResult put(String uri, String body) {
        return mvc.put().uri(uri, key).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
