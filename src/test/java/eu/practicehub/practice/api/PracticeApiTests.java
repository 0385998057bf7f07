package eu.practicehub.practice.api;

import static eu.practicehub.ApiTestProjects.json;
import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
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
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeApiTests {

    private static final String BETTER_PRACTICES = "/api/v1/projects/BETTER/practices";

    @Autowired
    MockMvcTester mvc;

    String key;
    String practices;

    @BeforeAll
    void copyBetter() {
        key = ApiTestProjects.copyOfBetter(mvc, "PRACTICES");
        practices = "/api/v1/projects/" + key + "/practices";
    }

    @Test
    void filtersTheCatalogueByThemeNameSortedByTitle() {
        JsonNode page = json(mvc.get().uri(BETTER_PRACTICES).param("theme", "Security and resilience").exchange());
        assertThat(titles(page)).containsExactly("Rain and hydrometric level data digital model",
                "Technological update of the local Police operation Center");
        assertThat(page.at("/content/0/themes/0").asString()).isEqualTo("Security and resilience");
    }

    @Test
    void filtersTheCatalogueByOwnerShortNameAndByWords() {
        assertThat(titles(json(mvc.get().uri(BETTER_PRACTICES).param("owner", "Gävle").exchange())))
                .containsExactly("E-services at Gävle municipality", "Service design at Gävle municipality");
        assertThat(titles(json(mvc.get().uri(BETTER_PRACTICES).param("q", "big data").exchange())))
                .containsExactly("Digital tree – Innovation Habitat");
        assertThat(titles(json(mvc.get().uri(BETTER_PRACTICES).param("owner", "Gävle").param("q", "design").exchange())))
                .containsExactly("Service design at Gävle municipality");
    }

    @Test
    void findsNothingForAThemeOrOwnerTheProjectDoesNotHave() {
        assertThat(mvc.get().uri(BETTER_PRACTICES).param("theme", "Tourism")).hasStatusOk().bodyJson()
                .extractingPath("$.page.totalElements").isEqualTo(0);
        assertThat(mvc.get().uri(BETTER_PRACTICES).param("owner", "Rome")).hasStatusOk().bodyJson()
                .extractingPath("$.page.totalElements").isEqualTo(0);
    }

    @Test
    void pagesTheCatalogueWithPageMetadata() {
        JsonNode last = json(mvc.get().uri(BETTER_PRACTICES).param("size", "4").param("page", "2").exchange());
        assertThat(last.get("page")).isEqualTo(ApiTestProjects.tree("""
                {"size": 4, "number": 2, "totalElements": 9, "totalPages": 3}
                """));
        assertThat(titles(last)).containsExactly("Technological update of the local Police operation Center");
    }

    @Test
    void servesAtMostOneHundredPracticesPerPage() {
        assertThat(mvc.get().uri(BETTER_PRACTICES).param("size", "5000")).hasStatusOk().bodyJson()
                .extractingPath("$.page.size").isEqualTo(100);
    }

    @Test
    void showsAPracticeWithAllFieldsItsVersionAndWhereItWasExamined() {
        long id = idOf(BETTER_PRACTICES, "Lego education innovation studio");
        assertThat(mvc.get().uri(BETTER_PRACTICES + "/{id}", id)).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"id": %d, "title": "Lego education innovation studio", "owner": "Nyíregyháza", "themes": [],
                 "summary": "Possibilities of using LEGO® tools for educational and talent development purposes.",
                 "problemAddressed": null, "description": null, "location": "Nyíregyháza", "status": "EXAMINED",
                 "version": 0,
                 "examinedAt": [{"title": "Study visit hosted by Nyíregyháza", "type": "STUDY_VISIT", "status": "HELD",
                                 "startDate": "2021-09-13", "host": "Nyíregyháza"}]}
                """.formatted(id));
    }

    @Test
    void createsAPracticeAndAnswersWithItsLocation() {
        MvcTestResult created = send(mvc.post().uri(practices), """
                {"title": "Open data portal", "owner": "Tartu", "themes": ["Digital services to citizens"],
                 "summary": "City data for everyone.", "website": "https://www.tartu.ee/"}
                """);
        assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().isLenientlyEqualTo("""
                {"title": "Open data portal", "owner": "Tartu", "themes": ["Digital services to citizens"],
                 "summary": "City data for everyone.", "status": "IDENTIFIED", "version": 0, "examinedAt": []}
                """);
        String location = created.getResponse().getHeader("Location");
        assertThat(location).endsWith(practices + "/" + json(created).get("id").asLong());
        assertThat(mvc.get().uri(location)).hasStatusOk().bodyJson().extractingPath("$.title").isEqualTo("Open data portal");
    }

    @Test
    void rejectsAPracticeWithFieldProblemsListingEachAndCreatesNothing() {
        JsonNode before = json(mvc.get().uri(practices).param("size", "100").exchange());
        MvcTestResult rejected = send(mvc.post().uri(practices), """
                {"title": " ", "owner": "Rome", "themes": ["Tourism"], "website": "ftp://example.org"}
                """);
        assertThat(rejected).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(rejected).get("errors")).isEqualTo(ApiTestProjects.tree("""
                [{"field": "title", "code": "validation.required", "message": "is required"},
                 {"field": "website", "code": "validation.webAddress",
                  "message": "must be a web address starting with http:// or https://"},
                 {"field": "owner", "code": "practice.owner.unknown", "message": "there is no partner “Rome” in this project"},
                 {"field": "themes", "code": "practice.theme.unknown", "message": "there is no theme “Tourism” in this project"}]
                """));
        assertThat(json(mvc.get().uri(practices).param("size", "100").exchange())).isEqualTo(before);
    }

    @Test
    void rejectsATitleAnotherPracticeOfTheProjectHas() {
        assertThat(send(mvc.post().uri(practices), """
                {"title": "Segnalaci", "owner": "Genoa"}
                """)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.errors[0].code")
                .isEqualTo("practice.title.taken");
    }

    @Test
    void updatesAPracticeBasedOnItsCurrentVersion() {
        long id = create("Smart parking", "Birmingham");
        MvcTestResult updated = send(mvc.put().uri(practices + "/{id}", id), """
                {"title": "Smart parking sensors", "owner": "Birmingham", "themes": ["Digital services to citizens"],
                 "summary": "Sensors show free places.", "status": "EXAMINED", "version": 0}
                """);
        assertThat(updated).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"id": %d, "title": "Smart parking sensors", "summary": "Sensors show free places.",
                 "themes": ["Digital services to citizens"], "status": "EXAMINED", "version": 1}
                """.formatted(id));
    }

    @Test
    void refusesAnUpdateBasedOnAStaleVersionAndKeepsTheStoredPractice() {
        long id = create("Participatory budgeting", "Tartu");
        assertThat(send(mvc.put().uri(practices + "/{id}", id), """
                {"title": "Participatory budgeting", "owner": "Tartu", "summary": "First edit", "version": 0}
                """)).hasStatusOk();
        JsonNode before = json(mvc.get().uri(practices + "/{id}", id).exchange());

        MvcTestResult stale = send(mvc.put().uri(practices + "/{id}", id), """
                {"title": "Participatory budgeting online", "owner": "Genoa", "summary": "Second edit", "version": 0}
                """);

        assertThat(stale).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().isLenientlyEqualTo("""
                        {"status": 409, "title": "Changed by someone else", "sentVersion": 0, "currentVersion": 1}
                        """);
        assertThat(json(stale).get("detail").asString()).contains("you sent version 0, the current version is 1");
        assertThat(json(mvc.get().uri(practices + "/{id}", id).exchange())).isEqualTo(before);
    }

    @Test
    void requiresTheVersionOnUpdate() {
        long id = create("Digital twin", "Genoa");
        assertThat(send(mvc.put().uri(practices + "/{id}", id), """
                {"title": "Digital twin", "owner": "Genoa"}
                """)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.errors[0].field")
                .isEqualTo("version");
    }

    @Test
    void refusesToMoveAPracticeBackwards() {
        long id = idOf(practices, "Segnalaci");
        long version = json(mvc.get().uri(practices + "/{id}", id).exchange()).get("version").asLong();
        assertThat(send(mvc.put().uri(practices + "/{id}", id), """
                {"title": "Segnalaci", "owner": "Genoa", "status": "IDENTIFIED", "version": %d}
                """.formatted(version))).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.errors[0]")
                .isEqualTo(Map.of("field", "status", "code", "practice.status.backwards",
                        "message", "a practice only moves forward: it is EXAMINED and cannot go back to IDENTIFIED"));
    }

    @Test
    void deletesAPracticeOnlyAtItsCurrentVersion() {
        long id = create("Library e-books", "Gävle");
        assertThat(mvc.delete().uri(practices + "/{id}", id).param("version", "7")).hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.get().uri(practices + "/{id}", id)).hasStatusOk();

        assertThat(mvc.delete().uri(practices + "/{id}", id).param("version", "0")).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.get().uri(practices + "/{id}", id)).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void refusesToDeleteAPracticeExaminedAtAnEvent() {
        long id = idOf(practices, "Digital Citizen Folder");
        assertThat(mvc.delete().uri(practices + "/{id}", id).param("version", "0"))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.errors[0].message")
                .isEqualTo("“Digital Citizen Folder” was examined at an event; remove it from the event first");
    }

    @Test
    void answersMalformedJsonWithABadRequestProblem() {
        assertThat(send(mvc.post().uri(practices), "{\"title\": \"Broken\", \"owner\": ")).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON).bodyJson().extractingPath("$.detail").asString()
                .startsWith("The request body ends before its JSON document does (line 1, column");
    }

    @Test
    void answersValuesOfTheWrongKindWithABadRequestProblemNamingTheField() {
        assertThat(send(mvc.post().uri(practices), """
                {"title": "Wrong kinds", "owner": "Genoa", "themes": "Digital services to citizens"}
                """)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail")
                .isEqualTo("Wrong kind of value for themes: expected a list.");
        assertThat(send(mvc.post().uri(practices), """
                {"title": "Wrong kinds", "owner": "Genoa", "status": "DONE"}
                """)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail")
                .isEqualTo("“DONE” is not a valid value for status: expected one of IDENTIFIED, EXAMINED, IN_TRANSFER, ADOPTED.");
        assertThat(send(mvc.put().uri(practices + "/1"), """
                {"title": "Wrong kinds", "owner": "Genoa", "version": "latest"}
                """)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail")
                .isEqualTo("Wrong kind of value for version: expected a whole number.");
    }

    @Test
    void answersMissingOrWrongQueryParametersWithABadRequestProblem() {
        assertThat(mvc.delete().uri(practices + "/1")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.detail").isEqualTo("The parameter “version” is required.");
        assertThat(mvc.get().uri(practices).param("status", "done")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.detail")
                .isEqualTo("“done” is not a valid value for the parameter status: expected one of IDENTIFIED, EXAMINED, IN_TRANSFER, ADOPTED.");
        assertThat(mvc.get().uri(practices).param("sort", "colour")).hasStatus(HttpStatus.BAD_REQUEST).bodyJson()
                .extractingPath("$.detail").isEqualTo("Cannot sort by “colour”: sort by one of id, status, title.");
    }

    private MvcTestResult send(MockMvcTester.MockMvcRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private long create(String title, String owner) {
        MvcTestResult created = send(mvc.post().uri(practices), """
                {"title": "%s", "owner": "%s"}
                """.formatted(title, owner));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return json(created).get("id").asLong();
    }

    private long idOf(String catalogue, String title) {
        JsonNode page = json(mvc.get().uri(catalogue).param("size", "100").exchange());
        return page.get("content").valueStream().filter(p -> p.get("title").asString().equals(title))
                .findFirst().orElseThrow().get("id").asLong();
    }

    private static List<String> titles(JsonNode page) {
        return page.get("content").valueStream().map(p -> p.get("title").asString()).toList();
    }
}
