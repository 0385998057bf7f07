package eu.practicehub.project.api;

import static eu.practicehub.ApiTestProjects.json;
import static eu.practicehub.ApiTestProjects.tree;
import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.web.PageTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

@SpringBootTest
@AutoConfigureMockMvc
@Import(PageTest.FixedClock.class)
@Tag("database")
class ProjectApiTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void listsTheBetterProjectWithItsProgrammeAndStartDate() {
        JsonNode projects = json(mvc.get().uri("/api/v1/projects?q=BETTER").exchange()).get("content");
        assertThat(projects.valueStream().filter(p -> p.get("key").asString().equals("BETTER")))
                .containsExactly(tree("""
                        {"key": "BETTER", "name": "BETTER", "programme": "Interreg Europe 2014-2020",
                         "programmeSlug": "interreg-europe-2014-2020", "startDate": "2019-08-01", "endDate": "2023-07-31",
                         "status": "RUNNING", "partners": 5}
                        """));
    }

    @Test
    void showsAProjectWithItsPhasesAndEightSemestersOfSixMonths() {
        JsonNode project = json(mvc.get().uri("/api/v1/projects/BETTER").exchange());
        assertThat(project.get("phases")).isEqualTo(tree("""
                [{"name": "Learning phase", "startDate": "2019-08-01", "endDate": "2022-07-31"},
                 {"name": "Monitoring phase", "startDate": "2022-08-01", "endDate": "2023-07-31"}]
                """));
        assertThat(project.get("semesters")).hasSize(8);
        assertThat(project.at("/semesters/4")).isEqualTo(tree("""
                {"number": 5, "start": "2021-08-01", "end": "2022-01-31"}
                """));
        assertThat(project.get("currentSemester")).isEqualTo(tree("""
                {"number": 5, "start": "2021-08-01", "end": "2022-01-31"}
                """));
    }

    @Test
    void listsThePartnersLeadPartnerFirstWithCountryRegionAndTimeZone() {
        JsonNode partners = json(mvc.get().uri("/api/v1/projects/BETTER/partners").exchange());
        assertThat(partners.valueStream().map(p -> p.get("shortName").asString()))
                .containsExactly("Genoa", "Gävle", "Birmingham", "Tartu", "Nyíregyháza");
        assertThat(partners.valueStream().map(p -> p.get("role").asString()))
                .containsExactly("LEAD", "PARTNER", "PARTNER", "PARTNER", "PARTNER");
        assertThat(((ObjectNode) partners.get(0)).without("id")).isEqualTo(tree("""
                {"shortName": "Genoa", "name": "Municipality of Genoa", "country": "IT", "nutsCode": "ITC33",
                 "role": "LEAD", "organisationType": "CITY", "timeZone": "Europe/Rome", "contact": {"name": null, "email": null}, "website": null}
                """));
    }

    @Test
    void showsOnePartnerById() {
        JsonNode partners = json(mvc.get().uri("/api/v1/projects/BETTER/partners").exchange());
        long tartu = partners.valueStream().filter(p -> p.get("shortName").asString().equals("Tartu"))
                .findFirst().orElseThrow().get("id").asLong();
        assertThat(mvc.get().uri("/api/v1/projects/BETTER/partners/{id}", tartu)).hasStatusOk().bodyJson()
                .isLenientlyEqualTo("""
                        {"id": %d, "shortName": "Tartu", "name": "Tartu City Government", "country": "EE"}
                        """.formatted(tartu));
    }

    @Test
    void answersAnUnknownProjectWithANotFoundProblem() {
        assertThat(mvc.get().uri("/api/v1/projects/NO-SUCH-PROJECT")).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson().isLenientlyEqualTo("""
                        {"status": 404, "title": "Not Found", "instance": "/api/v1/projects/NO-SUCH-PROJECT",
                         "detail": "There is no project with key “NO-SUCH-PROJECT”."}
                        """);
    }

    @Test
    void answersAPartnerIdTheProjectDoesNotHaveWithANotFoundProblem() {
        assertThat(mvc.get().uri("/api/v1/projects/BETTER/partners/999999")).hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().extractingPath("$.detail").isEqualTo("There is no partner with id 999999 in this project.");
    }
}
