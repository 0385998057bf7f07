package eu.practicehub.account;

import eu.practicehub.account.AccountLinks.IssuedLink;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.common.Violation;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What administrators do with accounts: list them, invite people, reset passwords, disable accounts
 * and make administrators. Coordinators may invite, too, when the invitation gives a role in their project.
 */
@Service
@Transactional(readOnly = true)
public class AccountAdministration {

    public static final int PAGE_SIZE = 25;

    private final AccountRepository accounts;
    private final AccountService accountService;
    private final AccountLinks links;
    private final Access access;

    AccountAdministration(AccountRepository accounts, AccountService accountService, AccountLinks links, Access access) {
        this.accounts = accounts;
        this.accountService = accountService;
        this.links = links;
        this.access = access;
    }

    /** Accounts by email, {@link #PAGE_SIZE} a page; {@code page} counts from 0. */
    public Page<Account> accounts(int page) {
        access.requireAdmin();
        return accounts.findAll(PageRequest.of(page, PAGE_SIZE, Sort.by("email", "id")));
    }

    /** A role an invited person starts with. */
    public record FirstRole(long projectId, Long partnerId, Role role) {
    }

    /**
     * Creates an account without a password and the one-time link with which its person chooses one.
     * Administrators invite anybody; a project's coordinators invite people into their project. The time zone
     * (optional, an IANA name) is the one the person reads moments in until they choose another.
     */
    @Transactional
    public IssuedLink invite(String email, String name, String language, String timeZone, boolean admin, FirstRole role) {
        if (role == null || admin) {
            access.requireAdmin();
        } else {
            access.requireCoordinator(role.projectId());
        }
        Account account = accountService.register(new AccountService.NewAccount(email, name, language, admin, null, timeZone));
        if (role != null) {
            accountService.grant(account.getId(), role.projectId(), role.partnerId(), role.role());
        }
        return links.issue(account, LinkPurpose.INVITATION);
    }

    /** A new one-time link to choose a password; earlier links stop working. */
    @Transactional
    public IssuedLink resetPassword(long accountId) {
        access.requireAdmin();
        return links.issue(accountService.account(accountId), LinkPurpose.RESET);
    }

    /** A disabled account cannot sign in and its tokens are refused. */
    @Transactional
    public Account setEnabled(long accountId, boolean enabled) {
        return setEnabled(accountId, enabled, null);
    }

    /** As {@link #setEnabled(long, boolean)}, refused as stale when {@code version} is given and the account changed since. */
    @Transactional
    public Account setEnabled(long accountId, boolean enabled, Long version) {
        Account account = othersAccount(accountId, version);
        account.setEnabled(enabled);
        return account;
    }

    @Transactional
    public Account setAdmin(long accountId, boolean admin) {
        return setAdmin(accountId, admin, null);
    }

    /** As {@link #setAdmin(long, boolean)}, refused as stale when {@code version} is given and the account changed since. */
    @Transactional
    public Account setAdmin(long accountId, boolean admin, Long version) {
        Account account = othersAccount(accountId, version);
        account.setAdmin(admin);
        return account;
    }

    /** An account as the administrators' page shows it, to ask before changing it. */
    public Account account(long accountId) {
        access.requireAdmin();
        return accountService.account(accountId);
    }

    /** Whether the account is the signed-in person's own, which they do not disable or demote themselves. */
    public boolean isOwn(long accountId) {
        return access.currentUser().map(u -> u.accountId() == accountId).orElse(false);
    }

    /** Administrators change other accounts only, so that there is always one who can sign in. */
    private Account othersAccount(long accountId, Long version) {
        access.requireAdmin();
        if (isOwn(accountId)) {
            throw new RuleViolationException(Violation.of("", "adminAccounts.notYourself"));
        }
        Account account = accountService.account(accountId);
        if (version != null && account.getVersion() != version) {
            throw new StaleVersionException(version, account.getVersion());
        }
        return account;
    }
}
