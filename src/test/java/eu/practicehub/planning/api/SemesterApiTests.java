package eu.practicehub.planning.api;

import static eu.practicehub.ApiTestProjects.json;
import static eu.practicehub.ApiTestProjects.tree;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class SemesterApiTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void showsTheFifthSemesterWithItsTwoStudyVisitsAndTheFourPracticesTheyExamined() {
        JsonNode semester = json(mvc.get().uri("/api/v1/projects/BETTER/semesters/5").exchange());
        assertThat(semester.get("number").asInt()).isEqualTo(5);
        assertThat(semester.get("start").asString()).isEqualTo("2021-08-01");
        assertThat(semester.get("end").asString()).isEqualTo("2022-01-31");
        assertThat(semester.get("phase").asString()).isEqualTo("Learning phase");
        assertThat(semester.get("events").valueStream().map(e -> e.get("title").asString()))
                .containsExactly("Study visit hosted by Nyíregyháza", "Study visit hosted by Gävle",
                        "Example: import workshop on the e-services of Gävle");
        assertThat(semester.get("achieved")).isEqualTo(tree("""
                {"heldEvents": {"THEMATIC_EVENT": 0, "STUDY_VISIT": 2, "PEER_REVIEW": 0, "STAFF_EXCHANGE": 0,
                                "IMPORT_WORKSHOP": 1, "REGIONAL_EVENT": 0, "STEERING_COMMITTEE": 0},
                 "practicesExamined": 4}
                """));
    }

    @Test
    void givesTheFifthSemestersTargetsAgainstWhatWasAchievedInItAndThePlanAgainstWhatWasAchievedByItsEnd() {
        JsonNode semester = json(mvc.get().uri("/api/v1/projects/BETTER/semesters/5").exchange());
        assertThat(semester.at("/targets/targets")).isEqualTo(tree("""
                {"STUDY_VISITS": 2}
                """));
        assertThat(semester.at("/targets/version").isNumber()).isTrue();
        assertThat(semester.at("/progress/inSemester")).hasSize(11);
        assertThat(semester.at("/progress/inSemester/1")).isEqualTo(tree("""
                {"measure": "STUDY_VISITS", "target": 2, "achieved": 2, "planned": 0, "remaining": 0}
                """));
        assertThat(semester.at("/progress/inSemester/7")).isEqualTo(tree("""
                {"measure": "PRACTICES_IDENTIFIED", "target": null, "achieved": 4, "planned": 0, "remaining": 0}
                """));
        assertThat(semester.at("/progress/inSemester/8")).isEqualTo(tree("""
                {"measure": "TRANSFERS_STARTED", "target": null, "achieved": 1, "planned": 0, "remaining": 0}
                """));
        assertThat(semester.at("/progress/projectSoFar/1")).isEqualTo(tree("""
                {"measure": "STUDY_VISITS", "target": 10, "achieved": 3, "planned": 0, "remaining": 7}
                """));
        assertThat(semester.at("/progress/projectSoFar/10")).isEqualTo(tree("""
                {"measure": "ACTION_PLANS_ENDORSED", "target": 5, "achieved": 0, "planned": 0, "remaining": 5}
                """));
        assertThat(semester.at("/progress/projectSoFar").valueStream().map(m -> m.get("measure").asString()))
                .containsExactly("THEMATIC_EVENTS", "STUDY_VISITS", "PEER_REVIEWS", "STAFF_EXCHANGES", "IMPORT_WORKSHOPS",
                        "REGIONAL_EVENTS", "STEERING_COMMITTEES", "PRACTICES_IDENTIFIED", "TRANSFERS_STARTED",
                        "TRANSFERS_COMPLETED", "ACTION_PLANS_ENDORSED");
    }

    @Test
    void givesTheSixthSemestersTargetsOfFiveStudyVisitsImportWorkshopsAndRegionalEventsStillToBeHeld() {
        JsonNode semester = json(mvc.get().uri("/api/v1/projects/BETTER/semesters/6").exchange());
        assertThat(semester.at("/targets/targets")).isEqualTo(tree("""
                {"STUDY_VISITS": 5, "IMPORT_WORKSHOPS": 5, "REGIONAL_EVENTS": 5}
                """));
        assertThat(semester.at("/progress/inSemester").valueStream().mapToInt(m -> m.get("remaining").asInt()).sum())
                .isEqualTo(15);
    }

    @Test
    void countsTheStudyVisitOfJuly2021InTheFourthSemester() {
        JsonNode semester = json(mvc.get().uri("/api/v1/projects/BETTER/semesters/4").exchange());
        assertThat(semester.at("/achieved/heldEvents/STUDY_VISIT").asInt()).isEqualTo(1);
        assertThat(semester.at("/achieved/practicesExamined").asInt()).isEqualTo(5);
    }

    @Test
    void placesTheSeventhSemesterInTheMonitoringPhase() {
        JsonNode semester = json(mvc.get().uri("/api/v1/projects/BETTER/semesters/7").exchange());
        assertThat(semester.get("phase").asString()).isEqualTo("Monitoring phase");
        assertThat(semester.get("events")).isEmpty();
    }

    @Test
    void answersASemesterOutsideTheProjectWithANotFoundProblem() {
        assertThat(mvc.get().uri("/api/v1/projects/BETTER/semesters/9")).hasStatus(HttpStatus.NOT_FOUND).bodyJson()
                .extractingPath("$.detail").isEqualTo("This project has no semester 9.");
        assertThat(mvc.get().uri("/api/v1/projects/BETTER/semesters/0")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/api/v1/projects/BETTER/semesters/fifth")).hasStatus(HttpStatus.BAD_REQUEST);
    }
}
