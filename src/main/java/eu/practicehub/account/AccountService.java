package eu.practicehub.account;

import eu.practicehub.common.Checks;
import eu.practicehub.common.Languages;
import eu.practicehub.common.NotFoundException;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.common.Violation;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts, their memberships and their personal access tokens. */
@Service
@Transactional(readOnly = true)
public class AccountService implements UserDetailsService {

    /** Passwords shorter than this are refused; long passphrases are welcome. */
    public static final int MIN_PASSWORD_LENGTH = 12;
    /** What bcrypt reads of a password: 72 bytes in UTF-8, 72 letters without accents, fewer with them. */
    public static final int MAX_PASSWORD_BYTES = 72;
    static final String TOKEN_PREFIX = "ph_";
    /** The languages a person may prefer: those of the partners' cities, and English. */
    public static final List<String> LANGUAGES = Languages.CODES;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final AccessTokenRepository tokens;
    private final PasswordEncoder passwords;
    private final Access access;
    private final Clock clock;

    AccountService(AccountRepository accounts, MembershipRepository memberships, AccessTokenRepository tokens,
            PasswordEncoder passwords, Access access, ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.tokens = tokens;
        this.passwords = passwords;
        this.access = access;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public UserDetails loadUserByUsername(String email) {
        return accounts.findByEmail(Account.normalised(email)).map(AccountUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("No such account"));
    }

    public Account account(long id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("account", id));
    }

    /** The account as stored now, if it still exists: one query by primary key, asking nobody's permission. */
    public Optional<Account> storedAccount(long id) {
        return accounts.findById(id);
    }

    public Optional<Account> accountByEmail(String email) {
        return accounts.findByEmail(Account.normalised(email));
    }

    public boolean hasAdministrator() {
        return accounts.existsByAdminTrue();
    }

    /** Creates an account; without a password it cannot sign in until one is set (an invitation). */
    @Transactional
    public Account create(NewAccount spec) {
        access.requireAdmin();
        return register(spec);
    }

    /** Creates an account without asking who may: callers check first (administrators, coordinators inviting, the system). */
    @Transactional
    Account register(NewAccount spec) {
        Checks checks = checkZone(checkDescription(spec.email(), spec.name(), spec.language()), "timeZone", spec.timeZone());
        if (spec.password() != null) {
            checkPassword(checks, "password", spec.password());
        }
        checks.check(!checks.hasViolation("email") && accounts.findByEmail(Account.normalised(spec.email())).isEmpty(),
                "email", "account.email.taken");
        checks.throwIfAny();
        Account account = new Account(spec.email(), spec.name(), spec.language() == null ? "en" : spec.language(),
                spec.admin(), Instant.now(clock));
        account.setTimeZone(blankAsNone(spec.timeZone()));
        if (spec.password() != null) {
            account.setPasswordHash(passwords.encode(spec.password()));
        }
        return accounts.save(account);
    }

    /** The rules of an account's email, name and language (none: English). */
    static Checks checkDescription(String email, String name, String language) {
        return new Checks().text("email", email, 254, true).email("email", email).text("name", name, 200, true)
                .check(language == null || LANGUAGES.contains(language), "language", "validation.language");
    }

    /** What a new account starts with; without a time zone its person reads moments in each project's zone. */
    public record NewAccount(String email, String name, String language, boolean admin, String password, String timeZone) {

        public NewAccount(String email, String name, String language, boolean admin, String password) {
            this(email, name, language, admin, password, null);
        }
    }

    public static void checkPassword(Checks checks, String field, String password) {
        checks.required(field, password);
        if (password != null && !password.isEmpty()) {
            checks.check(password.length() >= MIN_PASSWORD_LENGTH, field, "account.password.tooShort", MIN_PASSWORD_LENGTH);
            checks.check(password.getBytes(StandardCharsets.UTF_8).length <= MAX_PASSWORD_BYTES, field,
                    "account.password.tooLong", MAX_PASSWORD_BYTES);
        }
    }

    /** The signed-in account as stored now. */
    public Account me() {
        return account(signedIn().accountId());
    }

    /**
     * Changes the signed-in account's name, preferred language and time zone (none: the project's), unless
     * somebody saved it since {@code version}.
     */
    @Transactional
    public Account updateProfile(long version, String name, String language, String timeZone) {
        Account account = me();
        Checks checks = new Checks().text("name", name, 200, true)
                .check(language != null && LANGUAGES.contains(language), "language", "validation.language");
        checkZone(checks, "timeZone", timeZone).throwIfAny();
        if (account.getVersion() != version) {
            throw new StaleVersionException(version, account.getVersion());
        }
        account.describe(name, language, blankAsNone(timeZone));
        return account;
    }

    /** The signed-in account's preferred language, as chosen with the language switch of the pages. */
    @Transactional
    public Account chooseLanguage(String language) {
        Account account = me();
        new Checks().check(language != null && LANGUAGES.contains(language), "language", "validation.language")
                .throwIfAny();
        if (!language.equals(account.getLanguage())) {
            account.describe(account.getName(), language, account.getTimeZone());
        }
        return account;
    }

    /** An account's time zone is optional; when given it must be a zone's IANA name. */
    static Checks checkZone(Checks checks, String field, String zone) {
        return checks.check(zone == null || zone.isBlank() || TimeZones.isKnown(zone), field, "validation.timeZone", zone);
    }

    static String blankAsNone(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    private AccountUser signedIn() {
        return access.currentUser().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Sign in first"));
    }

    public static void checkRepeated(Checks checks, String field, String password, String repeated) {
        checks.check(password == null || password.equals(repeated), field, "account.password.repeatDiffers");
    }

    /** Changes the signed-in account's password, which needs the current one. */
    @Transactional
    public void changePassword(String current, String replacement, String repeated) {
        Account account = me();
        Checks checks = new Checks();
        checks.required("currentPassword", current);
        checks.check(current == null || current.isEmpty() || account.hasPassword()
                && passwords.matches(current, account.getPasswordHash()), "currentPassword", "account.password.wrong");
        checkPassword(checks, "newPassword", replacement);
        checkRepeated(checks, "repeatPassword", replacement, repeated);
        checks.throwIfAny();
        account.setPasswordHash(passwords.encode(replacement));
    }

    public List<Membership> memberships(long projectId) {
        access.requireCoordinator(projectId);
        return memberships.findByProjectIdWithAccount(projectId);
    }

    public List<Membership> membershipsOf(long accountId) {
        return memberships.findByAccountId(accountId);
    }

    /** Gives an account a role in a project or one of its partners; coordinators and administrators do this. */
    @Transactional
    public Membership grant(long accountId, long projectId, Long partnerId, Role role) {
        access.requireCoordinator(projectId);
        Account account = account(accountId);
        if (role.isPartnerRole() && partnerId == null) {
            throw new RuleViolationException(Violation.of("partner", "validation.required"));
        }
        Long partner = role.isPartnerRole() ? partnerId : null;
        return memberships.findByAccountId(accountId).stream()
                .filter(m -> m.getProjectId() == projectId && m.getRole() == role
                        && java.util.Objects.equals(m.getPartnerId(), partner))
                .findFirst()
                .orElseGet(() -> memberships.save(new Membership(account, projectId, partner, role)));
    }

    /** Removes a role; the last coordinator of a project stays, so that somebody can still manage its members. */
    @Transactional
    public void revoke(long projectId, long membershipId) {
        revoke(projectId, membershipId, null);
    }

    /**
     * As {@link #revoke(long, long)}, refused as stale when {@code version} is given and the role was
     * changed since it was read.
     */
    @Transactional
    public void revoke(long projectId, long membershipId, Long version) {
        access.requireCoordinator(projectId);
        Membership membership = memberships.findById(membershipId).filter(m -> m.getProjectId() == projectId)
                .orElseThrow(() -> new NotFoundException("membership", membershipId));
        if (version != null && membership.getVersion() != version) {
            throw new StaleVersionException(version, membership.getVersion());
        }
        if (membership.getRole() == Role.COORDINATOR && memberships.findByProjectIdWithAccount(projectId).stream()
                .filter(m -> m.getRole() == Role.COORDINATOR).count() <= 1) {
            throw new RuleViolationException(Violation.of("", "members.lastCoordinator"));
        }
        memberships.delete(membership);
    }

    /** A personal access token as it is shown once, right after it was created. */
    public record NewToken(AccessToken token, String secret) {
    }

    @Transactional
    public NewToken createToken(String name) {
        AccountUser user = access.currentUser().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Sign in first"));
        new Checks().text("name", name, 100, true).throwIfAny();
        String secret = TOKEN_PREFIX + randomSecret();
        AccessToken token = tokens.save(new AccessToken(account(user.accountId()), name, hash(secret), Instant.now(clock)));
        return new NewToken(token, secret);
    }

    public List<AccessToken> tokens() {
        return access.currentUser().map(user -> tokens.findByAccountId(user.accountId())).orElse(List.of());
    }

    @Transactional
    public void revokeToken(long tokenId) {
        AccountUser user = access.currentUser().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("Sign in first"));
        AccessToken token = tokens.findById(tokenId).filter(t -> t.getAccount().getId() == user.accountId())
                .orElseThrow(() -> new NotFoundException("token", tokenId));
        token.revoke(Instant.now(clock));
    }

    /** The account a token's secret stands for, unless the token is unknown, revoked or its account disabled. */
    @Transactional
    public Optional<AccountUser> authenticateToken(String secret) {
        if (secret == null || !secret.startsWith(TOKEN_PREFIX) || secret.length() > 200) {
            return Optional.empty();
        }
        return tokens.findByTokenHash(hash(secret))
                .filter(token -> !token.isRevoked() && token.getAccount().isEnabled())
                .map(token -> {
                    token.used(Instant.now(clock));
                    Account account = token.getAccount();
                    return new AccountUser(account.getId(), account.getEmail(), account.getName(), account.getLanguage(),
                            account.getTimeZone(), account.isAdmin());
                });
    }

    /** 256 random bits, URL-safe. */
    static String randomSecret() {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    }

    static String hash(String secret) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
