package eu.practicehub.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Tag;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;

/**
 * A test of the pages through MockMvc over the whole application and its database with the
 * BETTER demo data, on {@link #TODAY} (in BETTER's fifth semester). Test classes that use it
 * share one application context and so one database: tests that write create records with
 * titles of their own and leave the demo records as they are.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest
@AutoConfigureMockMvc
@Import(PageTest.FixedClock.class)
@Tag("database")
public @interface PageTest {

    String TODAY = "2022-01-15T10:00:00Z";

    @TestConfiguration(proxyBeanMethods = false)
    class FixedClock {

        @Bean
        @Primary
        Clock fixedClock() {
            return Clock.fixed(Instant.parse(TODAY), ZoneId.of("Europe/Rome"));
        }
    }
}
