package eu.practicehub.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A token's last use is kept to the minute, so that a busy client does not write at every request. */
class AccessTokenTests {

    private static final Instant NOON = Instant.parse("2026-12-02T12:00:00Z");

    @Test
    void aUseWithinAMinuteOfTheLastOneChangesNothingALaterOneIsKept() {
        AccessToken token = new AccessToken(null, "scraper", "hash", NOON);

        token.used(NOON);
        token.used(NOON.plusSeconds(59));
        assertThat(token.getLastUsedAt()).isEqualTo(NOON);

        token.used(NOON.plusSeconds(60));
        assertThat(token.getLastUsedAt()).isEqualTo(NOON.plusSeconds(60));
    }
}
