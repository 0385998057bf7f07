package eu.practicehub.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** Over real HTTP: every answer, page, API or error, carries the security headers; none allows inline script. */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class SecurityHeadersTests {

    @LocalServerPort
    int port;

    @Test
    void aPageCarriesAScriptFreeContentSecurityPolicyAndTheOtherSecurityHeaders() throws Exception {
        HttpResponse<String> page = new WebSession(port).get("/projects/BETTER/practices");

        assertThat(page.statusCode()).isEqualTo(200);
        assertPageHeaders(page.headers());
    }

    @Test
    void anErrorPageCarriesTheSameHeaders() throws Exception {
        HttpResponse<String> page = new WebSession(port).get("/projects/BETTER/practices/987654321");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Not found · PracticeHub");
        assertPageHeaders(page.headers());
    }

    @Test
    void anApiAnswerMayNotLoadAnythingOrBeFramed() throws Exception {
        HttpResponse<String> answer = new WebSession(port).get("/api/v1/projects/BETTER");

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityConfiguration.API_CONTENT_SECURITY_POLICY);
        assertCommonHeaders(answer.headers());
        assertThat(answer.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
    }

    @Test
    void anApiProblemDocumentCarriesTheSameHeaders() throws Exception {
        HttpResponse<String> answer = new WebSession(port).get("/api/v1/projects/NO-SUCH-PROJECT");

        assertThat(answer.statusCode()).isEqualTo(404);
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(answer.headers().firstValue("Content-Security-Policy"))
                .hasValue(SecurityConfiguration.API_CONTENT_SECURITY_POLICY);
        assertCommonHeaders(answer.headers());
    }

    @Test
    void swaggerUiIsServedUnderThePagesPolicyAndLoadsOnlyScriptFiles() throws Exception {
        HttpResponse<String> page = new WebSession(port).get("/swagger-ui/index.html");

        assertThat(page.statusCode()).isEqualTo(200);
        assertPageHeaders(page.headers());
        assertThat(page.body()).containsPattern("<script src=\"[^\"]+\"[^>]*>\\s*</script>")
                .doesNotContainPattern("<script(?![^>]*\\bsrc=)[^>]*>");
    }

    private static void assertPageHeaders(HttpHeaders headers) {
        String policy = headers.firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY).contains("script-src 'self'")
                .contains("object-src 'none'").contains("frame-ancestors 'none'");
        String scripts = policy.replaceAll(".*script-src ([^;]*).*", "$1");
        assertThat(scripts).isEqualTo("'self'").doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("same-origin");
        assertCommonHeaders(headers);
    }

    private static void assertCommonHeaders(HttpHeaders headers) {
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("Permissions-Policy")).hasValue(SecurityConfiguration.PERMISSIONS_POLICY)
                .hasValueSatisfying(p -> assertThat(p).contains("camera=()", "geolocation=()", "microphone=()"));
        assertThat(headers.firstValue("Strict-Transport-Security")).as("HSTS only over HTTPS").isEmpty();
    }
}
