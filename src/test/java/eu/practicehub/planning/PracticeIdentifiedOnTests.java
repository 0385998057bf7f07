package eu.practicehub.planning;

import static eu.practicehub.ApiTestProjects.json;
import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The day a practice was identified, which the targets count: not known unless given, editable, never in the future. */
@PageTest
class PracticeIdentifiedOnTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void aNewPracticeIsIdentifiedWhenTheClientSaysNotTodayByDefaultAndNeverInTheFuture() {
        String key = ApiTestProjects.copyOfBetter(mvc, "IDENTIFIED");

        JsonNode unknown = json(create(key, """
                {"title": "Identified on a day not given", "owner": "Tartu"}
                """));
        JsonNode earlier = json(create(key, """
                {"title": "Identified earlier", "owner": "Tartu", "identifiedOn": "2020-03-02"}
                """));
        MvcTestResult future = create(key, """
                {"title": "Identified tomorrow", "owner": "Tartu", "identifiedOn": "2022-01-16"}
                """);

        assertThat(unknown.get("identifiedOn").isNull()).isTrue();
        assertThat(earlier.get("identifiedOn").asString()).isEqualTo("2020-03-02");
        assertThat(future).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("identifiedOn");
        assertThat(mvc.get().uri("/api/v1/projects/{key}/semesters/2", key)).bodyJson()
                .extractingPath("$.progress.inSemester[7].achieved").isEqualTo(1);
    }

    @Test
    void aDayOutsideTheYearsAProjectCanSpanIsRefusedThroughTheApiAndInAProjectDocument() {
        String key = ApiTestProjects.copyOfBetter(mvc, "IDENTIFIED");

        assertThat(create(key, """
                {"title": "Identified in year one", "owner": "Tartu", "identifiedOn": "0001-01-01"}
                """)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
                .extractingPath("$.errors[0].code").isEqualTo("validation.dateRange");

        ObjectNode document = ApiTestProjects.exportOf(mvc, key);
        ((ObjectNode) document.get("project")).put("key", ApiTestProjects.freshKey("IDENTIFIED"));
        ((ObjectNode) document.get("practices").get(0)).put("identifiedOn", "0001-01-01");
        MvcTestResult imported = ApiTestProjects.importDocument(mvc, document);
        assertThat(imported).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(json(imported).get("errors").toString()).contains("identifiedOn", "validation.dateRange");
    }

    @Test
    void thePracticeFormAndPageShowTheDayItWasIdentified() {
        String key = ApiTestProjects.copyOfBetter(mvc, "IDENTIFIED");
        long id = json(create(key, """
                {"title": "Shown practice", "owner": "Tartu", "identifiedOn": "2021-05-04"}
                """)).get("id").asLong();

        assertThat(PageText.ofMain(PageText.html(mvc.get().uri("/projects/{key}/practices/{id}", key, id).exchange())))
                .contains("Identified on 4 May 2021");
        assertThat(PageText.html(mvc.get().uri("/projects/{key}/practices/{id}/edit", key, id).exchange()))
                .contains("name=\"identifiedOn\" value=\"2021-05-04\"");
    }

    private MvcTestResult create(String key, String body) {
        return mvc.post().uri("/api/v1/projects/{key}/practices", key).contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
    }
}
