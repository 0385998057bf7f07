package eu.practicehub;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A person's browser on the packaged application: one cookie jar for every node it talks to, as behind one
 * load balancer address (cookies do not tell ports apart), and redirects left to the test.
 */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("id=\"token-secret\">(ph_[^<]+)<");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();

    /** Signs in through the login form, as a person does. */
    void signIn(PackagedApplication app, String email, String password) {
        String login = get(app, "/login").body();
        HttpResponse<String> signedIn = post(app, "/login", Map.of("username", email, "password", password, "_csrf", csrf(login)));
        assertThat(signedIn.statusCode()).as("signing in as %s", email).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).as("signing in as %s", email)
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("error"));
    }

    /** Creates a personal access token on the profile page with this CSRF token, and answers its secret. */
    String newToken(PackagedApplication app, String csrf) {
        HttpResponse<String> created = post(app, "/profile/tokens", Map.of("tokenName", "test token", "_csrf", csrf));
        assertThat(created.statusCode()).as("creating a token").isEqualTo(200);
        return match(TOKEN, created.body());
    }

    HttpResponse<String> get(PackagedApplication app, String path) {
        return send(HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofMinutes(1)).build());
    }

    /** A form sent as the browser sends it (URL-encoded). */
    HttpResponse<String> post(PackagedApplication app, String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(app.uri(path)).timeout(Duration.ofMinutes(1))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** The value of the cookie of this name that the browser holds, if any. */
    Optional<String> cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name)).map(HttpCookie::getValue)
                .findFirst();
    }

    /** The CSRF token of the first form in the page. */
    static String csrf(String page) {
        return match(CSRF, page);
    }

    static String match(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
