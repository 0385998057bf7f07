package eu.practicehub.history;

import static eu.practicehub.history.HistoryReader.instant;
import static eu.practicehub.history.HistoryReader.list;
import static eu.practicehub.history.HistoryReader.number;

import eu.practicehub.history.AuditTable.Ref;
import eu.practicehub.history.HistoryReader.Names;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Reads a project's audit log: every audited row of its records, newest revision first, one query
 * for the page and one for its count (the database filters, sorts and pages), then the names of the
 * partners and practices the page's lines point to.
 */
@Component
class AuditLogReader {

    private static final String PLANS_OF_PROJECT = "select p.id from action_plan_aud p where p.project_id = :project";
    private static final String PARTNER_OF_PLAN = "(select max(p.partner_id) from action_plan_aud p where p.id = x.plan_id)";

    private static final Map<RecordKind, List<String>> BRANCHES = Map.of(
            RecordKind.PRACTICE, List.of("""
                    select a.rev, cast('PRACTICE' as varchar(16)) kind, a.id record_id, a.revtype, cast(a.title as varchar(300)) title,
                        cast(null as bigint) partner_id, cast(null as bigint) practice_id, cast(null as varchar(8)) part,
                        cast(null as bigint) account_id
                    from practice_aud a where a.project_id = :project"""),
            RecordKind.EVENT, List.of("""
                    select a.rev, cast('EVENT' as varchar(16)) kind, a.id record_id, a.revtype, cast(a.title as varchar(300)) title,
                        cast(null as bigint) partner_id, cast(null as bigint) practice_id, cast(null as varchar(8)) part,
                        cast(null as bigint) account_id
                    from learning_event_aud a where a.project_id = :project"""),
            RecordKind.TRANSFER, List.of("""
                    select a.rev, cast('TRANSFER' as varchar(16)) kind, a.id record_id, a.revtype, cast(null as varchar(300)) title,
                        a.importer_id partner_id, a.practice_id practice_id, cast(null as varchar(8)) part,
                        cast(null as bigint) account_id
                    from transfer_aud a where a.project_id = :project"""),
            RecordKind.MEMBERSHIP, List.of("""
                    select a.rev, cast('MEMBERSHIP' as varchar(16)) kind, a.id record_id, a.revtype, cast(a.role as varchar(300)) title,
                        a.partner_id partner_id, cast(null as bigint) practice_id, cast(null as varchar(8)) part,
                        a.account_id account_id
                    from membership_aud a where a.project_id = :project"""),
            RecordKind.ACTION_PLAN, List.of("""
                    select a.rev, cast('ACTION_PLAN' as varchar(16)) kind, a.id record_id, a.revtype, cast(null as varchar(300)) title,
                        a.partner_id partner_id, cast(null as bigint) practice_id, cast(null as varchar(8)) part,
                        cast(null as bigint) account_id
                    from action_plan_aud a where a.project_id = :project""", """
                    select x.rev, cast('ACTION_PLAN' as varchar(16)) kind, x.plan_id record_id, x.revtype, cast(x.title as varchar(300)) title,
                        %s partner_id, cast(null as bigint) practice_id, cast('ACTION' as varchar(8)) part,
                        cast(null as bigint) account_id
                    from plan_action_aud x where x.plan_id in (%s)""".formatted(PARTNER_OF_PLAN, PLANS_OF_PROJECT), """
                    select u.rev, cast('ACTION_PLAN' as varchar(16)) kind, x.plan_id record_id, u.revtype, cast(x.title as varchar(300)) title,
                        %s partner_id, cast(null as bigint) practice_id, cast('UPDATE' as varchar(8)) part,
                        cast(null as bigint) account_id
                    from action_update_aud u join plan_action_aud x on x.id = u.action_id
                        and x.rev = (select max(y.rev) from plan_action_aud y where y.id = u.action_id and y.rev <= u.rev)
                    where x.plan_id in (%s)""".formatted(PARTNER_OF_PLAN, PLANS_OF_PROJECT)));

    private final EntityManager entityManager;
    private final HistoryReader history;

    AuditLogReader(EntityManager entityManager, HistoryReader history) {
        this.entityManager = entityManager;
        this.history = history;
    }

    /** The project's changes of records of {@code kind} (every kind when null), newest first. */
    Page<AuditEntry> auditLog(long projectId, RecordKind kind, Pageable pageable) {
        List<String> branches = new ArrayList<>();
        for (RecordKind k : RecordKind.values()) {
            if (kind == null || kind == k) {
                branches.addAll(BRANCHES.get(k));
            }
        }
        String union = String.join("\nunion all\n", branches);
        long total = number(entityManager.createNativeQuery("select count(*) from (" + union + ") e")
                .setParameter("project", projectId).getSingleResult());
        if (pageable.getOffset() >= total) {
            return new PageImpl<>(List.of(), pageable, total);
        }
        List<Object[]> rows = list(entityManager.createNativeQuery("select e.rev, r.changed_at, case when r.actor_email is null then r.actor_name else concat(r.actor_name, ' (', r.actor_email, ')') end, e.kind, e.record_id,"
                        + " e.revtype, e.title, e.partner_id, e.practice_id, e.part, e.account_id from (" + union + ") e"
                        + " join history_revision r on r.id = e.rev"
                        + " order by e.rev desc, e.kind, e.record_id, coalesce(e.part, '')")
                .setParameter("project", projectId)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList());
        Map<Ref, Set<Long>> ids = new EnumMap<>(Ref.class);
        for (Object[] row : rows) {
            if (row[7] != null) {
                ids.computeIfAbsent(Ref.PARTNER, k -> new HashSet<>()).add(number(row[7]));
            }
            if (row[10] != null) {
                ids.computeIfAbsent(Ref.ACCOUNT, k -> new HashSet<>()).add(number(row[10]));
            }
            if (row[8] != null) {
                ids.computeIfAbsent(Ref.PRACTICE, k -> new HashSet<>()).add(number(row[8]));
            }
        }
        Names names = history.names(ids);
        List<AuditEntry> entries = rows.stream().map(row -> entry(row, names)).toList();
        return new PageImpl<>(entries, pageable, total);
    }

    private static AuditEntry entry(Object[] row, Names names) {
        RecordKind kind = RecordKind.valueOf(row[3].toString().strip());
        String partner = row[7] == null ? null : names.of(Ref.PARTNER, number(row[7]));
        String part = row[9] == null ? null : row[9].toString().strip();
        String label = switch (kind) {
            case PRACTICE, EVENT -> (String) row[6];
            case TRANSFER -> names.of(Ref.PRACTICE, number(row[8])) + " → " + partner;
            case ACTION_PLAN -> partner;
            case MEMBERSHIP -> names.of(Ref.ACCOUNT, number(row[10])) + (partner == null ? "" : " · " + partner);
        };
        if (kind == RecordKind.MEMBERSHIP) {
            return new AuditEntry(number(row[0]), instant(row[1]), (String) row[2], kind, number(row[4]),
                    ChangeType.of(row[5]), label, "ROLE", (String) row[6]);
        }
        return new AuditEntry(number(row[0]), instant(row[1]), (String) row[2], kind, number(row[4]),
                ChangeType.of(row[5]), label, part, part == null ? null : (String) row[6]);
    }
}
