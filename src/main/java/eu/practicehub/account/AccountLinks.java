package eu.practicehub.account;

import eu.practicehub.common.Checks;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links with which a person chooses a password: after an invitation or a reset. Only the
 * hash of a link's secret is stored; a link works once and for {@link #VALIDITY}, and a newer link
 * for the same account replaces the older ones.
 */
@Service
@Transactional(readOnly = true)
public class AccountLinks {

    public static final Duration VALIDITY = Duration.ofDays(7);
    /** The page a link opens, with the secret as its {@code token} parameter. */
    public static final String SETUP_PATH = "/account/setup";

    private final AccountLinkRepository links;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountLinks(AccountLinkRepository links, PasswordEncoder passwords, ObjectProvider<Clock> clock) {
        this.links = links;
        this.passwords = passwords;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** A link as it is shown once, to the administrator or coordinator who made it. */
    public record IssuedLink(Account account, LinkPurpose purpose, String secret, Instant expiresAt) {

        /** The address of the link below the application's base address (no trailing slash). */
        public String address(String base) {
            return base + SETUP_PATH + "?token=" + secret;
        }
    }

    public enum State {
        USABLE,
        USED,
        EXPIRED,
        UNKNOWN
    }

    /** What a link's page shows: whether it still works, and for whom. */
    public record LinkCheck(State state, Account account, LinkPurpose purpose) {
    }

    @Transactional
    IssuedLink issue(Account account, LinkPurpose purpose) {
        Instant now = Instant.now(clock);
        links.findUnusedByAccountId(account.getId()).forEach(older -> older.use(now));
        String secret = AccountService.randomSecret();
        Instant expires = now.plus(VALIDITY);
        links.save(new AccountLink(account, purpose, AccountService.hash(secret), now, expires));
        return new IssuedLink(account, purpose, secret, expires);
    }

    public LinkCheck check(String secret) {
        Optional<AccountLink> link = find(secret);
        if (link.isEmpty()) {
            return new LinkCheck(State.UNKNOWN, null, null);
        }
        AccountLink found = link.get();
        State state = found.getUsedAt() != null ? State.USED
                : found.isUsable(Instant.now(clock)) ? State.USABLE : State.EXPIRED;
        return new LinkCheck(state, found.getAccount(), found.getPurpose());
    }

    /**
     * Sets the password of the link's account and uses the link up; a used, expired or unknown link changes
     * nothing. The link's row is locked first, so that of two uses at the same moment (on one node or two)
     * the second waits and then finds the link used.
     * An invited person also confirms or changes their time zone (blank: none, each project's; absent: the one the
     * invitation gave); a reset leaves it as it is.
     */
    @Transactional
    public Account choosePassword(String secret, String password, String repeated, String timeZone) {
        Instant now = Instant.now(clock);
        AccountLink link = find(secret, links::lockByTokenHash).filter(l -> l.isUsable(now))
                .orElseThrow(() -> new RuleViolationException(Violation.of("", "accountSetup.unusable")));
        boolean invitation = link.getPurpose() == LinkPurpose.INVITATION;
        Checks checks = new Checks();
        AccountService.checkPassword(checks, "password", password);
        AccountService.checkRepeated(checks, "repeatPassword", password, repeated);
        if (invitation) {
            AccountService.checkZone(checks, "timeZone", timeZone);
        }
        checks.throwIfAny();
        Account account = link.getAccount();
        account.setPasswordHash(passwords.encode(password));
        if (invitation && timeZone != null) {
            // A form without the field (a page from before it existed, another client) keeps the inviter's choice.
            account.setTimeZone(AccountService.blankAsNone(timeZone));
        }
        link.use(now);
        return account;
    }

    private Optional<AccountLink> find(String secret) {
        return find(secret, links::findByTokenHash);
    }

    private static Optional<AccountLink> find(String secret, Function<String, Optional<AccountLink>> byHash) {
        if (secret == null || secret.isBlank() || secret.length() > 100) {
            return Optional.empty();
        }
        return byHash.apply(AccountService.hash(secret.strip()));
    }
}
