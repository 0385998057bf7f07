package eu.practicehub.account;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** A personal access token for the API, stored only as the SHA-256 hash of its secret. */
@Entity
@Table(name = "access_token")
public class AccessToken {

    /** How precisely the last use is kept. */
    static final Duration USE_RESOLUTION = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    private String name;
    private String tokenHash;
    private Instant createdAt;
    private Instant lastUsedAt;
    private Instant revokedAt;

    protected AccessToken() {
    }

    AccessToken(Account account, String name, String tokenHash, Instant createdAt) {
        this.account = account;
        this.name = name.strip();
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    /**
     * Notes a use, to the minute: a client sending many requests a minute changes the token once, so
     * that reading with a token does not write to the database each time.
     */
    void used(Instant at) {
        if (lastUsedAt == null || !at.isBefore(lastUsedAt.plus(USE_RESOLUTION))) {
            this.lastUsedAt = at;
        }
    }

    void revoke(Instant at) {
        if (revokedAt == null) {
            this.revokedAt = at;
        }
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastUsedAt() {
        return lastUsedAt;
    }

    public Instant getRevokedAt() {
        return revokedAt;
    }
}
