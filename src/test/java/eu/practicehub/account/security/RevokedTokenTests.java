package eu.practicehub.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.TestAccounts;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

/** Over real HTTP: a personal access token works until it is revoked, and not a moment after. */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class RevokedTokenTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Test
    void aRevokedTokenIsRefusedWithAProblemDocumentAndChangesNothing() throws Exception {
        String key = ApiTestProjects.copyOfBetter(mvc, "REVOKED");
        StoredPractice practice = StoredPractice.first(mvc, key);
        Account admin = TestAccounts.create(accounts, "token-admin", true);
        AccountService.NewToken token = TestAccounts.as(admin, () -> accounts.createToken("curl on my laptop"));
        WebSession client = new WebSession(port);

        HttpResponse<String> allowed = client.send(put(client, practice, token.secret(), "Renamed with a live token"));
        assertThat(allowed.statusCode()).isEqualTo(200);
        StoredPractice renamed = StoredPractice.read(mvc, key, practice.id());
        assertThat(renamed.text("title")).isEqualTo("Renamed with a live token");

        TestAccounts.as(admin, () -> {
            accounts.revokeToken(token.token().getId());
            return null;
        });
        HttpResponse<String> refused = client.send(put(client, renamed, token.secret(), "Renamed with a revoked token"));

        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(refused.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        JsonNode problem = ApiTestProjects.tree(refused.body());
        assertThat(problem.get("status").asInt()).isEqualTo(401);
        assertThat(problem.get("detail").asString()).contains("revoked");
        assertThat(problem.get("instance").asString()).isEqualTo(practice.apiPath());
        assertThat(StoredPractice.read(mvc, key, practice.id()).detail()).isEqualTo(renamed.detail());
    }

    @Test
    void aReadWithARevokedTokenIsRefusedTooRatherThanAnsweredAsAnonymous() throws Exception {
        Account admin = TestAccounts.create(accounts, "token-reader", true);
        AccountService.NewToken token = TestAccounts.as(admin, () -> accounts.createToken("reader"));
        TestAccounts.as(admin, () -> {
            accounts.revokeToken(token.token().getId());
            return null;
        });
        WebSession client = new WebSession(port);

        HttpResponse<String> refused = client.send(HttpRequest.newBuilder(client.uri("/api/v1/projects/BETTER"))
                .header("Authorization", "Bearer " + token.secret()).GET());

        assertThat(refused.statusCode()).isEqualTo(401);
    }

    private static HttpRequest.Builder put(WebSession client, StoredPractice practice, String secret, String title) {
        return HttpRequest.newBuilder(client.uri(practice.apiPath())).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + secret)
                .PUT(HttpRequest.BodyPublishers.ofString(practice.updateJson(Map.of("title", title))));
    }
}
