package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Over real HTTP behind a TLS proxy that is trusted ({@code server.forward-headers-strategy=native}; the
 * proxy on the loopback address is one of Tomcat's internal proxies): the proxy's X-Forwarded-Proto makes
 * the request count as HTTPS, so the answer carries HSTS and the session cookie is Secure. Links still name
 * the public address whatever host the proxy forwards.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.forward-headers-strategy=native")
class TrustedProxyTests {

    @LocalServerPort
    int port;

    @Test
    void aRequestTheProxyReceivedOverHttpsGetsHstsAndASecureSessionCookie() throws Exception {
        RawHttp.Answer login = new RawHttp(port, Map.of("X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7"))
                .get("/login");

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Strict-Transport-Security")).hasValueSatisfying(hsts -> assertThat(hsts).contains("max-age="));
        assertThat(login.all("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID=")
                .containsIgnoringCase("; Secure"));
    }

    @Test
    void aRequestTheProxyReceivedOverHttpGetsNeither() throws Exception {
        RawHttp.Answer login = new RawHttp(port, Map.of("X-Forwarded-Proto", "http")).get("/login");

        assertThat(login.status()).isEqualTo(200);
        assertThat(login.header("Strict-Transport-Security")).isEmpty();
        assertThat(login.all("Set-Cookie")).allSatisfy(cookie -> assertThat(cookie).doesNotContainIgnoringCase("secure"));
    }

    @Test
    void linksNameThePublicAddressWhateverHostTheProxyForwards() throws Exception {
        RawHttp.Answer atom = new RawHttp(port, Map.of("X-Forwarded-Proto", "https", "X-Forwarded-Host", "other.example"))
                .get("/projects/BETTER/news.atom");

        assertThat(atom.status()).isEqualTo(200);
        assertThat(atom.body()).contains("href=\"" + ForgedAddressesOverHttpTests.PUBLIC + "/projects/BETTER/news.atom\"")
                .doesNotContain("other.example");
    }
}
