package eu.practicehub.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;

/**
 * The sign-in attempts with one email since its last success, within the current window, and until when
 * signing in with it is paused. Every attempt counts before its password is compared; a success deletes the row.
 */
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

    /**
     * Counts an attempt before its password is compared, and says whether the password may be compared at
     * all: the first {@code maxFailures} attempts within the window are, later ones are refused while the
     * pause lasts. The count starts again once the pause, or the window since the first attempt, has passed.
     */
    boolean attempted(Instant now, int maxFailures, Duration window) {
        if (lockedUntil != null ? !now.isBefore(lockedUntil) : !now.isBefore(firstFailureAt.plus(window))) {
            failures = 0;
            firstFailureAt = now;
            lockedUntil = null;
        }
        failures++;
        if (failures >= maxFailures && lockedUntil == null) {
            lockedUntil = now.plus(window);
        }
        return failures <= maxFailures;
    }

    int failures() {
        return failures;
    }
}
