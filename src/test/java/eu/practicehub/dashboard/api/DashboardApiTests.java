package eu.practicehub.dashboard.api;

import static eu.practicehub.ApiTestProjects.json;
import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.dashboard.DashboardDocuments;
import eu.practicehub.web.PageTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

@PageTest
class DashboardApiTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void answersWithTheSameFiguresAsThePage() {
        JsonNode dashboard = get("/api/v1/projects/BETTER/dashboard");

        assertThat(dashboard.at("/projectKey").asString()).isEqualTo("BETTER");
        assertThat(dashboard.at("/position/today").asString()).isEqualTo("2022-01-15");
        assertThat(dashboard.at("/position/stage").asString()).isEqualTo("RUNNING");
        assertThat(dashboard.at("/position/phase").asString()).isEqualTo("Learning phase");
        assertThat(dashboard.at("/position/semester").asInt()).isEqualTo(5);
        assertThat(dashboard.at("/position/semesters").asInt()).isEqualTo(8);
        assertThat(dashboard.at("/position/semesterEnd").asString()).isEqualTo("2022-01-31");
        assertThat(dashboard.at("/position/daysLeftInSemester").asInt()).isEqualTo(17);
        assertThat(dashboard.at("/position/daysLeftInProject").asInt()).isEqualTo(563);
        assertThat(dashboard.at("/upcomingEvents")).isEmpty();
        assertThat(dashboard.at("/plannedEventsAhead").asInt()).isZero();
        assertThat(dashboard.at("/practicesByOwner/0/name").asString()).isEqualTo("Genoa");
        assertThat(dashboard.at("/practicesByOwner/0/count").asInt()).isEqualTo(5);
        assertThat(dashboard.at("/practicesByOwner")).hasSize(5);
        assertThat(dashboard.at("/practicesByTheme")).hasSize(3);
        assertThat(dashboard.at("/practicesWithoutTheme").asInt()).isEqualTo(4);
        assertThat(dashboard.at("/transfersByStage").valueStream().map(c -> c.get("name").asString() + "=" + c.get("count").asInt()))
                .containsExactly("UNDERSTAND=0", "ADAPT=1", "REUSE=0", "DROPPED=0");
        assertThat(dashboard.at("/actionPlansByStatus/0/name").asString()).isEqualTo("DRAFT");
        assertThat(dashboard.at("/actionPlansByStatus/0/count").asInt()).isEqualTo(1);
    }

    @Test
    void listsUpcomingEventsWithTheirLocalDatesTimeZoneHostAndMode() {
        String key = DashboardDocuments.withPlannedEvents(mvc);
        JsonNode dashboard = get("/api/v1/projects/" + key + "/dashboard");

        assertThat(dashboard.at("/upcomingEvents")).hasSize(5);
        assertThat(dashboard.at("/plannedEventsAhead").asInt()).isEqualTo(7);
        JsonNode withHours = dashboard.at("/upcomingEvents/1");
        assertThat(withHours.get("title").asString()).isEqualTo("Planned with hours");
        assertThat(withHours.get("startDate").asString()).isEqualTo("2022-02-10");
        assertThat(withHours.get("startTime").asString()).startsWith("09:30");
        assertThat(withHours.get("timeZone").asString()).isEqualTo("Europe/Budapest");
        assertThat(withHours.get("host").asString()).isEqualTo("Nyíregyháza");
        assertThat(withHours.get("mode").asString()).isEqualTo("VIRTUAL");
        assertThat(withHours.get("type").asString()).isEqualTo("STUDY_VISIT");
        assertThat(dashboard.at("/upcomingEvents/2/host").asString()).isEqualTo(DashboardDocuments.ODD_PARTNER);
        assertThat(dashboard.at("/transfersByStage").valueStream().mapToInt(c -> c.get("count").asInt()).sum()).isZero();
    }

    @Test
    void answersAnUnknownProjectWithAProblem() {
        MvcTestResult result = mvc.get().uri("/api/v1/projects/NOPE/dashboard").exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private JsonNode get(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return json(result);
    }
}
