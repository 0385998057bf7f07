package eu.practicehub.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A browser-like HTTP client that signed in on the login page and sends the pages' CSRF token. */
public final class SignedInClient {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

    private final HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();
    private final String base;

    private SignedInClient(int port) {
        this.base = "http://localhost:" + port;
    }

    public static SignedInClient signIn(int port, String email, String password) throws IOException, InterruptedException {
        SignedInClient session = new SignedInClient(port);
        String token = session.csrfToken("/login");
        HttpResponse<String> signedIn = session.send(HttpRequest.newBuilder(URI.create(session.base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(email) + "&password=" + encode(password)
                        + "&_csrf=" + encode(token))));
        assertThat(signedIn.uri().getPath()).as("signed in, not sent back to the login page").isNotEqualTo("/login");
        return session;
    }

    /** The CSRF token of the page at {@code path}. */
    public String csrfToken(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    public HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    /** Sends a request to a page address with the CSRF token read from the page at {@code tokenFrom}. */
    public HttpResponse<String> send(String path, String tokenFrom, String contentType, HttpRequest.BodyPublisher body)
            throws IOException, InterruptedException {
        String token = csrfToken(tokenFrom);
        return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .header("X-CSRF-TOKEN", token).POST(body));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
