package eu.practicehub.newsletter.api;

import static eu.practicehub.ApiTestProjects.exportOf;
import static eu.practicehub.ApiTestProjects.importDocument;
import static eu.practicehub.ApiTestProjects.json;
import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
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

/** A newsletter's publication date through the API and the project document. */
@PageTest
class PublicationDateApiTests {

    @Autowired
    MockMvcTester mvc;

    String key;

    @BeforeEach
    void copyBetter() {
        key = ApiTestProjects.copyOfBetterWithoutNewsletters(mvc, "NEWS-DATE-API");
    }

    @Test
    void datesAPublishedNewsletterWithTheVersionReadAndRefusesADraftsDateAndAStaleVersion() {
        JsonNode draft = json(post("/newsletters/generate", "{\"from\": \"2021-07-01\", \"to\": \"2021-10-31\"}"));
        long id = draft.get("id").asLong();
        assertThat(put(id, draft, "2022-01", draft.get("version").asLong())).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson().isLenientlyEqualTo("""
                        {"errors": [{"field": "publishedOn", "code": "newsletter.publishedOn.draft"}]}""");
        JsonNode published = json(post("/newsletters/" + id + "/publish", "{\"version\": " + draft.get("version").asLong() + "}"));

        MvcTestResult dated = put(id, published, "2022-01", published.get("version").asLong());

        assertThat(dated).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"status": "PUBLISHED", "publishedOn": "2022-01", "publishedAt": "2021-12-31T23:00:00Z"}""");
        assertThat(put(id, published, "2021-12", published.get("version").asLong())).hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.get().uri("/api/v1/projects/{key}/newsletters", key).exchange()).bodyJson()
                .extractingPath("$.content[0].publishedOn").isEqualTo("2022-01");
    }

    @Test
    void theProjectDocumentCarriesThePublicationDateAndAPublishedNewsletterMayGiveOnlyThat() {
        ObjectNode document = exportOf(mvc, key);
        String copy = ApiTestProjects.freshKey("NEWS-DATE-COPY");
        ((ObjectNode) document.get("project")).put("key", copy);
        document.set("newsletters", ApiTestProjects.tree("""
                [{"title": "BETTER is to adopt good practices", "from": "2021-07-01", "to": "2021-10-31",
                  "status": "PUBLISHED", "updatedAt": "2021-12-31T23:00:00Z", "publishedOn": "2022-01", "body": "News."}]"""));

        assertThat(importDocument(mvc, document)).hasStatus(HttpStatus.CREATED);

        JsonNode exported = exportOf(mvc, copy).get("newsletters");
        assertThat(exported).hasSize(1);
        assertThat(exported.get(0).get("publishedOn").asString()).isEqualTo("2022-01");
        assertThat(exported.get(0).get("publishedAt").asString()).isEqualTo("2021-12-31T23:00:00Z");
        assertThat(PageText.of(PageText.html(mvc.get().uri("/projects/" + copy + "/news").exchange())))
                .contains("Published January 2022");

        ((ArrayNode) document.get("newsletters")).removeAll().add(ApiTestProjects.tree("""
                {"title": "Dated badly", "from": "2021-07-01", "to": "2021-10-31", "status": "PUBLISHED",
                 "updatedAt": "2021-12-31T23:00:00Z", "publishedAt": "2022-01-20T09:00:00Z", "publishedOn": "early 2022",
                 "body": "News."}"""));
        ((ObjectNode) document.get("project")).put("key", ApiTestProjects.freshKey("NEWS-DATE-BAD"));
        assertThat(importDocument(mvc, document)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
                .isLenientlyEqualTo("""
                        {"errors": [{"field": "newsletters[0].publishedOn", "code": "import.knownDate.format"}]}""");
    }

    private MvcTestResult put(long id, JsonNode read, String publishedOn, long version) {
        return mvc.put().uri("/api/v1/projects/{key}/newsletters/{id}", key, id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": %s, \"body\": %s, \"publishedOn\": \"%s\", \"version\": %d}".formatted(
                        read.get("title").toString(), read.get("body").toString(), publishedOn, version))
                .exchange();
    }

    private MvcTestResult post(String path, String body) {
        return mvc.post().uri("/api/v1/projects/" + key + path).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }
}
