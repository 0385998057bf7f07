package eu.practicehub.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.TestAccounts;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Over real HTTP, signed in as an administrator (who may change everything): a page write needs the
 * page's CSRF token, and the session does not count in the API at all.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class CsrfTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    String key;
    StoredPractice practice;
    WebSession browser;

    @BeforeEach
    void signIn() throws Exception {
        key = ApiTestProjects.copyOfBetter(mvc, "CSRF");
        practice = StoredPractice.first(mvc, key);
        Account admin = TestAccounts.create(accounts, "csrf-admin", true);
        browser = WebSession.signedIn(port, admin.getEmail(), TestAccounts.PASSWORD);
    }

    @Test
    void aFormPostWithoutTheTokenIsRefusedAndChangesNothing() throws Exception {
        String form = practice.updateForm(Map.of("title", "Renamed without a token"));

        HttpResponse<String> refused = browser.postForm(practice.editPath(), form, null);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.body()).contains("Not allowed").doesNotContain("Renamed without a token");
        assertThat(StoredPractice.read(mvc, key, practice.id()).detail()).isEqualTo(practice.detail());
    }

    @Test
    void aFormPostWithAnotherSessionsTokenIsRefusedAndChangesNothing() throws Exception {
        String foreignToken = new WebSession(port).csrfToken("/login");
        String form = practice.updateForm(Map.of("title", "Renamed with a stolen token")) + "&_csrf=" + foreignToken;

        HttpResponse<String> refused = browser.postForm(practice.editPath(), form, null);

        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(StoredPractice.read(mvc, key, practice.id()).detail()).isEqualTo(practice.detail());
    }

    @Test
    void aFormPostWithThePagesTokenSaves() throws Exception {
        String token = browser.csrfToken(practice.editPath());
        String form = practice.updateForm(Map.of("title", "Renamed with the token")) + "&_csrf=" + token;

        HttpResponse<String> saved = browser.postForm(practice.editPath(), form, null);

        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(StoredPractice.read(mvc, key, practice.id()).text("title")).isEqualTo("Renamed with the token");
    }

    @Test
    void anHtmxPostWithTheTokenFromThePagesMetaTagIsAnswered() throws Exception {
        String form = "/projects/" + key + "/newsletters/new";
        String token = browser.csrfToken(form);

        HttpResponse<String> preview = browser.postForm("/projects/" + key + "/newsletters/preview",
                Map.of("body", "## Study visits\n\nThree **virtual** visits."), token);

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("<strong>virtual</strong>", "id=\"preview\"");
    }

    @Test
    void anHtmxPostWithoutTheTokenIsRefused() throws Exception {
        HttpResponse<String> refused = browser.postForm("/projects/" + key + "/newsletters/preview",
                "body=" + WebSession.encode("Text"), null);

        assertThat(refused.statusCode()).isEqualTo(403);
    }

    @Test
    void theSessionCookieDoesNotSignInAnApiWrite() throws Exception {
        String token = browser.csrfToken(practice.editPath());
        String json = practice.updateJson(Map.of("title", "Renamed through the API with a cookie"));

        HttpResponse<String> withCookie = browser.send(HttpRequest.newBuilder(browser.uri(practice.apiPath()))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
        HttpResponse<String> withCookieAndToken = browser.send(HttpRequest.newBuilder(browser.uri(practice.apiPath()))
                .header("Content-Type", "application/json").header("X-CSRF-TOKEN", token)
                .PUT(HttpRequest.BodyPublishers.ofString(json)));

        for (HttpResponse<String> answer : java.util.List.of(withCookie, withCookieAndToken)) {
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(ApiTestProjects.tree(answer.body()).get("status").asInt()).isEqualTo(401);
        }
        assertThat(StoredPractice.read(mvc, key, practice.id()).detail()).isEqualTo(practice.detail());
    }
}
