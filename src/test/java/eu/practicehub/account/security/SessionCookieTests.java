package eu.practicehub.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.TestAccounts;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** Over real HTTP: the session a visitor had before signing in is not the one they have after it. */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SessionCookieTests {

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void signingInGivesTheBrowserANewSessionId() throws Exception {
        Account account = TestAccounts.create(accounts, "fixation", false);
        WebSession browser = new WebSession(port);
        browser.csrfToken("/login");
        String before = browser.sessionId().orElseThrow();

        HttpResponse<String> signedIn = browser.signIn(account.getEmail(), TestAccounts.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
        String after = browser.sessionId().orElseThrow();
        assertThat(after).isNotEqualTo(before);
        assertThat(signedIn(browser)).as("the new session is signed in").isTrue();
    }

    @Test
    void anAttackerWhoPlantedASessionIdIsNotSignedInWhenTheVictimSignsIn() throws Exception {
        Account victim = TestAccounts.create(accounts, "victim", false);
        WebSession attacker = new WebSession(port);
        attacker.csrfToken("/login");
        String planted = attacker.sessionId().orElseThrow();
        WebSession browser = new WebSession(port);
        browser.plantSessionId(planted);

        HttpResponse<String> signedIn = browser.signIn(victim.getEmail(), TestAccounts.PASSWORD);

        assertThat(signedIn.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("/login"));
        assertThat(signedIn.headers().allValues("Set-Cookie")).as("the sign-in sets a new session id")
                .anySatisfy(c -> assertThat(c).startsWith(WebSession.SESSION_COOKIE + "=").doesNotContain(planted));
        assertThat(signedIn(browser)).isTrue();
        assertThat(signedIn(attacker)).as("the attacker's session is still anonymous").isFalse();
    }

    /** Whether the account menu offers to sign out, which it does to a signed-in session only. */
    private static boolean signedIn(WebSession browser) throws Exception {
        HttpResponse<String> page = browser.get("/projects/BETTER");
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body().contains("action=\"/logout\"");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteLax() throws Exception {
        WebSession browser = new WebSession(port);
        HttpResponse<String> login = browser.get("/login");

        List<String> cookies = login.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith(WebSession.SESSION_COOKIE + "=")).toList();
        assertThat(cookies).hasSize(1);
        assertThat(cookies.get(0)).containsIgnoringCase("; HttpOnly").containsIgnoringCase("; SameSite=Lax")
                .contains("; Path=/");
    }
}
