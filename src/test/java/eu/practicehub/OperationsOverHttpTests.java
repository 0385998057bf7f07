package eu.practicehub;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.Role;
import eu.practicehub.account.SignedInClient;
import eu.practicehub.account.TestAccounts;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.metrics.test.autoconfigure.AutoConfigureMetrics;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Over real HTTP, as an operator runs PracticeHub: the Prometheus metrics answer administrators only,
 * health stays open, and each request carries one id in its answer's header, its problem document or
 * error page, and the log lines written while it was handled.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMetrics
@ExtendWith(OutputCaptureExtension.class)
@Import(OperationsOverHttpTests.FailingEndpoints.class)
class OperationsOverHttpTests {

    private static final String METRICS = "/actuator/prometheus";
    private static final Pattern GENERATED_ID = Pattern.compile("[0-9a-f]{16}");
    private static final Pattern URI_LABEL = Pattern.compile("uri=\"([^\"]*)\"");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    ProjectService projects;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void theMetricsGiveAnAdministratorsTokenTheTimingsOfEachRouteThePoolAndTheJvmInPrometheusText() throws Exception {
        String admin = tokenOf(TestAccounts.create(accounts, "metrics-admin", true));
        assertThat(get("/api/v1/projects/BETTER/practices", null).statusCode()).isEqualTo(200);
        assertThat(get("/api/v1/projects/NO-SUCH-PROJECT/practices", null).statusCode()).isEqualTo(404);
        long practice = JSON.readTree(get("/api/v1/projects/BETTER/practices", null).body()).at("/content/0/id").asLong();
        assertThat(get("/api/v1/projects/BETTER/practices/" + practice, null).statusCode()).isEqualTo(200);

        HttpResponse<String> metrics = get(METRICS, admin);

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
        assertThat(metrics.body().lines()).anySatisfy(line -> assertThat(line)
                .startsWith("http_server_requests_seconds_count{")
                .contains("method=\"GET\"", "status=\"200\"", "uri=\"/api/v1/projects/{key}/practices\""));
        assertThat(metrics.body().lines()).anySatisfy(line -> assertThat(line)
                .startsWith("http_server_requests_seconds_count{")
                .contains("status=\"404\"", "uri=\"/api/v1/projects/{key}/practices\""));
        assertThat(metrics.body().lines()).anySatisfy(line -> assertThat(line)
                .startsWith("http_server_requests_seconds_sum{").contains("uri=\"/api/v1/projects/{key}/practices/{id}\""));
        assertThat(metrics.body()).contains("hikaricp_connections_active{", "hikaricp_connections_max{",
                "jvm_memory_used_bytes{", "jvm_threads_live_threads", "process_cpu_usage");
        Matcher uris = URI_LABEL.matcher(metrics.body());
        while (uris.find()) {
            assertThat(uris.group(1)).as("a route's template, never an address with its key or id")
                    .doesNotContain("BETTER", "NO-SUCH-PROJECT", "/" + practice);
        }
    }

    @Test
    void theMetricsAreRefusedToTheAnonymousAndToEveryAccountThatIsNoAdministrator() throws Exception {
        Project better = projects.project("BETTER");
        long genoa = projects.partner(better, "Genoa").orElseThrow().getId();
        String coordinator = tokenOf(TestAccounts.withRole(accounts, "metrics-coordinator", better.getId(), null, Role.COORDINATOR));
        String editor = tokenOf(TestAccounts.withRole(accounts, "metrics-editor", better.getId(), genoa, Role.EDITOR));
        String noRole = tokenOf(TestAccounts.create(accounts, "metrics-plain", false));

        HttpResponse<String> anonymous = get(METRICS, null);
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(anonymous.body()).doesNotContain("jvm_", "hikaricp_");
        assertThat(get(METRICS, "ph_not-a-token").statusCode()).isEqualTo(401);
        for (String token : List.of(coordinator, editor, noRole)) {
            HttpResponse<String> refused = get(METRICS, token);
            assertThat(refused.statusCode()).isEqualTo(403);
            assertThat(refused.body()).doesNotContain("jvm_", "hikaricp_");
        }
        assertThat(get("/actuator", null).statusCode()).as("the list of endpoints").isEqualTo(401);

        Account admin = TestAccounts.create(accounts, "metrics-browser", true);
        HttpResponse<String> session = SignedInClient.signIn(port, admin.getEmail(), TestAccounts.PASSWORD).get(METRICS);
        assertThat(session.statusCode()).as("an administrator signed in with a browser, without a token").isEqualTo(401);
    }

    @Test
    void healthAndItsProbesStayOpenToEveryone() throws Exception {
        for (String path : List.of("/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness")) {
            HttpResponse<String> health = get(path, null);
            assertThat(health.statusCode()).as(path).isEqualTo(200);
            assertThat(health.body()).as(path).contains("\"status\":\"UP\"");
        }
    }

    @Test
    void anApiRequestThatFailsCarriesOneIdInItsHeaderItsProblemDocumentAndItsLogLines(CapturedOutput log)
            throws Exception {
        HttpResponse<String> answer = get(FailingApi.PATH, null);

        assertThat(answer.statusCode()).isEqualTo(500);
        String id = requestIdOf(answer);
        assertThat(JSON.readTree(answer.body()).get("requestId").asString()).isEqualTo(id);
        assertThat(linesWith(log, FailingApi.LOG_LINE)).singleElement().asString().contains(id);
        assertThat(linesWith(log, "Unexpected error in an API request")).anySatisfy(line -> assertThat(line).contains(id));
    }

    @Test
    void aPageThatFailsShowsItsRequestIdOnTheErrorPageAndTheServersLogLineNamesIt(CapturedOutput log)
            throws Exception {
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri(FailingPage.PATH)).header("Accept", "text/html"));

        assertThat(page.statusCode()).isEqualTo(500);
        String id = requestIdOf(page);
        assertThat(page.body()).contains("Something went wrong on our side", "Request id: " + id + ".");
        assertThat(linesWith(log, FailingPage.LOG_LINE)).singleElement().asString().contains(id);
        assertThat(linesWith(log, "threw exception")).anySatisfy(line -> assertThat(line).contains(id));
    }

    @Test
    void theProblemDocumentsOfTheExceptionHandlersTheUnroutedRequestsAndTheSecurityFiltersNameTheirRequest()
            throws Exception {
        HttpResponse<String> notFound = get("/api/v1/projects/NO-SUCH-PROJECT", null);
        HttpResponse<String> unrouted = get("/api/v1/no-such-resource", null);
        HttpResponse<String> unauthorized = send(HttpRequest.newBuilder(uri("/api/v1/projects/BETTER/practices"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{}")));
        HttpResponse<String> tooLarge = send(HttpRequest.newBuilder(uri("/api/v1/projects/BETTER/practices"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"title\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}")));

        assertThat(List.of(notFound, unrouted, unauthorized, tooLarge)).extracting(HttpResponse::statusCode)
                .containsExactly(404, 404, 401, 413);
        for (HttpResponse<String> answer : List.of(notFound, unrouted, unauthorized, tooLarge)) {
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(JSON.readTree(answer.body()).get("requestId").asString()).isEqualTo(requestIdOf(answer));
        }
        assertThat(List.of(notFound, unrouted, unauthorized, tooLarge)).extracting(OperationsOverHttpTests::requestIdOf)
                .doesNotHaveDuplicates();
    }

    @Test
    void anIdSentByAProxyIsKeptAndAnInvalidOneIsReplaced(CapturedOutput log) throws Exception {
        HttpResponse<String> kept = send(HttpRequest.newBuilder(uri(FailingApi.PATH)).header("X-Request-Id", "lb-7f3a.9_c2"));
        assertThat(requestIdOf(kept)).isEqualTo("lb-7f3a.9_c2");
        assertThat(JSON.readTree(kept.body()).get("requestId").asString()).isEqualTo("lb-7f3a.9_c2");
        assertThat(linesWith(log, FailingApi.LOG_LINE)).anySatisfy(line -> assertThat(line).contains("lb-7f3a.9_c2"));

        for (String invalid : List.of("two words", "<script>", "a\"b", "x".repeat(65), "id;drop", "ü-umlaut")) {
            HttpResponse<String> replaced = send(HttpRequest.newBuilder(uri("/api/v1/projects/NO-SUCH-PROJECT"))
                    .header("X-Request-Id", invalid));
            assertThat(requestIdOf(replaced)).as(invalid).isNotEqualTo(invalid).matches(GENERATED_ID);
            assertThat(replaced.body()).as(invalid).doesNotContain(invalid);
        }
    }

    private static String requestIdOf(HttpResponse<String> answer) {
        List<String> ids = answer.headers().allValues("X-Request-Id");
        assertThat(ids).as("one X-Request-Id header").hasSize(1);
        return ids.get(0);
    }

    private static List<String> linesWith(CapturedOutput log, String text) {
        return log.getOut().lines().filter(line -> line.contains(text)).toList();
    }

    private HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    /** A personal access token, made as the account makes it on its profile page. */
    private String tokenOf(Account account) {
        var principal = TestAccounts.principal(account);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        try {
            return accounts.createToken("Prometheus").secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FailingEndpoints {

        @Bean
        FailingApi failingApi() {
            return new FailingApi();
        }

        @Bean
        FailingPage failingPage() {
            return new FailingPage();
        }
    }

    @RestController
    static class FailingApi {

        static final String PATH = "/api/v1/test-operations/failure";
        static final String LOG_LINE = "Reading the failing test resource";
        private static final Logger log = LoggerFactory.getLogger(FailingApi.class);

        @GetMapping(PATH)
        String fail() {
            log.info(LOG_LINE);
            throw new IllegalStateException("The test resource fails on purpose");
        }
    }

    @Controller
    static class FailingPage {

        static final String PATH = "/test-operations/failure";
        static final String LOG_LINE = "Showing the failing test page";
        private static final Logger log = LoggerFactory.getLogger(FailingPage.class);

        @GetMapping(PATH)
        String fail() {
            log.info(LOG_LINE);
            throw new IllegalStateException("The test page fails on purpose");
        }
    }
}
