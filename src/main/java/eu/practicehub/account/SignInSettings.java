package eu.practicehub.account;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How signing in resists guessing: after {@code maxFailures} failed sign-ins with one email within
 * {@code lockout}, that email is refused for {@code lockout}; every failure is answered after {@code failureDelay}.
 */
@ConfigurationProperties("practicehub.sign-in")
public record SignInSettings(@DefaultValue("5") int maxFailures, @DefaultValue("15m") Duration lockout,
        @DefaultValue("300ms") Duration failureDelay) {
}
