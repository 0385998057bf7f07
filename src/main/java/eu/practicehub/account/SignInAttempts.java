package eu.practicehub.account;

import java.time.Clock;
import java.time.Instant;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Counts sign-in attempts per email, whether or not an account has that email, in the database so that
 * all application nodes share the count. Every attempt is counted before its password is compared, under
 * a row lock, so that parallel attempts cannot slip past the limit; a success forgets the count.
 */
@Service
@EnableConfigurationProperties(SignInSettings.class)
@Transactional(propagation = Propagation.REQUIRES_NEW)
public class SignInAttempts {

    private static final int TRIES = 5;

    private final SignInAttemptRepository attempts;
    private final SignInSettings settings;
    private final Clock clock;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    SignInAttempts(SignInAttemptRepository attempts, SignInSettings settings, ObjectProvider<Clock> clock, JdbcTemplate jdbc,
            PlatformTransactionManager transactions) {
        this.attempts = attempts;
        this.settings = settings;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public SignInSettings settings() {
        return settings;
    }

    @Transactional(readOnly = true)
    public boolean isLocked(String email) {
        return attempts.findById(Account.normalised(email)).map(a -> a.isLocked(Instant.now(clock))).orElse(false);
    }

    /**
     * Counts an attempt to sign in with this email and says whether its password may be compared: false
     * while the email is paused. Each step commits on its own; the count is raised under a row lock, so
     * every attempt counts however many arrive at once. Should the count fail again and again, the attempt
     * is refused rather than let through uncounted.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public boolean attempt(String email) {
        String key = Account.normalised(email);
        if (key.isEmpty() || key.length() > 254) {
            return true; // no account can have such an email, so its password never matches
        }
        for (int i = 0; i < TRIES; i++) {
            Instant now = Instant.now(clock);
            try {
                ensureRow(key, now);
                Boolean allowed = ownTransaction.execute(status -> attempts.lockByEmail(key)
                        .map(attempt -> attempt.attempted(now, settings.maxFailures(), settings.lockout()))
                        .orElse(null));
                if (allowed != null) {
                    return allowed;
                }
                // a success deleted the row in between: count again on a new row
            } catch (DataIntegrityViolationException | ConcurrencyFailureException e) {
                // another attempt inserted or locked the row at the same moment: count again
            }
        }
        return false;
    }

    /** Inserts the email's row unless it exists; a parallel insert of the same email makes this fail, which the caller retries. */
    private void ensureRow(String key, Instant now) {
        ownTransaction.executeWithoutResult(status -> {
            Integer rows = jdbc.queryForObject("select count(*) from sign_in_attempt where email = ?", Integer.class, key);
            if (rows == null || rows == 0) {
                jdbc.update("insert into sign_in_attempt (email, failures, first_failure_at, version) values (?, 0, ?, 0)",
                        key, java.time.OffsetDateTime.ofInstant(now, java.time.ZoneOffset.UTC));
            }
        });
    }

    public void succeeded(String email) {
        attempts.deleteByEmail(Account.normalised(email));
    }
}
