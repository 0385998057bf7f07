package eu.practicehub.account;

import eu.practicehub.common.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The accounts as a backup of the whole instance holds them, and their restore into an instance that
 * has no account but the restoring administrator's. A backup carries each account's password hash, so
 * that people sign in with their passwords after a restore, and nothing else secret: no personal access
 * token, no one-time link, no count of failed sign-ins. Administrators only.
 */
@Service
@Transactional(readOnly = true)
public class AccountBackup {

    /** The form in which PracticeHub stores passwords: bcrypt, named as Spring Security's delegating encoder names it. */
    private static final Pattern PASSWORD_HASH = Pattern.compile("\\{bcrypt}\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}");

    private final AccountRepository accounts;
    private final MembershipRepository memberships;
    private final Access access;
    private final Clock clock;

    AccountBackup(AccountRepository accounts, MembershipRepository memberships, Access access,
            ObjectProvider<Clock> clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.access = access;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /**
     * An account with its roles, the projects and partners named by id as memberships keep them; its time zone
     * is none when not chosen (and in backups taken before accounts had one).
     */
    public record BackedUpAccount(String email, String name, String language, String timeZone, boolean admin,
            boolean enabled, Instant createdAt, String passwordHash, List<Grant> grants) {

        public BackedUpAccount {
            grants = List.copyOf(new LinkedHashSet<>(grants));
        }
    }

    /** A role in a project (no partner: COORDINATOR) or in one of its partners. */
    public record Grant(long projectId, Long partnerId, Role role) {
    }

    /** Every account by email, with its roles. */
    public List<BackedUpAccount> accounts() {
        access.requireAdmin();
        Map<Long, List<Grant>> grants = memberships.findAll().stream().sorted(Comparator.comparing(Membership::getId))
                .collect(Collectors.groupingBy(m -> m.getAccount().getId(),
                        Collectors.mapping(m -> new Grant(m.getProjectId(), m.getPartnerId(), m.getRole()),
                                Collectors.toList())));
        return accounts.findAll(Sort.by("email")).stream()
                .map(a -> new BackedUpAccount(a.getEmail(), a.getName(), a.getLanguage(), a.getTimeZone(), a.isAdmin(),
                        a.isEnabled(), a.getCreatedAt(), a.getPasswordHash(), grants.getOrDefault(a.getId(), List.of())))
                .toList();
    }

    /** How many accounts there are besides the signed-in one: a restore needs none. */
    public long accountsBesidesMine() {
        access.requireAdmin();
        long all = accounts.count();
        return signedInAccount().isPresent() ? all - 1 : all;
    }

    /** The problems of an account as a backup holds it, each named by its field ({@code email}, {@code passwordHash}, ...). */
    public List<Violation> check(BackedUpAccount account) {
        return AccountService.checkZone(AccountService.checkDescription(account.email(), account.name(), account.language()),
                        "timeZone", account.timeZone())
                .check(account.passwordHash() == null || PASSWORD_HASH.matcher(account.passwordHash()).matches(),
                        "passwordHash", "account.passwordHash.format")
                .violations();
    }

    /**
     * Creates the accounts with their password hashes and roles. The signed-in administrator's own account
     * stays as it is (password, name, administrator flag), so that the person restoring keeps signing in;
     * the backup's account with the same email only adds its roles to it.
     */
    @Transactional
    public int restore(List<BackedUpAccount> backedUp) {
        access.requireAdmin();
        Optional<Account> mine = signedInAccount();
        List<Membership> roles = new ArrayList<>();
        for (BackedUpAccount entry : backedUp) {
            Account account = mine.filter(me -> me.getEmail().equals(Account.normalised(entry.email())))
                    .orElseGet(() -> accounts.save(restored(entry)));
            entry.grants().forEach(g -> roles.add(new Membership(account, g.projectId(), g.partnerId(), g.role())));
        }
        memberships.saveAll(roles);
        return backedUp.size();
    }

    private Account restored(BackedUpAccount entry) {
        Account account = new Account(entry.email(), entry.name(), entry.language() == null ? "en" : entry.language(),
                entry.admin(), entry.createdAt() == null ? Instant.now(clock) : entry.createdAt());
        account.setTimeZone(AccountService.blankAsNone(entry.timeZone()));
        account.setPasswordHash(entry.passwordHash());
        account.setEnabled(entry.enabled());
        return account;
    }

    private Optional<Account> signedInAccount() {
        return access.currentUser().flatMap(user -> accounts.findById(user.accountId()));
    }
}
