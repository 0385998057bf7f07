package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.TestAccounts;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP, with requests that name another host in every way a client can (Host, X-Forwarded-*,
 * Forwarded): redirects stay on this site and links name the public address ({@code practicehub.base-url}
 * of the tests). The server runs as on Kubernetes, where Spring Boot would trust forwarded headers
 * unless told otherwise; no proxy is configured as trusted.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.main.cloud-platform=kubernetes")
class ForgedAddressesOverHttpTests {

    static final String PUBLIC = "https://practicehub.example";
    static final String EVIL = "evil.example";

    /** Every header by which a request can claim to have been sent to another address. */
    static final Map<String, String> FORGED = forged();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Test
    void signingInAndOutRedirectsToPathsOfThisSiteWhateverHostTheRequestNames() throws Exception {
        Account account = TestAccounts.create(accounts, "forged-host", false);
        RawHttp browser = new RawHttp(port, FORGED);

        assertThat(browser.get("/profile").header("Location")).as("to the login page").hasValue("/login");
        assertThat(browser.post("/login", "/login", form("username", account.getEmail(), "password", "a wrong guess"))
                .header("Location")).as("a failed sign-in").hasValue("/login?error");
        assertThat(browser.post("/login", "/login", form("username", account.getEmail(), "password", TestAccounts.PASSWORD))
                .header("Location")).as("back to the page asked for").hasValue("/profile?continue");
        assertThat(browser.get("/profile?continue").status()).isEqualTo(200);
        assertThat(browser.post("/logout", "/profile", "").header("Location")).as("signed out").hasValue("/login?signedOut");
    }

    @Test
    void anHttp10RedirectWhichTomcatMakesAbsoluteGoesToThePublicAddress() throws Exception {
        RawHttp.Answer answer = new RawHttp(port, FORGED).send("GET", "/profile", RawHttp.HTTP_1_0, null);

        assertThat(answer.status()).isEqualTo(302);
        assertThat(answer.header("Location")).hasValue(PUBLIC + "/login");
    }

    @Test
    void feedsTheApiDocumentAndTheActuatorLinkToThePublicAddressWhateverHostTheRequestNames() throws Exception {
        RawHttp client = new RawHttp(port, FORGED);

        RawHttp.Answer atom = client.get("/projects/BETTER/news.atom");
        assertThat(atom.status()).isEqualTo(200);
        assertThat(atom.body()).contains("href=\"" + PUBLIC + "/projects/BETTER/news.atom\"",
                "href=\"" + PUBLIC + "/projects/BETTER/news\"").doesNotContain(EVIL);

        RawHttp.Answer calendar = client.get("/projects/BETTER/calendar.ics");
        assertThat(calendar.status()).isEqualTo(200);
        assertThat(calendar.body().replace("\r\n ", "")).contains("URL:" + PUBLIC + "/projects/BETTER/events/")
                .doesNotContain(EVIL);

        RawHttp.Answer events = client.get("/projects/BETTER/events");
        assertThat(events.body()).contains("href=\"webcal://practicehub.example/projects/BETTER/calendar.ics\"")
                .doesNotContain(EVIL);

        RawHttp.Answer api = client.get("/v3/api-docs");
        assertThat(api.status()).isEqualTo(200);
        assertThat(api.body()).contains("\"servers\":[{\"url\":\"" + PUBLIC + "\"").doesNotContain(EVIL);

        Account admin = TestAccounts.create(accounts, "forged-actuator", true);
        Map<String, String> withToken = new LinkedHashMap<>(FORGED);
        withToken.put("Authorization", "Bearer " + TestAccounts.as(admin, () -> accounts.createToken("links")).secret());
        RawHttp.Answer actuator = new RawHttp(port, withToken).get("/actuator");
        assertThat(actuator.status()).as("the links page answers an administrator's token").isEqualTo(200);
        assertThat(actuator.body()).contains("\"href\":\"" + PUBLIC + "/actuator/health\"").doesNotContain(EVIL);
    }

    @Test
    void anUntrustedForwardedProtocolDoesNotMakeTheConnectionCountAsHttps() throws Exception {
        RawHttp.Answer login = new RawHttp(port, FORGED).get("/login");

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Strict-Transport-Security")).isEmpty();
        assertThat(login.all("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="))
                .allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("secure"));
    }

    private static Map<String, String> forged() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Host", EVIL);
        headers.put("X-Forwarded-Host", EVIL);
        headers.put("X-Forwarded-Proto", "https");
        headers.put("X-Forwarded-Port", "8443");
        headers.put("X-Forwarded-Prefix", "/evil");
        headers.put("X-Forwarded-For", "203.0.113.7");
        headers.put("Forwarded", "for=203.0.113.7;host=" + EVIL + ";proto=https");
        return headers;
    }

    static String form(String... namesAndValues) {
        StringBuilder form = new StringBuilder();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            form.append(form.isEmpty() ? "" : "&").append(URLEncoder.encode(namesAndValues[i], StandardCharsets.UTF_8))
                    .append('=').append(URLEncoder.encode(namesAndValues[i + 1], StandardCharsets.UTF_8));
        }
        return form.toString();
    }
}
