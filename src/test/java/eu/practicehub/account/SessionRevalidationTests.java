package eu.practicehub.account;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.account.AccountLinks.IssuedLink;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An open session follows what happens to its account: it loses administrator rights at its next request,
 * and ends when the account is disabled or its password is reset or changed elsewhere. Over real HTTP.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SessionRevalidationTests {

    private static final String NEW_PASSWORD = "a brand new passphrase";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    @Test
    void anAdministratorWhoseRightsAnotherAdministratorRemovesLosesTheAccountsPageAtTheNextRequest() throws Exception {
        Account demoted = TestAccounts.create(accounts, "demoted-admin", true);
        Account other = TestAccounts.create(accounts, "other-admin", true);
        Browser session = signedIn(demoted);
        Browser otherSession = signedIn(other);
        assertThat(session.get("/admin/accounts").statusCode()).isEqualTo(200);

        HttpResponse<String> removed = otherSession.post("/admin/accounts/" + demoted.getId() + "/admin", "/admin/accounts",
                "admin", "false");
        assertThat(location(removed)).endsWith("/admin/accounts");
        assertThat(accounts.account(demoted.getId()).isAdmin()).isFalse();

        assertThat(session.get("/admin/accounts").statusCode()).isEqualTo(403);
        HttpResponse<String> profile = session.get("/profile");
        assertThat(profile.statusCode()).as("still signed in, as a person without administrator rights").isEqualTo(200);
        assertThat(profile.body()).contains(demoted.getEmail());

        otherSession.post("/admin/accounts/" + demoted.getId() + "/admin", "/admin/accounts", "admin", "true");
        assertThat(session.get("/admin/accounts").statusCode()).as("given back at once as well").isEqualTo(200);
    }

    @Test
    void disablingAnAccountSignsItsOpenSessionOut() throws Exception {
        Account account = TestAccounts.create(accounts, "disabled-session", false);
        Browser session = signedIn(account);
        assertThat(session.get("/profile").statusCode()).isEqualTo(200);

        administration.setEnabled(account.getId(), false);

        assertSignedOut(session);
        administration.setEnabled(account.getId(), true);
        assertThat(session.get("/profile").statusCode()).as("enabling again does not bring the ended session back")
                .isEqualTo(302);
    }

    @Test
    void aPasswordResetThroughAOneTimeLinkEndsTheAccountsOtherSessions() throws Exception {
        Account account = TestAccounts.create(accounts, "reset-sessions", false);
        Browser first = signedIn(account);
        Browser second = signedIn(account);
        IssuedLink link = administration.resetPassword(account.getId());
        String page = "/account/setup?token=" + link.secret();

        HttpResponse<String> chosen = new Browser(port).post("/account/setup", page, "token", link.secret(),
                "password", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD);
        assertThat(location(chosen)).endsWith("/login?passwordSet");

        assertSignedOut(first);
        assertSignedOut(second);
        assertThat(location(new Browser(port).signIn(account.getEmail(), NEW_PASSWORD))).doesNotContain("error");
    }

    @Test
    void changingOnesOwnPasswordKeepsTheCurrentSessionAndEndsTheOthers() throws Exception {
        Account account = TestAccounts.create(accounts, "own-password", false);
        Browser current = signedIn(account);
        Browser elsewhere = signedIn(account);

        HttpResponse<String> changed = current.post("/profile/password", "/profile", "currentPassword", TestAccounts.PASSWORD,
                "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD);
        assertThat(location(changed)).endsWith("/profile");

        HttpResponse<String> profile = current.get("/profile");
        assertThat(profile.statusCode()).isEqualTo(200);
        assertThat(profile.body()).contains(account.getEmail(), "Your password is changed");
        assertThat(current.get("/profile").statusCode()).as("and on the requests after").isEqualTo(200);
        assertSignedOut(elsewhere);
    }

    @Test
    void aTimeZoneChosenInOneSessionShowsInEveryOpenSessionAtItsNextRequest() throws Exception {
        Account account = TestAccounts.create(accounts, "zone-sessions", false);
        Browser current = signedIn(account);
        Browser elsewhere = signedIn(account);
        assertThat(elsewhere.get("/profile").body()).contains("(UTC)");

        HttpResponse<String> saved = current.post("/profile", "/profile", "name", account.getName(), "language", "en",
                "timeZone", "Europe/Tallinn", "version", String.valueOf(accounts.account(account.getId()).getVersion()));
        assertThat(location(saved)).endsWith("/profile");

        assertThat(current.get("/profile").body()).contains("(Europe/Tallinn)").doesNotContain("(UTC)");
        assertThat(elsewhere.get("/profile").body()).contains("(Europe/Tallinn)").doesNotContain("(UTC)");
    }

    @Test
    void aSessionWhoseAccountIsUnchangedStaysSignedIn() throws Exception {
        Account account = TestAccounts.create(accounts, "unchanged", false);
        Browser session = signedIn(account);
        for (int i = 0; i < 3; i++) {
            assertThat(session.get("/profile").statusCode()).isEqualTo(200);
        }
    }

    private void assertSignedOut(Browser session) throws IOException, InterruptedException {
        HttpResponse<String> profile = session.get("/profile");
        assertThat(profile.statusCode()).as("signed out: sent to the login page").isEqualTo(302);
        assertThat(location(profile)).endsWith("/login");
    }

    private Browser signedIn(Account account) throws IOException, InterruptedException {
        Browser browser = new Browser(port);
        assertThat(location(browser.signIn(account.getEmail(), TestAccounts.PASSWORD))).doesNotContain("error");
        return browser;
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
