package eu.practicehub.account.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.Role;
import eu.practicehub.account.TestAccounts;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The API of one's own account, used with a token as a script uses it. */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class MeApiTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    ProjectService projects;

    @Test
    void aTokenReadsItsAccountWithItsRolesAndCreatesListsAndRevokesTokens() {
        Project better = projects.project("BETTER");
        Account editor = TestAccounts.withRole(accounts, "me", better.getId(),
                projects.partner(better, "Genoa").orElseThrow().getId(), Role.EDITOR);
        String first = bearer(firstToken(editor));

        JsonNode me = ApiTestProjects.json(mvc.get().uri("/api/v1/me").with(anonymous()).header("Authorization", first).exchange());
        assertThat(me.get("email").asString()).isEqualTo(editor.getEmail());
        assertThat(me.get("timeZone").isNull()).as("no time zone chosen").isTrue();
        assertThat(me.at("/roles/0/role").asString()).isEqualTo("EDITOR");
        assertThat(me.at("/roles/0/projectId").asLong()).isEqualTo(better.getId());

        var created = mvc.post().uri("/api/v1/me/tokens").with(anonymous()).header("Authorization", first)
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"Second\"}").exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        JsonNode second = ApiTestProjects.json(created);
        assertThat(second.get("token").asString()).startsWith("ph_");

        JsonNode list = ApiTestProjects.json(mvc.get().uri("/api/v1/me/tokens").with(anonymous()).header("Authorization", first).exchange());
        assertThat(list.valueStream().map(t -> t.get("name").asString())).containsExactlyInAnyOrder("First", "Second");
        assertThat(list.toString()).doesNotContain(second.get("token").asString());

        assertThat(mvc.delete().uri("/api/v1/me/tokens/" + second.get("id").asLong()).with(anonymous())
                .header("Authorization", first)).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.get().uri("/api/v1/me").with(anonymous()).header("Authorization", bearer(second.get("token").asString())))
                .hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aTokenWithoutANameIsRefusedWithAProblemDocument() {
        Account account = TestAccounts.create(accounts, "me-noname", false);
        var refused = mvc.post().uri("/api/v1/me/tokens").with(anonymous()).header("Authorization", bearer(firstToken(account)))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"\"}").exchange();
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
    }

    @Test
    void withoutATokenMyAccountIsUnauthorized() {
        var refused = mvc.get().uri("/api/v1/me").with(anonymous()).exchange();
        assertThat(refused).hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(refused.getResponse().getContentType()).startsWith("application/problem+json");
        assertThat(mvc.get().uri("/api/v1/me/tokens").with(anonymous())).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    /** A first token, made as the account would make it in its profile. */
    private String firstToken(Account account) {
        var context = org.springframework.security.core.context.SecurityContextHolder.getContext();
        try {
            context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                    .authenticated(TestAccounts.principal(account), null, TestAccounts.principal(account).getAuthorities()));
            return accounts.createToken("First").secret();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.clearContext();
        }
    }

    private static String bearer(String secret) {
        return "Bearer " + secret;
    }
}
