package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.TestAccounts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

/**
 * Over real HTTP, what is refused before a controller reads it: body types other than JSON (and CSV
 * where an upload takes it), bodies and parameters that are not UTF-8 or hold control characters,
 * addresses the security firewall or the servlet container refuses, and {@code /error} asked for
 * directly. The API answers with a problem document, the pages with the error page, never with a
 * 5xx, and nothing is written.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RequestRefusalTests {

    private static final String PROBLEM = "application/problem+json";

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private String key;
    private String token;

    @BeforeAll
    void aProjectAndACoordinatorsToken() {
        key = ApiTestProjects.copyOfBetter(mvc, "REFUSED");
        Account admin = TestAccounts.create(accounts, "refusals", true);
        token = TestAccounts.as(admin, () -> accounts.createToken("refusals")).secret();
    }

    @Test
    void aYamlBodyIsRefusedWith415AndItsControlCharactersAreNeverStored() throws Exception {
        long before = practices();

        HttpResponse<String> answer = send("POST", "/api/v1/projects/" + key + "/practices", "application/yaml",
                "title: \"Stored through YAML\\0\\e[31m\"\nowner: Genoa\n");

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(problem(answer).get("detail").asString()).contains("application/json").contains("application/yaml");
        assertThat(practices()).isEqualTo(before);
        assertThat(jdbc.queryForObject("select count(*) from practice where title like 'Stored through YAML%'", Long.class))
                .isZero();
    }

    @Test
    void everyBodyTypeButJsonIsAnUnsupportedMediaTypeProblemWildcardsIncluded() throws Exception {
        long before = practices();
        String body = "{\"title\": \"Sent as something else\", \"owner\": \"Genoa\"}";

        for (String type : List.of("*/*", "application/*", "application/xml", "text/xml", "text/plain", "application/cbor",
                "application/problem+json", "application/merge-patch+json", "application/json; charset=iso-8859-1",
                "application/x-www-form-urlencoded", "not a type")) {
            HttpResponse<String> answer = send("POST", "/api/v1/projects/" + key + "/practices", type, body);
            assertThat(answer.statusCode()).as(type).isEqualTo(415);
            assertThat(answer.headers().firstValue("Content-Type")).as(type).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
        }
        assertThat(practices()).isEqualTo(before);

        HttpResponse<String> json = send("POST", "/api/v1/projects/" + key + "/practices", "application/json; charset=UTF-8", body);
        assertThat(json.statusCode()).isEqualTo(201);
    }

    @Test
    void theApiAnswersInJsonOnlyNeverInYaml() throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri("/api/v1/projects"))
                .header("Accept", "application/yaml").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(406);
        assertThat(answer.body()).doesNotContain("---");
    }

    @Test
    void aFormBodyWithControlCharactersOnAnApiDeleteIsRefusedAndDeletesNothing() throws Exception {
        long id = jdbc.queryForObject("select min(r.id) from travel_restriction r join project p on p.id = r.project_id "
                + "where p.project_key = ?", Long.class, key);

        HttpResponse<String> answer = send("DELETE", "/api/v1/projects/" + key + "/restrictions/" + id + "?version=0",
                "application/x-www-form-urlencoded", "note=%00%1b&%zz=1");

        assertThat(answer.statusCode()).isEqualTo(415);
        assertThat(jdbc.queryForObject("select count(*) from travel_restriction where id = ?", Long.class, id)).isOne();
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedNotDecoded() throws Exception {
        long before = practices();
        byte[] overlong = "{\"title\": \"A\u0000\u0000 sign\", \"owner\": \"Genoa\"}".getBytes(StandardCharsets.UTF_8);
        overlong[12] = (byte) 0xC0;
        overlong[13] = (byte) 0xBC;

        HttpResponse<String> answer = http.send(request("POST", "/api/v1/projects/" + key + "/practices", "application/json",
                HttpRequest.BodyPublishers.ofByteArray(overlong)), HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(problem(answer).get("detail").asString()).isEqualTo(
                "The request body is not valid UTF-8: byte 12 does not belong where it stands. Nothing was changed.");
        assertThat(practices()).isEqualTo(before);
    }

    @Test
    void aQueryThatIsNotPercentEncodedUtf8IsABadRequestNamingTheParameter() throws Exception {
        for (String query : List.of("q=%ff", "q=%c0%bc", "q=a%ed%a0%80")) {
            HttpResponse<String> api = get("/api/v1/projects/BETTER/practices?" + query);
            assertThat(api.statusCode()).as(query).isEqualTo(400);
            assertThat(problem(api).get("detail").asString()).as(query)
                    .isEqualTo("The parameter “q” is not valid percent-encoded UTF-8.");

            HttpResponse<String> page = get("/projects/BETTER/practices?" + query);
            assertThat(page.statusCode()).as(query).isEqualTo(400);
            assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
            assertThat(page.body()).contains("Something went wrong").contains("The parameter “q” is not valid percent-encoded UTF-8.");
        }
    }

    @Test
    void aControlCharacterInAParameterNameIsABadRequestOnTheApiAndItsDocument() throws Exception {
        for (String path : List.of("/api/v1/projects?%00=1", "/v3/api-docs?%00=1", "/api/v1/projects?a%1b=1")) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(problem(answer).get("detail").asString()).as(path).contains("holds a control character");
        }
    }

    @Test
    void anAddressTheFirewallRefusesIsAProblemOnTheApiAndTheErrorPageElsewhere() throws Exception {
        for (String path : List.of("/api/v1/projects/BETTER/practices;jsessionid=1", "/api/v1//projects",
                "/api/v1/projects/BETTER/%2e%2e/practices", "/api/v1/projects/BETTER%2fpractices",
                "/api/v1/projects/BETTER/practices/%25", "/api/v1/projects/BETTER/%5cpractices")) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(problem(answer).get("title").asString()).as(path).isEqualTo("Bad Request");
        }
        for (String path : List.of("/projects/BETTER/practices;x=1", "/projects//BETTER", "/projects/BETTER/%2e%2e/x")) {
            HttpResponse<String> page = get(path);
            assertThat(page.statusCode()).as(path).isEqualTo(400);
            assertThat(page.body()).as(path).contains("<main").contains("Something went wrong");
        }
    }

    @Test
    void anAddressTheServletContainerRefusesIsAnsweredInOurWordsToo() throws Exception {
        for (String path : List.of("/api/v1/projects/%00", "/api/v1/projects/%ff", "/api/v1/projects/%c0%bc")) {
            HttpResponse<String> answer = get(path);
            assertThat(answer.statusCode()).as(path).isEqualTo(400);
            assertThat(problem(answer).get("detail").asString()).as(path).startsWith("The request could not be read");
        }
        HttpResponse<String> page = get("/projects/%ff");
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("<main>").contains("Something went wrong").doesNotContain("Tomcat");
    }

    @Test
    void aPartWhoseFileNameHoldsANulIsABadRequestOnAnyAddressNotAServerError() throws Exception {
        for (String disposition : List.of("filename=\"x\u0000.txt\"", "filename*=UTF-8''a%00b")) {
            String body = "--QQ\r\nContent-Disposition: form-data; name=\"f\"; " + disposition + "\r\n\r\nv\r\n--QQ--\r\n";
            for (String path : List.of("/projects/BETTER", "/login", "/projects/BETTER/practices/new")) {
                HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri(path))
                        .header("Content-Type", "multipart/form-data; boundary=QQ")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(path + " " + disposition).isEqualTo(400);
                assertThat(answer.body()).as(path).contains("Something went wrong");
            }
        }
    }

    @Test
    void aParameterSentTwiceIsNamedWithItsValuesNotAsAJavaArray() throws Exception {
        HttpResponse<String> answer = get("/api/v1/projects/BETTER/events?semester=1&semester=x");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(problem(answer).get("detail").asString()).isEqualTo(
                "“1, x” is not a valid value for the parameter semester: expected a whole number.");
    }

    @Test
    void theErrorAddressItselfIsNotFound() throws Exception {
        assertThat(get("/error").statusCode()).isEqualTo(404);
        assertThat(send("POST", "/error", "application/json", "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void numbersInAddressesAndParametersAreDecimalOnly() throws Exception {
        HttpResponse<String> hex = get("/api/v1/projects/BETTER/practices/0x1");
        assertThat(hex.statusCode()).isEqualTo(400);
        assertThat(problem(hex).get("detail").asString()).isEqualTo(
                "“0x1” is not a valid value for the parameter id: expected a whole number.");
        assertThat(get("/api/v1/projects/BETTER/events?semester=%235").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/projects/BETTER/practices/%2B1").statusCode()).isEqualTo(400);
        assertThat(get("/api/v1/projects/BETTER/practices/1").statusCode()).isEqualTo(200);
        assertThat(get("/projects/BETTER/practices/0x1").statusCode()).isEqualTo(404);
    }

    private long practices() {
        return jdbc.queryForObject("select count(*) from practice", Long.class);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> send(String method, String path, String type, String body) throws Exception {
        return http.send(request(method, path, type, HttpRequest.BodyPublishers.ofString(body)),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String method, String path, String type, HttpRequest.BodyPublisher body) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).header("Content-Type", type)
                .method(method, body).build();
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static JsonNode problem(HttpResponse<String> answer) {
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith(PROBLEM));
        JsonNode problem = ApiTestProjects.tree(answer.body());
        assertThat(problem.get("status").asInt()).isEqualTo(answer.statusCode());
        return problem;
    }
}
