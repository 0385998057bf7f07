package eu.practicehub.backup;

import eu.practicehub.account.Access;
import eu.practicehub.account.AccountBackup;
import eu.practicehub.account.AccountBackup.BackedUpAccount;
import eu.practicehub.account.AccountBackup.Grant;
import eu.practicehub.account.Role;
import eu.practicehub.backup.BackupReader.AccountEntry;
import eu.practicehub.backup.BackupReader.ProjectEntry;
import eu.practicehub.backup.BackupReader.RestorePlan;
import eu.practicehub.backup.BackupReader.RoleRef;
import eu.practicehub.backup.InstanceBackup.AccountData;
import eu.practicehub.backup.InstanceBackup.MembershipData;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import eu.practicehub.exchange.ProjectDocument;
import eu.practicehub.exchange.ProjectExporter;
import eu.practicehub.exchange.ProjectImporter;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Takes a backup of the whole instance and restores one into an empty instance, for administrators.
 * A backup is read in one {@link Snapshot}; a restore is one transaction that imports every project with
 * the project importer and then creates the accounts, all or nothing.
 */
@Service
public class BackupService {

    private static final Comparator<MembershipData> ROLE_ORDER = Comparator.comparing(MembershipData::project)
            .thenComparing(m -> Role.valueOf(m.role()))
            .thenComparing(MembershipData::partner, Comparator.nullsFirst(Comparator.naturalOrder()));

    private final ProjectService projects;
    private final ProjectExporter exporter;
    private final ProjectImporter importer;
    private final AccountBackup accounts;
    private final Access access;
    private final Snapshot snapshot;
    private final Clock clock;

    BackupService(ProjectService projects, ProjectExporter exporter, ProjectImporter importer, AccountBackup accounts,
            Access access, Snapshot snapshot, ObjectProvider<Clock> clock) {
        this.projects = projects;
        this.exporter = exporter;
        this.importer = importer;
        this.accounts = accounts;
        this.access = access;
        this.snapshot = snapshot;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    /** What the instance holds that a restore would not allow: its projects, and accounts besides the restorer's. */
    public record Contents(long projects, long otherAccounts) {

        public boolean isEmpty() {
            return projects == 0 && otherAccounts == 0;
        }
    }

    /** What a restore brought back. */
    public record Restored(String takenAt, List<String> projects, int accounts) {
    }

    /** Every project's document and every account with its roles, as one snapshot of the database. */
    public InstanceBackup backup() {
        access.requireAdmin();
        return snapshot.read(() -> {
            Instant takenAt = Instant.now(clock).truncatedTo(ChronoUnit.SECONDS);
            List<Project> all = projects.projects().stream().sorted(Comparator.comparing(Project::getKey)).toList();
            Names names = new Names(all.stream().collect(Collectors.toMap(Project::getId, Project::getKey)),
                    projects.partnersOfProjects(all.stream().map(Project::getId).toList()).stream()
                            .collect(Collectors.toMap(Partner::getId, Partner::getShortName)));
            List<ProjectDocument> documents = all.stream().map(p -> exporter.export(p.getKey())).toList();
            List<AccountData> accountData = accounts.accounts().stream().map(names::of).toList();
            return new InstanceBackup(InstanceBackup.FORMAT_VERSION, takenAt.toString(), documents, accountData);
        });
    }

    public Contents contents() {
        access.requireAdmin();
        return new Contents(projects.projects().size(), accounts.accountsBesidesMine());
    }

    /**
     * Restores a backup into an empty instance: refused when the instance holds a project or an account
     * besides the restoring administrator's; otherwise every problem of the backup is listed with its path
     * and nothing is restored, or all of it is.
     */
    @Transactional(rollbackFor = RuntimeException.class)
    public Restored restore(InstanceBackup backup) {
        Contents found = contents();
        if (!found.isEmpty()) {
            throw new InstanceNotEmptyException(found.projects(), found.otherAccounts());
        }
        RestorePlan plan = new BackupReader(accounts).read(backup);
        List<Violation> problems = new ArrayList<>(plan.problems());
        List<String> keys = new ArrayList<>();
        for (ProjectEntry entry : plan.projects()) {
            try {
                keys.add(importer.importDocument(entry.document()).key());
            } catch (RuleViolationException e) {
                // The importer reports every problem of the document; the other documents are read on.
                e.violations().stream().map(v -> v.under(entry.path())).forEach(problems::add);
            }
        }
        RuleViolationException.throwIfAny(problems);
        List<BackedUpAccount> restored = plan.accounts().stream().map(entry -> withGrants(entry, problems)).toList();
        RuleViolationException.throwIfAny(problems);
        accounts.restore(restored);
        return new Restored(backup.takenAt(), keys, restored.size());
    }

    /** The account with its roles named by the ids the restored projects and partners got. */
    private BackedUpAccount withGrants(AccountEntry entry, List<Violation> problems) {
        List<Grant> grants = new ArrayList<>();
        for (RoleRef role : entry.roles()) {
            Project project = projects.project(role.project());
            Optional<Partner> partner = role.partner() == null ? Optional.empty() : projects.partner(project, role.partner());
            if (role.partner() != null && partner.isEmpty()) {
                problems.add(Violation.of(role.path() + ".partner", "backup.partner.undefined", role.partner(),
                        role.project()));
                continue;
            }
            grants.add(new Grant(project.getId(), partner.map(Partner::getId).orElse(null), role.role()));
        }
        BackedUpAccount a = entry.account();
        return new BackedUpAccount(a.email(), a.name(), a.language(), a.timeZone(), a.admin(), a.enabled(),
                a.createdAt(), a.passwordHash(), grants);
    }

    /** Project keys and partner short names by id, to name an account's roles. */
    private record Names(Map<Long, String> projects, Map<Long, String> partners) {

        AccountData of(BackedUpAccount a) {
            List<MembershipData> roles = a.grants().stream()
                    .map(g -> new MembershipData(projects.get(g.projectId()),
                            g.partnerId() == null ? null : partners.get(g.partnerId()), g.role().name()))
                    .sorted(ROLE_ORDER).toList();
            return new AccountData(a.email(), a.name(), a.language(), a.timeZone(), a.admin(), a.enabled(),
                    a.createdAt() == null ? null : a.createdAt().toString(), a.passwordHash(), roles);
        }
    }
}
