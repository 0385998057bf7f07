package eu.practicehub.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/** The failed sign-ins with one email within the current window, and until when signing in with it is paused. */
@Entity
@Table(name = "sign_in_attempt")
class SignInAttempt {

    @Id
    private String email;
    private int failures;
    private Instant firstFailureAt;
    private Instant lockedUntil;

    @Version
    private long version;

    protected SignInAttempt() {
    }

    SignInAttempt(String email, Instant at) {
        this.email = email;
        this.firstFailureAt = at;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a failure; the count starts again once the window since the first failure has passed. */
    void failed(Instant now, int maxFailures, Duration window) {
        if (lockedUntil != null && !now.isBefore(lockedUntil) || !now.isBefore(firstFailureAt.plus(window))) {
            failures = 0;
            firstFailureAt = now;
            lockedUntil = null;
        }
        failures++;
        if (failures >= maxFailures) {
            lockedUntil = now.plus(window);
        }
    }

    int failures() {
        return failures;
    }
}
