package eu.practicehub.backup;

import eu.practicehub.account.Account;
import eu.practicehub.account.AccountBackup;
import eu.practicehub.account.AccountBackup.BackedUpAccount;
import eu.practicehub.account.Role;
import eu.practicehub.backup.InstanceBackup.AccountData;
import eu.practicehub.backup.InstanceBackup.MembershipData;
import eu.practicehub.common.Checks;
import eu.practicehub.common.Violation;
import eu.practicehub.exchange.ProjectDocument;
import eu.practicehub.exchange.ProjectDocument.PartnerData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Reads a backup's own parts: its format version and time, which project documents it holds (each is
 * read by the project importer), and its accounts with their roles, whose projects and partners must be
 * among the backup's. Every problem is collected with its path in the backup.
 */
final class BackupReader {

    private final Checks checks = new Checks();
    private final AccountBackup accountRules;

    BackupReader(AccountBackup accountRules) {
        this.accountRules = accountRules;
    }

    /** A project document to import, with its place in the backup. */
    record ProjectEntry(String path, ProjectDocument document) {
    }

    /** A role named by project key and partner short name, with its place in the backup. */
    record RoleRef(String path, String project, String partner, Role role) {
    }

    /** An account as read, its roles still named by natural keys. */
    record AccountEntry(String path, BackedUpAccount account, List<RoleRef> roles) {
    }

    record RestorePlan(List<ProjectEntry> projects, List<AccountEntry> accounts, List<Violation> problems) {
    }

    RestorePlan read(InstanceBackup backup) {
        checks.check(Objects.equals(backup.formatVersion(), InstanceBackup.FORMAT_VERSION), "formatVersion",
                "backup.formatVersion.unsupported", String.valueOf(backup.formatVersion()), InstanceBackup.FORMAT_VERSION);
        checks.required("takenAt", backup.takenAt());
        checks.instant("takenAt", backup.takenAt());
        checks.required("projects", backup.projects()).required("accounts", backup.accounts());
        Map<String, Set<String>> partners = new HashMap<>();
        List<ProjectEntry> projects = new ArrayList<>();
        each(backup.projects(), "projects", (document, path) -> project(document, path, partners, projects));
        List<AccountEntry> accounts = new ArrayList<>();
        Set<String> emails = new HashSet<>();
        each(backup.accounts(), "accounts", (account, path) -> accounts.add(account(account, path, emails, partners)));
        return new RestorePlan(projects, accounts, checks.violations());
    }

    /** A document to import, each project once: a key seen before is a problem, and its document is left out. */
    private void project(ProjectDocument document, String path, Map<String, Set<String>> partners,
            List<ProjectEntry> projects) {
        String key = document.project() == null ? null : strip(document.project().key());
        if (key != null && partners.containsKey(key)) {
            checks.check(false, path + ".project.key", "backup.project.duplicate", key);
            return;
        }
        projects.add(new ProjectEntry(path, document));
        if (key != null) {
            List<PartnerData> listed = document.partners() == null ? List.of() : document.partners();
            partners.put(key, new HashSet<>(listed.stream().filter(Objects::nonNull).map(p -> strip(p.shortName()))
                    .filter(Objects::nonNull).toList()));
        }
    }

    private AccountEntry account(AccountData a, String path, Set<String> emails, Map<String, Set<String>> partners) {
        BackedUpAccount account = new BackedUpAccount(a.email(), a.name(), a.language(), a.timeZone(),
                Boolean.TRUE.equals(a.admin()), !Boolean.FALSE.equals(a.enabled()),
                checks.instant(path + ".createdAt", a.createdAt()), a.passwordHash(), List.of());
        checks.addAll(accountRules.check(account).stream().map(v -> v.under(path)).toList());
        String email = Account.normalised(a.email());
        checks.check(email.isEmpty() || emails.add(email), path + ".email", "backup.account.duplicate", email);
        List<RoleRef> roles = new ArrayList<>();
        each(a.memberships(), path + ".memberships", (m, at) -> role(m, at, partners).ifPresent(roles::add));
        return new AccountEntry(path, account, roles);
    }

    /** A role whose project is among the backup's and whose partner among that project's (none for a coordinator). */
    private Optional<RoleRef> role(MembershipData m, String path, Map<String, Set<String>> partners) {
        String project = strip(m.project());
        String partner = strip(m.partner());
        Role role = checks.constant(Role.class, path + ".role", strip(m.role()));
        checks.required(path + ".project", project).required(path + ".role", m.role());
        boolean known = project == null || project.isEmpty() || partners.containsKey(project);
        checks.check(known, path + ".project", "backup.project.undefined", String.valueOf(project));
        if (role == Role.COORDINATOR) {
            checks.check(partner == null || partner.isEmpty(), path + ".partner", "backup.membership.coordinatorPartner");
        } else if (role != null) {
            checks.required(path + ".partner", partner);
            checks.check(!known || partner == null || partner.isEmpty() || partners.get(project).contains(partner),
                    path + ".partner", "backup.partner.undefined", String.valueOf(partner), String.valueOf(project));
        }
        return role == null || project == null ? Optional.empty()
                : Optional.of(new RoleRef(path, project, role == Role.COORDINATOR ? null : partner, role));
    }

    /** Reads every item of a list with its path; a missing item is a problem. */
    private <T> void each(List<T> items, String path, BiConsumer<T, String> read) {
        List<T> all = items == null ? List.of() : items;
        for (int i = 0; i < all.size(); i++) {
            String at = path + "[" + i + "]";
            checks.required(at, all.get(i));
            if (all.get(i) != null) {
                read.accept(all.get(i), at);
            }
        }
    }

    private static String strip(String value) {
        return value == null ? null : value.strip();
    }
}
