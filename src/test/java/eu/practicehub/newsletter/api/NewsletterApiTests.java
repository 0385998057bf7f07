package eu.practicehub.newsletter.api;

import static eu.practicehub.ApiTestProjects.exportOf;
import static eu.practicehub.ApiTestProjects.importDocument;
import static eu.practicehub.ApiTestProjects.json;
import static eu.practicehub.ApiTestProjects.tree;
import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.web.PageTest;
import java.util.ArrayList;
import java.util.List;
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

@PageTest
class NewsletterApiTests {

    static final String STUDY_VISITS = """
            {"from": "2021-07-01", "to": "2021-10-31", "types": ["STUDY_VISIT"]}""";

    @Autowired
    MockMvcTester mvc;

    String key;

    @BeforeEach
    void copyBetter() {
        key = ApiTestProjects.copyOfBetterWithoutNewsletters(mvc, "NEWS-API");
    }

    @Test
    void writesADraftFromTheDataAndListsIt() {
        MvcTestResult created = post("/newsletters/generate", STUDY_VISITS);

        assertThat(created).hasStatus(HttpStatus.CREATED);
        JsonNode draft = json(created);
        long id = draft.get("id").asLong();
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/projects/" + key + "/newsletters/" + id);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("from").asString()).isEqualTo("2021-07-01");
        assertThat(draft.get("title").asString()).isEqualTo("BETTER news: 1 July 2021 – 31 October 2021");
        assertThat(draft.get("body").asString()).contains("| 13 September 2021 | - Lego education innovation studio");
        assertThat(draft.get("html").asString()).contains("<td>Host: Nyíregyháza Visitors: Genoa; Gävle; Birmingham</td>");
        assertThat(draft.get("publishedAt").isNull()).isTrue();

        MvcTestResult list = mvc.get().uri("/api/v1/projects/{key}/newsletters", key).exchange();
        assertThat(list).hasStatusOk().bodyJson().extractingPath("$.content[0].id").asNumber().isEqualTo((int) id);
        assertThat(list).bodyJson().extractingPath("$.page.totalElements").asNumber().isEqualTo(1);
    }

    @Test
    void writesTheCurrentSemesterWhenNoPeriodIsGiven() {
        JsonNode draft = json(post("/newsletters/generate", "{}"));

        assertThat(draft.get("from").asString()).isEqualTo("2021-08-01");
        assertThat(draft.get("to").asString()).isEqualTo("2022-01-31");
        assertThat(draft.get("body").asString()).contains("held two 'Study visits' and one 'Import workshop' as follows:");
    }

    @Test
    void editsWithTheVersionReadRefusesAStaleOneAndPublishesOnce() {
        long id = json(post("/newsletters/generate", STUDY_VISITS)).get("id").asLong();
        String path = "/newsletters/" + id;

        MvcTestResult edited = put(path, """
                {"title": "BETTER is to adopt good practices", "body": "Hello <script>alert(1)</script>", "version": 0}""");
        assertThat(edited).hasStatusOk().bodyJson().extractingPath("$.version").asNumber().isEqualTo(1);
        assertThat(json(edited).get("html").asString()).isEqualTo("<p>Hello &lt;script&gt;alert(1)&lt;/script&gt;</p>\n");

        assertThat(put(path, """
                {"title": "Late", "body": "Late", "version": 0}""")).hasStatus(HttpStatus.CONFLICT)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(put(path, """
                {"title": "", "body": " ", "version": 1}""")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
                .extractingPath("$.errors[*].field").asArray().containsExactly("title", "body");
        assertThat(put(path, """
                {"title": "%s", "body": "Text", "version": 1}""".formatted("x".repeat(301))))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
                .extractingPath("$.errors[0].message").isEqualTo("must be at most 300 characters");
        assertThat(put(path, """
                {"title": "No version", "body": "Text"}""")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);

        MvcTestResult published = post(path + "/publish", """
                {"version": 1}""");
        assertThat(published).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("PUBLISHED");
        assertThat(json(published).get("publishedAt").asString()).isEqualTo("2022-01-15T10:00:00Z");
        assertThat(post(path + "/publish", """
                {"version": 2}""")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
                .extractingPath("$.errors[0].message").isEqualTo("“BETTER is to adopt good practices” is already published");
        assertThat(mvc.delete().uri("/api/v1/projects/{key}/newsletters/{id}?version=2", key, id).exchange())
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    }

    @Test
    void deletesADraftAndAnswersUnknownOnesWithNotFound() {
        long id = json(post("/newsletters/generate", STUDY_VISITS)).get("id").asLong();

        assertThat(mvc.delete().uri("/api/v1/projects/{key}/newsletters/{id}?version=5", key, id).exchange())
                .hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.delete().uri("/api/v1/projects/{key}/newsletters/{id}?version=0", key, id).exchange())
                .hasStatus(HttpStatus.NO_CONTENT);
        MvcTestResult gone = mvc.get().uri("/api/v1/projects/{key}/newsletters/{id}", key, id).exchange();
        assertThat(gone).hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.detail")
                .isEqualTo("There is no newsletter with id " + id + " in this project.");
        assertThat(mvc.get().uri("/api/v1/projects/NO-SUCH/newsletters").exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void refusesABadPeriodOrTypeWithAProblem() {
        assertThat(post("/newsletters/generate", """
                {"from": "2021-10-31", "to": "2021-07-01"}""")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("to");
        assertThat(post("/newsletters/generate", """
                {"from": "July"}""")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(post("/newsletters/generate", """
                {"types": ["PICNIC"]}""")).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/api/v1/projects/{key}/newsletters?sort=title", key).exchange())
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void newslettersTravelInTheProjectDocumentAndComeBackEqual() {
        long draft = json(post("/newsletters/generate", STUDY_VISITS)).get("id").asLong();
        long other = json(post("/newsletters/generate", "{}")).get("id").asLong();
        post("/newsletters/" + other + "/publish", """
                {"version": 0}""");
        ObjectNode original = exportOf(mvc, key);
        assertThat(original.get("newsletters")).hasSize(2);
        assertThat(original.at("/newsletters/0/status").asString()).isEqualTo("DRAFT");
        assertThat(original.at("/newsletters/1/publishedAt").asString()).isEqualTo("2022-01-15T10:00:00Z");

        String copy = ApiTestProjects.freshKey("NEWS-COPY");
        ObjectNode document = original.deepCopy();
        ((ObjectNode) document.get("project")).put("key", copy);
        assertThat(importDocument(mvc, document)).hasStatus(HttpStatus.CREATED);
        assertThat(exportOf(mvc, copy)).isEqualTo(document);

        List<Long> ids = ids(copy);
        assertThat(importDocument(mvc, document)).hasStatusOk();
        assertThat(ids(copy)).isEqualTo(ids);
        assertThat(json(mvc.get().uri("/api/v1/projects/{key}/newsletters/{id}", copy, ids.get(0)).exchange())
                .get("version").asLong()).isZero();
        assertThat(draft).isPositive();
    }

    @Test
    void refusesMalformedNewslettersInADocumentNamingEachPathAndChangesNothing() {
        post("/newsletters/generate", STUDY_VISITS);
        ObjectNode before = exportOf(mvc, key);
        ObjectNode document = before.deepCopy();
        ((ArrayNode) document.get("newsletters")).add(tree("""
                {"title": "", "from": "2021-13-01", "to": "2021-10-31", "status": "SENT", "updatedAt": "yesterday", "body": "x"}
                """)).add(tree("""
                {"title": "Published without a date", "from": "2021-10-31", "to": "2021-07-01", "status": "PUBLISHED",
                 "updatedAt": "2022-01-15T10:00:00Z"}
                """));

        MvcTestResult rejected = importDocument(mvc, document);

        assertThat(rejected).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        List<String> problems = new ArrayList<>();
        json(rejected).get("errors").forEach(e -> problems.add(e.get("field").asString() + " " + e.get("code").asString()));
        assertThat(problems).containsExactlyInAnyOrder(
                "newsletters[1].from import.date.format",
                "newsletters[1].status import.constant.unknown",
                "newsletters[1].updatedAt import.instant.format",
                "newsletters[1].title validation.required",
                "newsletters[2].body validation.required",
                "newsletters[2].to newsletter.period.endBeforeStart",
                "newsletters[2].publishedAt validation.required");
        assertThat(exportOf(mvc, key)).isEqualTo(before);
    }

    private List<Long> ids(String project) {
        List<Long> ids = new ArrayList<>();
        json(mvc.get().uri("/api/v1/projects/{key}/newsletters", project).exchange()).get("content")
                .forEach(n -> ids.add(n.get("id").asLong()));
        return ids;
    }

    private MvcTestResult post(String path, String body) {
        return mvc.post().uri("/api/v1/projects/" + key + path).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private MvcTestResult put(String path, String body) {
        return mvc.put().uri("/api/v1/projects/" + key + path).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
