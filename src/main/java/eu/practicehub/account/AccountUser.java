package eu.practicehub.account;

import eu.practicehub.common.Actor;
import java.io.Serial;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as the security context holds it. Roles in projects and partners are not
 * kept here but read by {@link Access} when asked, so a changed membership counts at once. A session's
 * copy is compared with the stored account on every page request (see
 * {@code eu.practicehub.account.security.SessionAccountCheck}); for that it keeps a fingerprint (SHA-256) of
 * the password hash it signed in with, never the hash itself once signed in.
 */
public final class AccountUser implements UserDetails, CredentialsContainer, Actor {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String email;
    private final String displayName;
    private final String language;
    private final String timeZone;
    private final boolean admin;
    private final boolean enabled;
    private final String passwordFingerprint;
    private String passwordHash;

    /**
     * A principal that did not sign in with a password (a personal access token, which is checked on every
     * request anyway, or a test): it carries no password fingerprint, so no session check applies to it.
     * Sessions keep only principals made by {@link #of} at sign-in or by {@link #signedIn}.
     */
    public AccountUser(long accountId, String email, String displayName, String language, boolean admin) {
        this(accountId, email, displayName, language, null, admin);
    }

    /** As {@link #AccountUser(long, String, String, String, boolean)}, with the account's time zone (none: null). */
    public AccountUser(long accountId, String email, String displayName, String language, String timeZone, boolean admin) {
        this(accountId, email, displayName, language, timeZone, admin, true, null);
    }

    private AccountUser(long accountId, String email, String displayName, String language, String timeZone, boolean admin,
            boolean enabled, String passwordHash) {
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.language = language;
        this.timeZone = timeZone;
        this.admin = admin;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
        this.passwordFingerprint = fingerprint(passwordHash);
    }

    /** The account as it signs in, with its password hash to compare (erased once signed in). */
    static AccountUser of(Account account) {
        return new AccountUser(account.getId(), account.getEmail(), account.getName(), account.getLanguage(),
                account.getTimeZone(), account.isAdmin(), account.isEnabled() && account.hasPassword(),
                account.getPasswordHash());
    }

    /** The account as a session keeps it now: for a session that stays signed in after a change to the account. */
    public static AccountUser signedIn(Account account) {
        AccountUser user = of(account);
        user.eraseCredentials();
        return user;
    }

    /** Whether this principal signed in with a password, so that a session holding it is checked against the account. */
    public boolean signedInWithPassword() {
        return passwordFingerprint != null;
    }

    /** Whether the session still stands for the account as stored: enabled, with the password it signed in with. */
    public boolean isValidFor(Account account) {
        return account.getId() == accountId && account.isEnabled() && account.hasPassword()
                && passwordFingerprint != null && passwordFingerprint.equals(fingerprint(account.getPasswordHash()));
    }

    /** Whether what the session shows of the account (administrator flag, name, language, time zone) is as stored. */
    public boolean isCurrentFor(Account account) {
        return account.isAdmin() == admin && account.getEmail().equals(email) && account.getName().equals(displayName)
                && account.getLanguage().equals(language) && Objects.equals(account.getTimeZone(), timeZone);
    }

    private static String fingerprint(String passwordHash) {
        return passwordHash == null ? null : AccountService.hash(passwordHash);
    }

    @Override
    public long accountId() {
        return accountId;
    }

    @Override
    public String email() {
        return email;
    }

    @Override
    public String displayName() {
        return displayName;
    }

    public String language() {
        return language;
    }

    /** The zone the person reads moments in, when the account has one. */
    public Optional<ZoneId> zone() {
        return TimeZones.isKnown(timeZone) ? Optional.of(ZoneId.of(timeZone)) : Optional.empty();
    }

    public boolean isAdmin() {
        return admin;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return admin ? List.of(new SimpleGrantedAuthority("ROLE_USER"), new SimpleGrantedAuthority("ROLE_ADMIN"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return email;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof AccountUser that && that.accountId == accountId;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(accountId);
    }

    @Override
    public String toString() {
        return "AccountUser[" + accountId + "]";
    }
}
