package eu.practicehub.account;

import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Accounts made for a test, with a password it knows. Runs without a signed-in user, as the system. */
public final class TestAccounts {

    public static final String PASSWORD = "correct horse battery staple";

    private TestAccounts() {
    }

    /** A new account with a unique email starting with {@code prefix}. */
    public static Account create(AccountService accounts, String prefix, boolean admin) {
        return accounts.create(new AccountService.NewAccount(email(prefix), prefix, "en", admin, PASSWORD));
    }

    /** An email no account has yet, starting with {@code prefix}. */
    public static String email(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@practicehub.test";
    }

    public static Account withRole(AccountService accounts, String prefix, long projectId, Long partnerId, Role role) {
        Account account = create(accounts, prefix, false);
        accounts.grant(account.getId(), projectId, partnerId, role);
        return account;
    }

    /** Runs {@code work} as the account signed in, as the profile page does when it creates or revokes a token. */
    public static <T> T as(Account account, Supplier<T> work) {
        AccountUser principal = principal(account);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The principal of an account, for MockMvc's {@code .with(user(...))}. */
    public static AccountUser principal(Account account) {
        return new AccountUser(account.getId(), account.getEmail(), account.getName(), account.getLanguage(),
                account.getTimeZone(), account.isAdmin());
    }
}
