package eu.practicehub.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser over real HTTP that does not follow redirects, so that a test sees each answer as it is. */
final class Browser {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

    private final CookieManager cookies = new CookieManager();
    private final HttpClient client = HttpClient.newBuilder().cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final String base;

    Browser(int port) {
        this.base = "http://localhost:" + port;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    String csrfToken(String path) throws IOException, InterruptedException {
        Matcher matcher = CSRF.matcher(get(path).body());
        assertThat(matcher.find()).as("the page %s carries a CSRF token", path).isTrue();
        return matcher.group(1);
    }

    /** Sends a form as the page at {@code tokenFrom} would, with its CSRF token. */
    HttpResponse<String> post(String path, String tokenFrom, String... namesAndValues) throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder("_csrf=" + encode(csrfToken(tokenFrom)));
        for (int i = 0; i < namesAndValues.length; i += 2) {
            body.append('&').append(encode(namesAndValues[i])).append('=').append(encode(namesAndValues[i + 1]));
        }
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Sends a form without a CSRF token, as another site would make a browser send it. */
    HttpResponse<String> postWithoutToken(String path, String body) throws IOException, InterruptedException {
        return client.send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        return post("/login", "/login", "username", email, "password", password);
    }

    /** Signs in with a CSRF token read before, so that many browsers can send their sign-ins at the same moment. */
    HttpResponse<String> signIn(String csrfToken, String email, String password) throws IOException, InterruptedException {
        String body = "_csrf=" + encode(csrfToken) + "&username=" + encode(email) + "&password=" + encode(password);
        return postWithoutToken("/login", body);
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
