package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.logging.LoggingSystemProperty;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The log as the application's configuration sets it up: plain text by default, one JSON object a
 * line when a structured format is chosen; both name the request a line was written for. Starts an
 * application without any bean of ours, so only the logging configuration is at work.
 */
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsTests {

    private static final Logger log = LoggerFactory.getLogger(StructuredLogsTests.class);
    private static final String ID = "3f9c2a1b7d4e6f80";

    /** Spring Boot keeps the chosen format in a system property, which outlives the application. */
    @AfterEach
    void plainTextAgainForTheTestsThatFollow() {
        MDC.remove(RequestIdFilter.LOG_KEY);
        System.clearProperty(LoggingSystemProperty.CONSOLE_STRUCTURED_FORMAT.getEnvironmentVariableName());
        startAndStop();
    }

    @Test
    void byDefaultTheLogIsPlainTextAndEachLineOfARequestNamesItsId(CapturedOutput output) {
        startAndStop();
        MDC.put(RequestIdFilter.LOG_KEY, ID);
        log.info("A plain line written while a request is handled");

        String line = lineWith(output, "A plain line written");
        assertThat(line).doesNotStartWith("{").contains("[" + ID + "] ").contains(" INFO ");
    }

    @Test
    void withTheEcsFormatEachLineIsOneJsonObjectWithTheRequestIdAsAField(CapturedOutput output) {
        startAndStop("--logging.structured.format.console=ecs");
        MDC.put(RequestIdFilter.LOG_KEY, ID);
        log.info("A structured line written while a request is handled");

        JsonNode line = JsonMapper.builder().build().readTree(lineWith(output, "A structured line written"));
        assertThat(line.get("message").asString()).isEqualTo("A structured line written while a request is handled");
        assertThat(line.get("requestId").asString()).isEqualTo(ID);
        assertThat(line.at("/log/level").asString()).isEqualTo("INFO");
        assertThat(line.at("/service/name").asString()).isEqualTo("practicehub");
        assertThat(line.has("@timestamp")).isTrue();
    }

    /** Logging is set up when an application starts, from its configuration, and stays so after it stops. */
    private static void startAndStop(String... arguments) {
        new SpringApplicationBuilder(Nothing.class).web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF)
                .logStartupInfo(false).run(arguments).close();
    }

    private static String lineWith(CapturedOutput output, String text) {
        return output.getOut().lines().filter(line -> line.contains(text)).findFirst().orElseThrow();
    }

    static class Nothing {
    }
}
