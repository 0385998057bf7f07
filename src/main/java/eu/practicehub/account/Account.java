package eu.practicehub.account;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Locale;

/**
 * A person who signs in: an email, a name, a preferred language, an optional time zone to read moments in,
 * and a password kept only as a hash.
 */
@Entity
@Table(name = "account")
public class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;
    private String name;
    private String language;
    private String timeZone;
    private String passwordHash;
    private boolean admin;
    private boolean enabled;
    private Instant createdAt;

    @Version
    private long version;

    protected Account() {
    }

    Account(String email, String name, String language, boolean admin, Instant createdAt) {
        this.email = normalised(email);
        this.name = name.strip();
        this.language = language;
        this.admin = admin;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** Emails compare without regard to case or surrounding spaces. */
    public static String normalised(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    void describe(String name, String language, String timeZone) {
        this.name = name.strip();
        this.language = language;
        this.timeZone = timeZone;
    }

    void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    void setAdmin(boolean admin) {
        this.admin = admin;
    }

    void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getId() {
        return id;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public String getLanguage() {
        return language;
    }

    /** The IANA name of the zone the person reads moments in (such as Europe/Rome); none when not chosen. */
    public String getTimeZone() {
        return timeZone;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean hasPassword() {
        return passwordHash != null;
    }

    public boolean isAdmin() {
        return admin;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public long getVersion() {
        return version;
    }
}
