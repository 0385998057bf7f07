package eu.practicehub.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.SQLException;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Over real HTTP: an unexpected failure, here a database error whose message holds the SQL, reaches
 * neither a page nor an API client; they hear that something went wrong, the log has the rest.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ErrorPagesTests.FailingEndpoints.class)
class ErrorPagesTests {

    private static final String SQL = "select password_hash from account where email = 'x'";

    @LocalServerPort
    int port;

    @Test
    void aPageThatFailsShowsTheErrorPageWithoutTheStackTraceOrTheSql() throws Exception {
        HttpResponse<String> page = new WebSession(port).get("/test-failures/page");

        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).contains("Something went wrong on our side");
        assertLeaksNothing(page.body());
    }

    @Test
    void anApiRequestThatFailsIsAnsweredWithAProblemDocumentWithoutTheStackTraceOrTheSql() throws Exception {
        HttpResponse<String> answer = new WebSession(port).get("/api/v1/test-failures");

        assertThat(answer.statusCode()).isEqualTo(500);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.body()).contains("\"title\":\"Unexpected error\"");
        assertLeaksNothing(answer.body());
    }

    @Test
    void aFailureOutsideTheControllersReachesTheErrorPageWithoutDetails() throws Exception {
        HttpResponse<String> page = new WebSession(port).get("/test-failures/filter");

        assertThat(page.statusCode()).isEqualTo(500);
        assertLeaksNothing(page.body());
    }

    @Test
    void aMalformedAddressIsRefusedWithoutDetails() throws Exception {
        WebSession client = new WebSession(port);
        for (String path : new String[] {"/projects/BETTER;jsessionid=1/practices", "/api/v1/projects/BETTER;x=1",
                "/projects/BETTER/practices/%2e%2e/%2e%2e/etc"}) {
            HttpResponse<String> answer = client.send(HttpRequest.newBuilder(client.uri(path)).GET());

            assertThat(answer.statusCode()).as(path).isBetween(400, 404);
            assertLeaksNothing(answer.body());
        }
    }

    @Test
    void aBrokenJsonBodyIsABadRequestThatNamesNoInternals() throws Exception {
        WebSession client = new WebSession(port);
        HttpResponse<String> answer = client.send(HttpRequest.newBuilder(client.uri("/api/v1/test-failures"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"title\": ")));

        assertThat(answer.statusCode()).isIn(400, 401);
        assertLeaksNothing(answer.body());
    }

    private static void assertLeaksNothing(String body) {
        assertThat(body).doesNotContain("Exception", "exception", "at eu.practicehub", "at org.springframework", "SQL",
                "select ", "password_hash", "trace");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class FailingEndpoints {

        @Bean
        FailingPage failingPage() {
            return new FailingPage();
        }

        @Bean
        FailingApi failingApi() {
            return new FailingApi();
        }

        @Bean
        org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter> failingFilter() {
            var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<jakarta.servlet.Filter>(
                    (request, response, chain) -> {
                        if (((jakarta.servlet.http.HttpServletRequest) request).getRequestURI().equals("/test-failures/filter")) {
                            throw new IllegalStateException("Failed on " + SQL);
                        }
                        chain.doFilter(request, response);
                    });
            registration.addUrlPatterns("/test-failures/*");
            return registration;
        }
    }

    @Controller
    static class FailingPage {

        @GetMapping("/test-failures/page")
        String fail() {
            throw new BadSqlGrammarException("reading the page", SQL, new SQLException("Syntax error in SQL statement " + SQL));
        }
    }

    @RestController
    static class FailingApi {

        @GetMapping("/api/v1/test-failures")
        String fail() {
            throw new BadSqlGrammarException("reading the resource", SQL, new SQLException("Syntax error in SQL statement " + SQL));
        }
    }
}
