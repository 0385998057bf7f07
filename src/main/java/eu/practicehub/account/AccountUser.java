package eu.practicehub.account;

import eu.practicehub.common.Actor;
import java.io.Serial;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The signed-in account as the security context holds it. Roles in projects and partners are not
 * kept here but read by {@link Access} when asked, so a changed membership counts at once.
 */
public final class AccountUser implements UserDetails, CredentialsContainer, Actor {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String email;
    private final String displayName;
    private final String language;
    private final boolean admin;
    private final boolean enabled;
    private String passwordHash;

    public AccountUser(long accountId, String email, String displayName, String language, boolean admin) {
        this(accountId, email, displayName, language, admin, true, null);
    }

    private AccountUser(long accountId, String email, String displayName, String language, boolean admin, boolean enabled,
            String passwordHash) {
        this.accountId = accountId;
        this.email = email;
        this.displayName = displayName;
        this.language = language;
        this.admin = admin;
        this.enabled = enabled;
        this.passwordHash = passwordHash;
    }

    static AccountUser of(Account account) {
        return new AccountUser(account.getId(), account.getEmail(), account.getName(), account.getLanguage(),
                account.isAdmin(), account.isEnabled() && account.hasPassword(), account.getPasswordHash());
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
