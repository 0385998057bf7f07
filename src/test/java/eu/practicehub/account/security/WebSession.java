package eu.practicehub.account.security;

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
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser's session over real HTTP, step by step: it keeps cookies, follows no redirect by itself
 * and sends a CSRF token only when told to, so that tests can see what each step does.
 */
final class WebSession {

    static final String SESSION_COOKIE = "JSESSIONID";
    private static final String ACCEPT_PAGES = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern CSRF = Pattern.compile("<meta name=\"csrf-token\" content=\"([^\"]+)\"");

    private final CookieManager cookies;
    private final HttpClient client;
    private final String base;

    WebSession(int port) {
        this(port, new CookieManager());
    }

    private WebSession(int port, CookieManager cookies) {
        this.base = "http://localhost:" + port;
        this.cookies = cookies;
        this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** The same browser, with its cookies, talking to the server at another port: another node behind one address. */
    WebSession at(int port) {
        return new WebSession(port, cookies);
    }

    /** A session signed in on the login page. */
    static WebSession signedIn(int port, String email, String password) throws IOException, InterruptedException {
        WebSession session = new WebSession(port);
        HttpResponse<String> answer = session.signIn(email, password);
        assertThat(answer.headers().firstValue("Location")).as("signed in, not sent back to the login page")
                .hasValueSatisfying(location -> assertThat(location).doesNotContain("/login"));
        return session;
    }

    HttpResponse<String> signIn(String email, String password) throws IOException, InterruptedException {
        String token = csrfToken("/login");
        return postForm("/login", Map.of("username", email, "password", password, "_csrf", token), null);
    }

    String csrfToken(String path) throws IOException, InterruptedException {
        HttpResponse<String> page = get(path);
        assertThat(page.statusCode()).as("GET " + path).isEqualTo(200);
        Matcher matcher = CSRF.matcher(page.body());
        assertThat(matcher.find()).as("the page carries a CSRF token").isTrue();
        return matcher.group(1);
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", ACCEPT_PAGES).GET());
    }

    /** A GET that follows redirects within this server, as a browser does. */
    HttpResponse<String> getFollowing(String path) throws IOException, InterruptedException {
        HttpResponse<String> answer = get(path);
        for (int hops = 0; hops < 5 && answer.statusCode() / 100 == 3; hops++) {
            answer = get(answer.headers().firstValue("Location").orElseThrow());
        }
        return answer;
    }

    /** A form post, with the CSRF token as the header htmx sends when {@code csrfHeader} is not null. */
    HttpResponse<String> postForm(String path, Map<String, String> fields, String csrfHeader)
            throws IOException, InterruptedException {
        return postForm(path, formBody(fields), csrfHeader);
    }

    HttpResponse<String> postForm(String path, String body, String csrfHeader) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", ACCEPT_PAGES)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (csrfHeader != null) {
            request.header("X-CSRF-TOKEN", csrfHeader).header("HX-Request", "true");
        }
        return send(request);
    }

    HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(SESSION_COOKIE))
                .map(HttpCookie::getValue).findFirst();
    }

    /** Makes this browser send the given session id, as an attacker who planted it would have it. */
    void plantSessionId(String id) {
        HttpCookie cookie = new HttpCookie(SESSION_COOKIE, id);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookie.setDomain("localhost");
        cookies.getCookieStore().add(uri("/"), cookie);
    }

    URI uri(String path) {
        return URI.create(path.startsWith("http") ? path : base + path);
    }

    static String formBody(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
