package eu.practicehub.challenge.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.web.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

@PageTest
class ChallengeApiTests {

    static final String CHALLENGE = """
            {"partner": "Tartu", "title": "Digital services for citizens",
             "description": "Citizens should reach the city's e-services online.",
             "themes": ["Digital services to citizens"]}""";

    @Autowired
    MockMvcTester mvc;

    String key;

    @BeforeEach
    void copyBetter() {
        key = ApiTestProjects.copyOfBetter(mvc, "CHALLENGE-API");
    }

    @Test
    void recordsAChallengeAndListsItsSuggestionsWithTheirReasons() {
        MvcTestResult created = post("/challenges", CHALLENGE);
        assertThat(created).hasStatus(HttpStatus.CREATED);
        JsonNode challenge = ApiTestProjects.json(created);
        long id = challenge.get("id").asLong();
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/projects/" + key + "/challenges/" + id);
        assertThat(challenge.get("themes").get(0).asString()).isEqualTo("Digital services to citizens");

        assertThat(mvc.get().uri("/api/v1/projects/{key}/challenges", key).exchange()).bodyJson()
                .extractingPath("$[0].title").isEqualTo("Digital services for citizens");
        MvcTestResult suggestions = mvc.get().uri("/api/v1/projects/{key}/challenges/{id}/suggestions", key, id).exchange();
        assertThat(suggestions).hasStatusOk();
        JsonNode best = ApiTestProjects.json(suggestions).get(0);
        assertThat(best.get("title").asString()).isEqualTo("Digital Citizen Folder");
        assertThat(best.get("owner").asString()).isEqualTo("Genoa");
        assertThat(best.get("score").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(best.get("sharedThemes").get(0).asString()).isEqualTo("Digital services to citizens");
        assertThat(best.get("matchedTerms").isArray()).isTrue();
        assertThat(best.get("practiceId").asLong()).isPositive();
    }

    @Test
    void turnsASuggestionIntoATransferAndRefusesASecondOneWhileItIsOpen() {
        long id = ApiTestProjects.json(post("/challenges", CHALLENGE)).get("id").asLong();
        long practice = ApiTestProjects.json(mvc.get().uri("/api/v1/projects/{key}/challenges/{id}/suggestions", key, id)
                .exchange()).get(0).get("practiceId").asLong();
        String path = "/challenges/" + id + "/suggestions/" + practice + "/transfer";

        assertThat(post(path, """
                {"by": "Kalle Kask, Tartu"}""")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
                .extractingPath("$.errors[0].code").isEqualTo("transfer.by.refused");
        MvcTestResult started = mvc.post().uri("/api/v1/projects/" + key + path).exchange();

        assertThat(started).hasStatus(HttpStatus.CREATED);
        long transfer = ApiTestProjects.json(started).get("id").asLong();
        assertThat(started.getResponse().getHeader("Location")).endsWith("/api/v1/projects/" + key + "/transfers/" + transfer);
        assertThat(mvc.get().uri("/api/v1/projects/{key}/transfers/{id}", key, transfer).exchange()).bodyJson()
                .isLenientlyEqualTo("""
                        {"importer": "Tartu", "moves": [{"to": "UNDERSTAND", "by": "Test administrator", "byAccountId": 0}]}""");
        assertThat(mvc.get().uri("/api/v1/projects/{key}/challenges/{id}/suggestions", key, id).exchange()).bodyJson()
                .extractingPath("$[0].transferStage").isEqualTo("UNDERSTAND");
        assertThat(post(path, "{}")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
                .extractingPath("$.errors[0].message")
                .isEqualTo("“Digital Citizen Folder” is already being transferred to Tartu; move that transfer on or drop it first");
    }

    @Test
    void replacesWithTheVersionReadAndDeletes() {
        JsonNode challenge = ApiTestProjects.json(post("/challenges", CHALLENGE));
        long id = challenge.get("id").asLong();
        String replaced = """
                {"partner": "Tartu", "title": "Online services", "themes": [], "version": %d}""";

        MvcTestResult updated = mvc.put().uri("/api/v1/projects/{key}/challenges/{id}", key, id)
                .contentType(MediaType.APPLICATION_JSON).content(replaced.formatted(challenge.get("version").asLong())).exchange();
        assertThat(updated).hasStatusOk().bodyJson().extractingPath("$.title").isEqualTo("Online services");
        assertThat(mvc.put().uri("/api/v1/projects/{key}/challenges/{id}", key, id).contentType(MediaType.APPLICATION_JSON)
                .content(replaced.formatted(challenge.get("version").asLong())).exchange()).hasStatus(HttpStatus.CONFLICT);

        long version = ApiTestProjects.json(updated).get("version").asLong();
        assertThat(mvc.delete().uri("/api/v1/projects/{key}/challenges/{id}?version={v}", key, id, version).exchange())
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.get().uri("/api/v1/projects/{key}/challenges/{id}", key, id).exchange())
                .hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.detail")
                .isEqualTo("There is no challenge with id " + id + " in this project.");
    }

    @Test
    void answersBrokenRulesWith422() {
        assertThat(post("/challenges", """
                {"partner": "Atlantis", "title": "", "themes": ["Space travel"]}""")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson().extractingPath("$.errors[0].field").isEqualTo("partner");
    }

    private MvcTestResult post(String path, String json) {
        return mvc.post().uri("/api/v1/projects/" + key + path).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }
}
