package eu.practicehub.account.security;

import eu.practicehub.account.AccountService;
import eu.practicehub.account.SignInAttempts;
import eu.practicehub.common.Text;
import java.time.Duration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Signs a person in with email and password on the login page. Every refusal looks the same, whether
 * the email has no account, the account is disabled or has no password yet, the password is wrong or
 * the email is paused after repeated failures: one message, and about the same time, because a password
 * hash is compared in every case (against a hash of nothing when there is no account) and every failure
 * is answered after the same delay. Every attempt is counted before its password is compared, and a
 * success forgets the count.
 */
class PasswordSignIn implements AuthenticationProvider {

    private final AccountService accounts;
    private final SignInAttempts attempts;
    private final PasswordEncoder passwords;
    private final String hashOfNothing;

    PasswordSignIn(AccountService accounts, SignInAttempts attempts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.attempts = attempts;
        this.passwords = passwords;
        this.hashOfNothing = passwords.encode("no account has this password " + System.nanoTime());
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String email = request.getName() == null ? "" : request.getName();
        String password = request.getCredentials() == null ? "" : request.getCredentials().toString();
        // Counted before the password is compared, so that parallel guesses cannot outrun the pause. An
        // email holding a control character is no account's: it is neither counted nor looked up.
        boolean clean = Text.isClean(email);
        boolean allowed = clean && attempts.attempt(email);
        UserDetails user = allowed ? find(email) : null;
        String hash = user != null && user.getPassword() != null ? user.getPassword() : hashOfNothing;
        boolean matches = passwords.matches(password, hash);
        if (!allowed || user == null || !user.isEnabled() || !matches) {
            pause(attempts.settings().failureDelay());
            throw new BadCredentialsException("Bad credentials");
        }
        attempts.succeeded(email);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private UserDetails find(String email) {
        try {
            return accounts.loadUserByUsername(email);
        } catch (UsernameNotFoundException e) {
            return null;
        }
    }

    private static void pause(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
