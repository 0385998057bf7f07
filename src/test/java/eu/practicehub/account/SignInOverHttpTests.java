package eu.practicehub.account;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.account.AccountLinks.IssuedLink;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** Signing in, out and the pages and API of one's own account, over real HTTP as a browser and a script do. */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(MovableClock.Configuration.class)
class SignInOverHttpTests {

    private static final Pattern SECRET = Pattern.compile("<code id=\"token-secret\">([^<]+)</code>");
    private static final String NEW_PASSWORD = "a brand new passphrase";

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    AccountAdministration administration;

    @Autowired
    SignInAttempts attempts;

    @Autowired
    MovableClock clock;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient api = HttpClient.newHttpClient();

    @Test
    void signingInGivesANewSessionIdAndSigningOutEndsTheSession() throws Exception {
        Account account = TestAccounts.create(accounts, "session", false);
        Browser browser = new Browser(port);
        browser.get("/login");
        String before = browser.sessionId().orElseThrow();

        HttpResponse<String> signedIn = browser.signIn(account.getEmail(), TestAccounts.PASSWORD);

        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(location(signedIn)).doesNotContain("error");
        assertThat(browser.sessionId()).get().isNotEqualTo(before);
        assertThat(browser.get("/profile").body()).contains(account.getEmail());

        HttpResponse<String> signedOut = browser.post("/logout", "/profile");
        assertThat(location(signedOut)).endsWith("/login?signedOut");
        HttpResponse<String> profile = browser.get("/profile");
        assertThat(profile.statusCode()).isEqualTo(302);
        assertThat(location(profile)).endsWith("/login");
    }

    @Test
    void aWrongPasswordAndAnUnknownEmailGetTheSameAnswerAfterTheSameDelay() throws Exception {
        Account account = TestAccounts.create(accounts, "same-answer", false);
        Browser known = new Browser(port);
        Browser unknown = new Browser(port);

        long started = System.nanoTime();
        HttpResponse<String> wrongPassword = known.signIn(account.getEmail(), "not the right password");
        long knownMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        String nobody = "nobody-" + UUID.randomUUID() + "@practicehub.test";
        HttpResponse<String> noAccount = unknown.signIn(nobody, "not the right password");
        long unknownMillis = (System.nanoTime() - started) / 1_000_000;

        assertThat(wrongPassword.statusCode()).isEqualTo(noAccount.statusCode()).isEqualTo(302);
        assertThat(location(wrongPassword)).isEqualTo(location(noAccount)).endsWith("/login?error");
        // Each page shows back the email its browser typed, and nothing else differs.
        assertThat(withoutTokens(known.get("/login?error").body()).replace(account.getEmail(), "EMAIL"))
                .isEqualTo(withoutTokens(unknown.get("/login?error").body()).replace(nobody, "EMAIL"))
                .contains("The email or password is wrong", "value=\"EMAIL\"");
        assertThat(knownMillis).isGreaterThanOrEqualTo(300);
        assertThat(unknownMillis).isGreaterThanOrEqualTo(300);
    }

    @Test
    void fiveFailuresPauseTheEmailEvenForTheRightPasswordUntilFifteenMinutesHavePassed() throws Exception {
        Account account = TestAccounts.create(accounts, "lockout", false);
        Browser browser = new Browser(port);
        for (int i = 0; i < 5; i++) {
            assertThat(location(browser.signIn(account.getEmail(), "guess number " + i))).endsWith("/login?error");
        }

        assertThat(location(browser.signIn(account.getEmail(), TestAccounts.PASSWORD))).endsWith("/login?error");
        clock.advance(Duration.ofMinutes(14));
        assertThat(location(new Browser(port).signIn(account.getEmail(), TestAccounts.PASSWORD))).endsWith("/login?error");

        clock.advance(Duration.ofMinutes(2));
        assertThat(location(new Browser(port).signIn(account.getEmail(), TestAccounts.PASSWORD))).doesNotContain("error");
    }

    @Test
    void anEmailHoldingAControlCharacterIsAWrongSignInThatStoresNothing() throws Exception {
        long before = jdbc.queryForObject("select count(*) from sign_in_attempt", Long.class);

        for (String email : new String[] {"eve\u001bx@example.org", "a\u0000b@x.org", "mallory\u007f@example.org"}) {
            HttpResponse<String> answer = new Browser(port).signIn(email, "any password at all");
            assertThat(answer.statusCode()).as(email).isEqualTo(302);
            assertThat(location(answer)).as(email).endsWith("/login?error");
        }
        assertThat(jdbc.queryForObject("select count(*) from sign_in_attempt", Long.class)).isEqualTo(before);
    }

    @Test
    void anEmailWithoutAccountIsPausedAfterFiveFailuresAsWell() throws Exception {
        String email = "nobody-" + UUID.randomUUID() + "@practicehub.test";
        for (int i = 0; i < 4; i++) {
            new Browser(port).signIn(email, "guess number " + i);
        }
        assertThat(attempts.isLocked(email)).isFalse();
        new Browser(port).signIn(email.toUpperCase(), "guess number 5");
        assertThat(attempts.isLocked(email)).isTrue();
    }

    @Test
    void aSuccessfulSignInForgetsTheFailuresBeforeIt() throws Exception {
        Account account = TestAccounts.create(accounts, "forget", false);
        for (int i = 0; i < 4; i++) {
            new Browser(port).signIn(account.getEmail(), "guess number " + i);
        }
        assertThat(location(new Browser(port).signIn(account.getEmail(), TestAccounts.PASSWORD))).doesNotContain("error");
        for (int i = 0; i < 4; i++) {
            new Browser(port).signIn(account.getEmail(), "guess number " + i);
        }
        assertThat(location(new Browser(port).signIn(account.getEmail(), TestAccounts.PASSWORD))).doesNotContain("error");
    }

    @Test
    void aTokenCreatedInTheProfileWritesThroughTheApiUntilItIsRevoked() throws Exception {
        Account admin = TestAccounts.create(accounts, "token-writer", true);
        Browser browser = signedIn(admin);
        HttpResponse<String> created = browser.post("/profile/tokens", "/profile", "tokenName", "Practice script");
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.headers().firstValue("Cache-Control")).hasValueSatisfying(v -> assertThat(v).contains("no-store"));
        String secret = secretOn(created.body());
        assertThat(created.body()).contains("curl -H &quot;Authorization: Bearer " + secret + "&quot; "
                + "https://practicehub.example/api/v1/projects/BETTER/practices");

        String practice = "{\"title\":\"Written with a token " + UUID.randomUUID()
                + "\",\"owner\":\"Genoa\",\"identifiedOn\":\"2021-05-01\"}";
        HttpResponse<String> written = apiPost("/api/v1/projects/BETTER/practices", secret, practice);
        assertThat(written.statusCode()).isEqualTo(201);
        // The demo project is shared by the tests on one database: the practice goes again, with the same token.
        long practiceId = Long.parseLong(written.body().replaceAll("(?s).*?\"id\":(\\d+).*", "$1"));
        assertThat(apiDelete("/api/v1/projects/BETTER/practices/" + practiceId + "?version=0", secret).statusCode())
                .isEqualTo(204);

        assertThat(jdbc.queryForList("select token_hash from access_token where account_id = ?", String.class, admin.getId()))
                .containsExactly(AccountService.hash(secret)).noneMatch(hash -> hash.contains(secret));
        assertThat(browser.get("/profile").body()).contains("Practice script").doesNotContain(secret);

        long tokenId = jdbc.queryForObject("select id from access_token where account_id = ?", Long.class, admin.getId());
        assertThat(browser.post("/profile/tokens/" + tokenId + "/revoke", "/profile").statusCode()).isEqualTo(302);

        HttpResponse<String> refused = apiPost("/api/v1/projects/BETTER/practices", secret, practice);
        assertThat(refused.statusCode()).isEqualTo(401);
        assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(refused.body()).contains("\"status\":401", "revoked");
    }

    @Test
    void aDisabledAccountCannotSignInAndItsTokensAreRefused() throws Exception {
        Account account = TestAccounts.create(accounts, "disabled", false);
        String secret = secretOn(signedIn(account).post("/profile/tokens", "/profile", "tokenName", "Reader").body());
        assertThat(apiGet("/api/v1/me", secret).statusCode()).isEqualTo(200);

        administration.setEnabled(account.getId(), false);

        assertThat(apiGet("/api/v1/me", secret).statusCode()).isEqualTo(401);
        assertThat(location(new Browser(port).signIn(account.getEmail(), TestAccounts.PASSWORD))).endsWith("/login?error");
        administration.setEnabled(account.getId(), true);
        assertThat(apiGet("/api/v1/me", secret).statusCode()).isEqualTo(200);
    }

    @Test
    void anInvitationLinkSetsThePasswordOnceAndCannotBeUsedAgain() throws Exception {
        String email = "invited-" + UUID.randomUUID().toString().substring(0, 8) + "@practicehub.test";
        IssuedLink link = administration.invite(email, "Invited person", "it", null, false, null);
        String page = "/account/setup?token=" + link.secret();
        Browser invited = new Browser(port);
        assertThat(invited.get(page).body()).contains(email, "Choose your password");
        assertThat(location(invited.signIn(email, ""))).endsWith("/login?error");

        assertThat(invited.postWithoutToken("/account/setup", "token=" + link.secret() + "&password=" + Browser.encode(NEW_PASSWORD)
                + "&repeatPassword=" + Browser.encode(NEW_PASSWORD)).statusCode()).as("refused without a CSRF token").isEqualTo(403);

        HttpResponse<String> chosen = invited.post("/account/setup", page, "token", link.secret(), "password", NEW_PASSWORD,
                "repeatPassword", NEW_PASSWORD);

        assertThat(chosen.statusCode()).isEqualTo(302);
        assertThat(location(chosen)).endsWith("/login?passwordSet");
        assertThat(location(new Browser(port).signIn(email, NEW_PASSWORD))).doesNotContain("error");

        Browser again = new Browser(port);
        HttpResponse<String> used = again.get(page);
        assertThat(used.statusCode()).isEqualTo(410);
        assertThat(used.body()).contains("This link has been used already");
        HttpResponse<String> reused = again.post("/account/setup", page, "token", link.secret(), "password",
                "another long passphrase", "repeatPassword", "another long passphrase");
        assertThat(reused.statusCode()).isEqualTo(410);
        assertThat(location(new Browser(port).signIn(email, "another long passphrase"))).endsWith("/login?error");
    }

    @Test
    void aResetLinkReplacesTheForgottenPasswordAndEndsEarlierLinks() throws Exception {
        Account account = TestAccounts.create(accounts, "reset", false);
        IssuedLink first = administration.resetPassword(account.getId());
        IssuedLink link = administration.resetPassword(account.getId());
        assertThat(new Browser(port).get("/account/setup?token=" + first.secret()).statusCode()).isEqualTo(410);
        String page = "/account/setup?token=" + link.secret();
        Browser browser = new Browser(port);

        HttpResponse<String> differs = browser.post("/account/setup", page, "token", link.secret(), "password", NEW_PASSWORD,
                "repeatPassword", NEW_PASSWORD + "!");
        assertThat(differs.statusCode()).isEqualTo(422);
        assertThat(differs.body()).contains("does not match the new password").doesNotContain(NEW_PASSWORD);
        HttpResponse<String> tooShort = browser.post("/account/setup", page, "token", link.secret(), "password", "short",
                "repeatPassword", "short");
        assertThat(tooShort.body()).contains("must be at least 12 characters long");

        browser.post("/account/setup", page, "token", link.secret(), "password", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD);

        assertThat(location(new Browser(port).signIn(account.getEmail(), TestAccounts.PASSWORD))).endsWith("/login?error");
        assertThat(location(new Browser(port).signIn(account.getEmail(), NEW_PASSWORD))).doesNotContain("error");
    }

    @Test
    void aLinkExpiresAfterSevenDays() throws Exception {
        Account account = TestAccounts.create(accounts, "expiry", false);
        IssuedLink link = administration.resetPassword(account.getId());
        clock.advance(Duration.ofDays(7).plusMinutes(1));

        HttpResponse<String> expired = new Browser(port).get("/account/setup?token=" + link.secret());

        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(expired.body()).contains("This link has expired");
        assertThat(new Browser(port).get("/account/setup?token=no-such-link").body()).contains("This link is not valid");
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndALongEnoughNewOne() throws Exception {
        Account account = TestAccounts.create(accounts, "change", false);
        Browser browser = signedIn(account);

        HttpResponse<String> wrongCurrent = browser.post("/profile/password", "/profile", "currentPassword", "not my password",
                "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD);
        assertThat(wrongCurrent.statusCode()).isEqualTo(422);
        assertThat(wrongCurrent.body()).contains("is not your current password").doesNotContain("not my password")
                .doesNotContain(NEW_PASSWORD);
        HttpResponse<String> tooShort = browser.post("/profile/password", "/profile", "currentPassword", TestAccounts.PASSWORD,
                "newPassword", "too short", "repeatPassword", "too short");
        assertThat(tooShort.statusCode()).isEqualTo(422);
        assertThat(tooShort.body()).contains("must be at least 12 characters long");

        HttpResponse<String> changed = browser.post("/profile/password", "/profile", "currentPassword", TestAccounts.PASSWORD,
                "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD);
        assertThat(location(changed)).endsWith("/profile");
        assertThat(location(new Browser(port).signIn(account.getEmail(), NEW_PASSWORD))).doesNotContain("error");
    }

    @Test
    void savingTheProfileShowsTheNewNameInThePageHeaderAtOnce() throws Exception {
        Account account = TestAccounts.create(accounts, "renamed", false);
        Browser browser = signedIn(account);
        String version = String.valueOf(accounts.account(account.getId()).getVersion());

        HttpResponse<String> saved = browser.post("/profile", "/profile", "name", "Maria Rossi", "language", "it",
                "version", version);

        assertThat(location(saved)).endsWith("/profile");
        assertThat(browser.get("/profile").body()).contains("<a class=\"nav-link\" href=\"/profile\">Maria Rossi</a>");
    }

    private Browser signedIn(Account account) throws IOException, InterruptedException {
        Browser browser = new Browser(port);
        assertThat(location(browser.signIn(account.getEmail(), TestAccounts.PASSWORD))).doesNotContain("error");
        return browser;
    }

    private static String secretOn(String page) {
        Matcher matcher = SECRET.matcher(page);
        assertThat(matcher.find()).as("the page shows the token").isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> apiPost(String path, String token, String json) throws IOException, InterruptedException {
        return api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> apiDelete(String path, String token) throws IOException, InterruptedException {
        return api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> apiGet(String path, String token) throws IOException, InterruptedException {
        return api.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }

    /** A page without its CSRF tokens, which differ from session to session. */
    private static String withoutTokens(String page) {
        return page.replaceAll("content=\"[^\"]*\"", "").replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
    }
}
