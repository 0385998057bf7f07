package eu.practicehub.account.security;

import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.AccountUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Checks on every page request of a signed-in session that the account is still what the session says,
 * with one query by primary key. A session whose account is gone or disabled, or whose password changed
 * since signing in (a reset, or a change in another session), ends: the person is signed out and the
 * next page that needs an account sends them to the login page. A changed administrator flag (or name,
 * language or time zone) takes effect at once: the session's principal is replaced by the stored account's.
 */
class SessionAccountCheck extends OncePerRequestFilter {

    private final AccountService accounts;
    private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    SessionAccountCheck(AccountService accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Optional<AccountUser> user = session == null ? Optional.empty() : sessionUser(session);
        if (user.isPresent()) {
            Optional<Account> stored = accounts.storedAccount(user.get().accountId());
            if (stored.isEmpty() || !user.get().isValidFor(stored.get())) {
                contexts.clearContext();
                session.invalidate();
            } else if (!user.get().isCurrentFor(stored.get())) {
                AccountUser refreshed = AccountUser.signedIn(stored.get());
                SecurityContext context = contexts.createEmptyContext();
                context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(refreshed, null,
                        refreshed.getAuthorities()));
                contexts.setContext(context);
                sessions.saveContext(context, request, response);
            }
        }
        chain.doFilter(request, response);
    }

    /**
     * The principal the session signed in with on the login page. Principals made otherwise (tokens, which
     * never reach a session, and tests' principals) carry no password fingerprint and are left alone.
     */
    private static Optional<AccountUser> sessionUser(HttpSession session) {
        Object stored = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        if (stored instanceof SecurityContext context) {
            Authentication authentication = context.getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof AccountUser user
                    && user.signedInWithPassword()) {
                return Optional.of(user);
            }
        }
        return Optional.empty();
    }
}
