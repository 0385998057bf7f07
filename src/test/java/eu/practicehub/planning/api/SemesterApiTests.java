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
