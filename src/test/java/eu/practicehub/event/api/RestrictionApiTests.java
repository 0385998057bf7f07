package eu.practicehub.event.api;

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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The restrictions API, its CSV import, the travel rule on event writes, events at risk and resolving them. */
@PageTest
class RestrictionApiTests {

    static final String SWEDEN = """
            {"country": "SE", "from": "2022-10-03", "to": "2022-10-07", "level": "RESTRICTED",
             "note": "Test restriction", "source": "https://example.org/se"}""";

    @Autowired
    MockMvcTester mvc;

    String key;

    @BeforeEach
    void copyBetter() {
        key = ApiTestProjects.copyOfBetter(mvc, "RESTRICTION-API");
    }

    @Test
    void recordsReadsListsByCountryReplacesAndDeletesARestriction() {
        MvcTestResult created = post("/restrictions", SWEDEN);
        assertThat(created).hasStatus(HttpStatus.CREATED);
        JsonNode restriction = ApiTestProjects.json(created);
        long id = restriction.get("id").asLong();
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/projects/" + key + "/restrictions/" + id);
        assertThat(restriction.get("from").asString()).isEqualTo("2022-10-03");

        assertThat(mvc.get().uri("/api/v1/projects/{key}/restrictions?country=se&sort=from,desc", key).exchange()).bodyJson()
                .hasPathSatisfying("$.page.totalElements", v -> v.assertThat().isEqualTo(2))
                .extractingPath("$.content[0].note").isEqualTo("Test restriction");

        String replacement = SWEDEN.replace("2022-10-07", "2022-10-09").replace("}", ", \"version\": " + restriction.get("version") + "}");
        assertThat(put("/restrictions/" + id, replacement)).hasStatusOk().bodyJson().extractingPath("$.to").isEqualTo("2022-10-09");
        assertThat(put("/restrictions/" + id, replacement)).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .extractingPath("$.currentVersion").isEqualTo(restriction.get("version").asInt() + 1);
        assertThat(mvc.delete().uri("/api/v1/projects/{key}/restrictions/{id}?version=0", key, id).exchange())
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.delete().uri("/api/v1/projects/{key}/restrictions/{id}?version=1", key, id).exchange())
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.get().uri("/api/v1/projects/{key}/restrictions/{id}", key, id).exchange())
                .hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.detail")
                .isEqualTo("There is no restriction with id " + id + " in this project.");
    }

    @Test
    void answersBrokenRulesWith422AndUnreadableValuesWith400() {
        MvcTestResult broken = post("/restrictions", """
                {"country": "XX", "from": "2022-10-03", "to": "2022-10-01", "level": "RESTRICTED", "source": "nope"}""");
        assertThat(broken).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        JsonNode errors = ApiTestProjects.json(broken).get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString())).containsExactlyInAnyOrder("country", "to", "source");
        assertThat(errors.valueStream().map(e -> e.get("message").asString())).contains(
                "“XX” is not an ISO 3166-1 alpha-2 country code (such as IT, SE or GB)", "the restriction ends before it starts");

        assertThat(post("/restrictions", SWEDEN.replace("RESTRICTED", "CLOSED"))).hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson().extractingPath("$.detail").asString().contains("level");
        assertThat(post("/restrictions", SWEDEN.replace("2022-10-03", "3 October"))).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(put("/restrictions/1", SWEDEN)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("version");
        assertThat(mvc.get().uri("/api/v1/projects/{key}/restrictions?sort=note", key).exchange()).hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void importsCsvAllOrNothingWithEveryProblemAtItsLineAndColumn() {
        MvcTestResult imported = csv("""
                country,from,to,level,note,source
                IT,2022-09-01,2022-09-30,RESTRICTED,"Strike, with a comma",https://example.org/it
                SE,2022-10-01,2022-10-02,ADVISORY,,
                """);
        assertThat(imported).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.added").isEqualTo(2);

        MvcTestResult refused = csv("""
                country,from,to,level,note,source
                IT,2022-11-01,2022-11-30,RESTRICTED,,
                FR,2022-11-01,yesterday,RESTRICTED,,
                """);
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        JsonNode errors = ApiTestProjects.json(refused).get("errors");
        assertThat(errors.valueStream().map(e -> e.get("field").asString())).containsExactly("lines[3].to");
        assertThat(errors.get(0).get("message").asString()).isEqualTo("“yesterday” is not a date such as 2020-03-09");
        assertThat(mvc.get().uri("/api/v1/projects/{key}/restrictions?country=IT", key).exchange()).bodyJson()
                .extractingPath("$.page.totalElements").isEqualTo(2);
    }

    @Test
    void refusesAnInPersonEventWhileTravelIsRestrictedAndShowsHybridVisitorsJoiningOnline() {
        post("/restrictions", SWEDEN);
        String event = """
                {"type": "STUDY_VISIT", "title": "Study visit in Genoa, autumn 2022", "start": "2022-10-07", "end": "2022-10-08",
                 "host": "Genoa", "participants": ["Gävle", "Tartu"], "mode": "IN_PERSON", "status": "PLANNED"}""";

        MvcTestResult refused = post("/events", event);
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        JsonNode error = ApiTestProjects.json(refused).get("errors").get(0);
        assertThat(error.get("field").asString()).isEqualTo("mode");
        assertThat(error.get("message").asString()).isEqualTo("Travel is restricted in Sweden (SE) from 3 October 2022"
                + " to 7 October 2022: hold the event virtually or hybrid, or move it");

        MvcTestResult hybrid = post("/events", event.replace("IN_PERSON", "HYBRID"));
        assertThat(hybrid).hasStatus(HttpStatus.CREATED);
        assertThat(ApiTestProjects.json(hybrid).get("joiningOnline").valueStream().map(JsonNode::asString))
                .containsExactly("Gävle");
        assertThat(post("/events", event.replace("IN_PERSON", "VIRTUAL").replace("autumn", "late autumn")))
                .hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.joiningOnline").asArray().isEmpty();
    }

    @Test
    void listsEventsAtRiskAndAppliesASuggestionWithTheVersionRead() {
        MvcTestResult planned = post("/events", """
                {"type": "STUDY_VISIT", "title": "Study visit in Genoa, October 2022", "start": "2022-10-05", "end": "2022-10-05",
                 "host": "Genoa", "participants": ["Gävle"], "mode": "IN_PERSON", "status": "PLANNED"}""");
        long id = ApiTestProjects.json(planned).get("id").asLong();
        post("/restrictions", SWEDEN);

        JsonNode risk = atRisk(id);
        assertThat(risk.get("restrictions").get(0).get("country").asString()).isEqualTo("SE");
        assertThat(risk.get("restrictions").get(0).get("partners").get(0).asString()).isEqualTo("Gävle");
        assertThat(risk.get("suggestions").valueStream().map(JsonNode::asString))
                .containsExactly("SWITCH_TO_VIRTUAL", "SWITCH_TO_HYBRID", "POSTPONE");
        long version = risk.get("version").asLong();

        assertThat(post("/events/" + id + "/resolve", "{\"resolution\": \"SWITCH_TO_HYBRID\", \"version\": " + (version + 5) + "}"))
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(post("/events/" + id + "/resolve", "{\"resolution\": \"MOVE\", \"version\": " + version + "}"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        MvcTestResult resolved = post("/events/" + id + "/resolve", "{\"resolution\": \"SWITCH_TO_HYBRID\", \"version\": " + version + "}");
        assertThat(resolved).hasStatusOk().bodyJson().extractingPath("$.mode").isEqualTo("HYBRID");
        assertThat(ApiTestProjects.json(resolved).get("joiningOnline").get(0).asString()).isEqualTo("Gävle");
        assertThat(atRisk(id)).isNull();
        assertThat(post("/events/" + id + "/resolve", "{\"resolution\": \"POSTPONE\", \"version\": " + (version + 1) + "}"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.errors[0].field").isEqualTo("resolution");
    }

    @Test
    void exportsTheRestrictionsAndImportsThemBackEqualOrRefusesABadOneAtItsPath() {
        post("/restrictions", SWEDEN);
        ObjectNode document = ApiTestProjects.exportOf(mvc, key);
        assertThat(document.get("restrictions")).hasSize(6);
        assertThat(ApiTestProjects.importDocument(mvc, document)).hasStatusOk();
        assertThat(ApiTestProjects.exportOf(mvc, key)).isEqualTo(document);

        ObjectNode broken = document.deepCopy();
        ArrayNode restrictions = (ArrayNode) broken.get("restrictions");
        ((ObjectNode) restrictions.get(2)).put("country", "ZZ");
        ((ObjectNode) restrictions.get(3)).put("level", "SEVERE");
        ((ObjectNode) restrictions.get(4)).put("to", "2019-01-01");
        restrictions.remove(0);
        MvcTestResult refused = ApiTestProjects.importDocument(mvc, broken);
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(ApiTestProjects.json(refused).get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("restrictions[1].country", "restrictions[2].level", "restrictions[3].to");
        assertThat(ApiTestProjects.exportOf(mvc, key)).isEqualTo(document);
    }

    private JsonNode atRisk(long eventId) {
        JsonNode list = ApiTestProjects.json(mvc.get().uri("/api/v1/projects/{key}/events/at-risk", key).exchange());
        return list.valueStream().filter(e -> e.get("eventId").asLong() == eventId).findFirst().orElse(null);
    }

    private MvcTestResult csv(String body) {
        return mvc.post().uri("/api/v1/projects/" + key + "/restrictions/import").contentType("text/csv").content(body).exchange();
    }

    private MvcTestResult post(String path, String body) {
        return mvc.post().uri("/api/v1/projects/" + key + path).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult put(String path, String body) {
        return mvc.put().uri("/api/v1/projects/" + key + path).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
