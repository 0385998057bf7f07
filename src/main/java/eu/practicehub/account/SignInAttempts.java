package eu.practicehub.account;

import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts failed sign-ins per email, whether or not an account has that email, in the database so that
 * all application nodes share the count. A success forgets the failures.
 */
@Service
@EnableConfigurationProperties(SignInSettings.class)
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class SignInAttempts {

    private final SignInAttemptRepository attempts;
    private final SignInSettings settings;
    private final Clock clock;

    SignInAttempts(SignInAttemptRepository attempts, SignInSettings settings, ObjectProvider<Clock> clock) {
        this.attempts = attempts;
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public SignInSettings settings() {
        return settings;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String email) {
        return attempts.findById(Account.normalised(email)).map(a -> a.isLocked(Instant.now(clock))).orElse(false);
    }

    /** Each repository call commits on its own, so that a clash with another node's count can be caught here. */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public void failed(String email) {
        String key = Account.normalised(email);
        if (key.isEmpty() || key.length() > 254) {
            return;
        }
        Instant now = Instant.now(clock);
        try {
            SignInAttempt attempt = attempts.findById(key).orElseGet(() -> new SignInAttempt(key, now));
            attempt.failed(now, settings.maxFailures(), settings.lockout());
            attempts.saveAndFlush(attempt);
        } catch (DataIntegrityViolationException | ObjectOptimisticLockingFailureException e) {
            // Another node counted a failure of the same email at the same moment: one of the two counts.
        }
    }

    public void succeeded(String email) {
        attempts.deleteByEmail(Account.normalised(email));
    }
}
