package eu.practicehub.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.practicehub.PracticeHubApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.source.InvalidConfigurationPropertyValueException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** The configured public address: what it accepts, the links it builds, and a start that stops on a wrong one. */
@ExtendWith(OutputCaptureExtension.class)
class PublicAddressTests {

    @ParameterizedTest
    @CsvSource({
        "http://localhost:8080,             http://localhost:8080",
        "https://practicehub.example.org/,  https://practicehub.example.org",
        "HTTPS://practicehub.example.org,   https://practicehub.example.org",
        "' https://example.org/hub//  ',    https://example.org/hub",
        "http://[::1]:8080,                 http://[::1]:8080"})
    void takesAnHttpOrHttpsAddressWithoutItsTrailingSlash(String configured, String base) {
        assertThat(new PublicAddress(configured).base()).hasToString(base);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "practicehub.example.org", "//practicehub.example.org", "ftp://practicehub.example.org",
        "javascript:alert(1)", "https://", "https:///path", "https://practice hub.example.org",
        "https://practicehub.example.org/?from=config", "https://practicehub.example.org/#top",
        "https://admin:secret@practicehub.example.org", "http://practicehub.example.org:70000"})
    void refusesAnythingElseNamingTheProperty(String configured) {
        assertThatThrownBy(() -> new PublicAddress(configured)).isInstanceOf(InvalidConfigurationPropertyValueException.class)
                .hasMessageContaining("practicehub.base-url");
    }

    @Test
    void buildsLinksBelowItsPathWithTheValuesEncoded() {
        PublicAddress address = new PublicAddress("https://practicehub.example.org/hub");

        assertThat(address.link("/api/v1/projects/{key}/practices/{id}", "BETTER", 7))
                .hasToString("https://practicehub.example.org/hub/api/v1/projects/BETTER/practices/7");
        assertThat(address.link("/api/v1/projects/{key}", "A/../B?c#d"))
                .hasToString("https://practicehub.example.org/hub/api/v1/projects/A%2F..%2FB%3Fc%23d");
        assertThat(address.link("/account/setup?token={token}", "a+b&c"))
                .hasToString("https://practicehub.example.org/hub/account/setup?token=a%2Bb%26c");
        assertThat(address.webcal("/projects/BETTER/calendar.ics"))
                .isEqualTo("webcal://practicehub.example.org/hub/projects/BETTER/calendar.ics");
    }

    @Test
    void aWrongAddressStopsTheStartWithAMessageNamingThePropertyAndTheValue(CapturedOutput output) {
        SpringApplicationBuilder start = new SpringApplicationBuilder(PracticeHubApplication.class);

        assertThatThrownBy(() -> start.run("--practicehub.base-url=ftp://practicehub.example.org", "--server.port=0").close())
                .hasRootCauseInstanceOf(InvalidConfigurationPropertyValueException.class);
        assertThat(output).contains("APPLICATION FAILED TO START",
                "Invalid value 'ftp://practicehub.example.org' for configuration property 'practicehub.base-url'",
                "it does not start with http:// or https://");
    }
}
