package eu.practicehub;

import java.time.Clock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The application's clock for test slices that do not load the web configuration declaring it. */
@TestConfiguration(proxyBeanMethods = false)
public class SystemClock {

    @Bean
    Clock clock() {
        return Clock.systemDefaultZone();
    }
}
