package eu.practicehub.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.TestAccounts;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Every input has a size limit, and going over it is a clear refusal (413, 422, 400), never a 500. */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RequestLimitTests {

    private static final int OVER_THE_LIMIT = 3 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Test
    void anOversizedJsonBodyIsRefusedWithAProblemDocumentAndChangesNothing() throws Exception {
        String key = ApiTestProjects.copyOfBetter(mvc, "LIMIT-API");
        StoredPractice practice = StoredPractice.first(mvc, key);

        MvcTestResult refused = mvc.put().uri(practice.apiPath()).contentType(MediaType.APPLICATION_JSON)
                .content(practice.updateJson(Map.of("description", "x".repeat(OVER_THE_LIMIT)))).exchange();

        assertThat(refused).hasStatus(HttpStatus.CONTENT_TOO_LARGE).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        JsonNode problem = ApiTestProjects.json(refused);
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("detail").asString()).isEqualTo(
                "The request body is larger than the 2 MB a request may send. Nothing was changed.");
        assertThat(StoredPractice.read(mvc, key, practice.id()).detail()).isEqualTo(practice.detail());
    }

    @Test
    void anOversizedJsonBodyOverHttpIsRefusedBeforeItIsSignedInOrRead() throws Exception {
        WebSession client = new WebSession(port);

        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(client.uri("/api/v1/projects/import"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("[\"" + "x".repeat(OVER_THE_LIMIT) + "\"]")));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    }

    @Test
    void anOversizedJsonBodySentWithoutALengthIsRefusedWhileItIsRead() throws Exception {
        String key = ApiTestProjects.copyOfBetter(mvc, "LIMIT-CHUNKED");
        StoredPractice practice = StoredPractice.first(mvc, key);
        Account admin = TestAccounts.create(accounts, "limit-admin", true);
        String secret = TestAccounts.as(admin, () -> accounts.createToken("chunked")).secret();
        byte[] json = practice.updateJson(Map.of("description", "x".repeat(OVER_THE_LIMIT))).getBytes(StandardCharsets.UTF_8);
        WebSession client = new WebSession(port);

        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(client.uri(practice.apiPath()))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + secret)
                .PUT(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(json))));

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(StoredPractice.read(mvc, key, practice.id()).detail()).isEqualTo(practice.detail());
    }

    @Test
    void anOversizedFormIsRefusedWithAPageThatSaysSoAndChangesNothing() throws Exception {
        String key = ApiTestProjects.copyOfBetter(mvc, "LIMIT-FORM");
        StoredPractice practice = StoredPractice.first(mvc, key);
        Account admin = TestAccounts.create(accounts, "limit-form-admin", true);
        WebSession browser = WebSession.signedIn(port, admin.getEmail(), TestAccounts.PASSWORD);
        String form = practice.updateForm(Map.of("description", "x".repeat(OVER_THE_LIMIT)))
                + "&_csrf=" + browser.csrfToken(practice.editPath());

        HttpResponse<String> refused = browser.postForm(practice.editPath(), form, null);

        assertThat(refused.statusCode()).isEqualTo(413);
        assertThat(refused.body()).contains("larger than one request may hold. Nothing was saved");
        assertThat(StoredPractice.read(mvc, key, practice.id()).detail()).isEqualTo(practice.detail());
    }

    @Test
    void aTextOverItsFieldsLengthIsAFieldProblem() {
        String key = ApiTestProjects.copyOfBetter(mvc, "LIMIT-FIELD");
        StoredPractice practice = StoredPractice.first(mvc, key);

        MvcTestResult refused = mvc.put().uri(practice.apiPath()).contentType(MediaType.APPLICATION_JSON)
                .content(practice.updateJson(Map.of("title", "t".repeat(301), "summary", "s".repeat(2001),
                        "description", "d".repeat(20_001))))
                .exchange();

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(ApiTestProjects.json(refused).get("errors").valueStream().map(e -> e.get("field").asString()))
                .contains("title", "summary", "description");
        assertThat(StoredPractice.read(mvc, key, practice.id()).detail()).isEqualTo(practice.detail());
    }

    @Test
    void aLongSearchTextIsSearchedAndAnAddressOverTheHeaderLimitIsABadRequest() throws Exception {
        WebSession client = new WebSession(port);
        String longText = "digital".repeat(800);

        assertThat(client.get("/projects/BETTER/practices?q=" + longText).statusCode()).isEqualTo(200);
        assertThat(client.get("/api/v1/projects/BETTER/practices?q=" + longText).statusCode()).isEqualTo(200);
        HttpResponse<String> tooLong = client.get("/projects/BETTER/practices?q=" + "x".repeat(10_000));
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).doesNotContain("Exception");
    }

    @Test
    void aListAsksForAtMostItsLargestPage() {
        MvcTestResult page = mvc.get().uri("/api/v1/projects/BETTER/practices?size=100000").exchange();

        assertThat(page).hasStatusOk();
        assertThat(ApiTestProjects.json(page).get("page").get("size").asInt()).isEqualTo(100);
    }
}
