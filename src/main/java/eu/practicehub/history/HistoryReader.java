package eu.practicehub.history;

import eu.practicehub.history.AuditTable.Column;
import eu.practicehub.history.AuditTable.Members;
import eu.practicehub.history.AuditTable.Ref;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/**
 * Reads the versions of a record from the audit tables Envers writes, a page at a time in a fixed
 * number of queries: the page's rows (and the one before the page's oldest, to compare with), the
 * collections' rows up to the page's newest revision, and the names of the records they point to.
 */
@Component
class HistoryReader {

    private static final String REVISIONS_OF_PLAN = """
            select rev from action_plan_aud where id = :id
            union select rev from plan_action_aud where plan_id = :id
            union select u.rev from action_update_aud u
                where u.action_id in (select a.id from plan_action_aud a where a.plan_id = :id)""";

    private final EntityManager entityManager;

    HistoryReader(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** One row of an audit table: the record's id, its owner's (the plan of an action, ...), and its values then. */
    record Row(long id, long owner, long rev, ChangeType type, Map<String, Object> values) {
    }

    private record Moment(Instant at, String actor) {
    }

    /** Whether {@code revision} is one of the record's versions, as its history lists them. */
    boolean hasVersion(RecordKind kind, long id, long revision) {
        String revisions = kind == RecordKind.ACTION_PLAN ? REVISIONS_OF_PLAN
                : "select rev from " + AuditTable.of(kind).table() + " where id = :id";
        return number(entityManager.createNativeQuery("select count(*) from (" + revisions + ") x where x.rev = :rev")
                .setParameter("id", id).setParameter("rev", revision).getSingleResult()) > 0;
    }

    Page<Version> history(RecordKind kind, long id, Pageable pageable) {
        return kind == RecordKind.ACTION_PLAN ? planHistory(id, pageable) : recordHistory(AuditTable.of(kind), id, pageable);
    }

    private Page<Version> recordHistory(AuditTable table, long id, Pageable pageable) {
        long total = count("select count(*) from " + table.table() + " where id = :id", id);
        if (pageable.getOffset() >= total) {
            return new PageImpl<>(List.of(), pageable, total);
        }
        List<Object[]> found = list(entityManager.createNativeQuery("select a.id, a.id, a.rev, a.revtype, r.changed_at, case when r.actor_email is null then r.actor_name else concat(r.actor_name, ' (', r.actor_email, ')') end, "
                        + table.selectColumns("a") + " from " + table.table() + " a join history_revision r on r.id = a.rev"
                        + " where a.id = :id order by a.rev desc")
                .setParameter("id", id)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize() + 1)
                .getResultList());
        Map<Long, Moment> moments = new HashMap<>();
        List<Row> rows = new ArrayList<>();
        for (Object[] values : found) {
            moments.put(number(values[2]), new Moment(instant(values[4]), (String) values[5]));
            rows.add(row(table, values, 6));
        }
        long newest = rows.get(0).rev();
        List<Long> revisions = rows.stream().map(Row::rev).sorted().toList();
        for (Members members : table.members()) {
            Map<Long, List<Long>> states = members(members, id, newest, revisions);
            rows.forEach(r -> r.values().put(members.field(), states.get(r.rev())));
        }
        Names names = names(List.of(new Tabled(table, rows)));
        List<Version> versions = new ArrayList<>();
        for (int i = 0; i < Math.min(pageable.getPageSize(), rows.size()); i++) {
            Row current = rows.get(i);
            Row before = i + 1 < rows.size() ? rows.get(i + 1) : null;
            Moment moment = moments.get(current.rev());
            versions.add(new Version(current.rev(), moment.at(), moment.actor(), current.type(),
                    diff(null, null, table, before, current, names)));
        }
        return new PageImpl<>(versions, pageable, total);
    }

    private Page<Version> planHistory(long id, Pageable pageable) {
        long total = count("select count(*) from (" + REVISIONS_OF_PLAN + ") x", id);
        if (pageable.getOffset() >= total) {
            return new PageImpl<>(List.of(), pageable, total);
        }
        List<Object[]> page = list(entityManager.createNativeQuery("select x.rev, r.changed_at, case when r.actor_email is null then r.actor_name else concat(r.actor_name, ' (', r.actor_email, ')') end from ("
                        + REVISIONS_OF_PLAN + ") x join history_revision r on r.id = x.rev order by x.rev desc")
                .setParameter("id", id)
                .setFirstResult((int) pageable.getOffset())
                .setMaxResults(pageable.getPageSize())
                .getResultList());
        long newest = number(page.get(0)[0]);
        List<Row> plans = rows(AuditTable.PLAN, "a.id = :id", id, newest);
        List<Row> actions = rows(AuditTable.ACTION, "a.plan_id = :id", id, newest);
        List<Row> updates = rows(AuditTable.UPDATE,
                "a.action_id in (select x.id from plan_action_aud x where x.plan_id = :id)", id, newest);
        Names names = names(List.of(new Tabled(AuditTable.PLAN, plans)));
        List<Version> versions = new ArrayList<>();
        for (Object[] revision : page) {
            long rev = number(revision[0]);
            List<Change> changes = new ArrayList<>();
            ChangeType type = ChangeType.CHANGED;
            for (Row plan : at(plans, rev)) {
                type = plan.type();
                changes.addAll(diff(null, null, AuditTable.PLAN, before(plans, plan), plan, names));
            }
            for (Row action : at(actions, rev)) {
                changes.addAll(partDiff("ACTION", text(action, "title"), AuditTable.ACTION, before(actions, action), action, names));
            }
            for (Row update : at(updates, rev)) {
                String title = actions.stream().filter(a -> a.id() == update.owner() && a.rev() <= rev)
                        .reduce((first, second) -> second).map(a -> text(a, "title")).orElse(null);
                changes.addAll(partDiff("UPDATE", title, AuditTable.UPDATE, before(updates, update), update, names));
            }
            versions.add(new Version(rev, instant(revision[1]), (String) revision[2], type, changes));
        }
        return new PageImpl<>(versions, pageable, total);
    }

    private List<Change> partDiff(String part, String name, AuditTable table, Row before, Row current, Names names) {
        if (current.type() == ChangeType.DELETED) {
            return List.of(new Change(part, name, "removed", "history.part.removed", name, null));
        }
        return diff(part, name, table, before, current, names);
    }

    private static List<Row> at(List<Row> rows, long rev) {
        return rows.stream().filter(r -> r.rev() == rev).toList();
    }

    private static Row before(List<Row> rows, Row row) {
        return rows.stream().filter(r -> r.id() == row.id() && r.rev() < row.rev()).reduce((first, second) -> second)
                .orElse(null);
    }

    private List<Row> rows(AuditTable table, String where, long id, long newest) {
        List<Object[]> found = list(entityManager.createNativeQuery("select a.id, a." + table.ownerColumn() + ", a.rev, a.revtype, "
                        + table.selectColumns("a") + " from " + table.table() + " a where " + where
                        + " and a.rev <= :newest order by a.rev, a.id")
                .setParameter("id", id)
                .setParameter("newest", newest)
                .getResultList());
        return found.stream().map(values -> row(table, values, 4)).toList();
    }

    /** The ids in the collection after each of the given revisions, replaying its audit rows. */
    private Map<Long, List<Long>> members(Members members, long id, long newest, List<Long> revisions) {
        String position = members.positionColumn() == null ? "m." + members.valueColumn() : "m." + members.positionColumn();
        List<Object[]> found = list(entityManager.createNativeQuery("select m.rev, m.revtype, m." + members.valueColumn()
                        + ", " + position + " from " + members.table() + " m where m." + members.ownerColumn()
                        + " = :id and m.rev <= :newest order by m.rev, m.revtype desc")
                .setParameter("id", id)
                .setParameter("newest", newest)
                .getResultList());
        Map<Long, List<Long>> states = new HashMap<>();
        TreeMap<Long, Long> state = new TreeMap<>();
        int next = 0;
        for (long revision : revisions) {
            while (next < found.size() && number(found.get(next)[0]) <= revision) {
                Object[] change = found.get(next++);
                long key = number(change[3]);
                if (ChangeType.of(change[1]) == ChangeType.DELETED) {
                    state.remove(key, number(change[2]));
                } else {
                    state.put(key, number(change[2]));
                }
            }
            states.put(revision, List.copyOf(state.values()));
        }
        return states;
    }

    private record Tabled(AuditTable table, Collection<Row> rows) {
    }

    /** The names of the partners, themes, practices and events the rows point to, one query per kind. */
    private Names names(List<Tabled> tabled) {
        Map<Ref, Set<Long>> ids = new EnumMap<>(Ref.class);
        for (Tabled t : tabled) {
            for (Row row : t.rows()) {
                for (Column column : t.table().columns()) {
                    if (column.ref() != null && row.values().get(column.field()) instanceof Long ref) {
                        ids.computeIfAbsent(column.ref(), k -> new HashSet<>()).add(ref);
                    }
                }
                for (Members members : t.table().members()) {
                    if (row.values().get(members.field()) instanceof List<?> list) {
                        list.forEach(o -> ids.computeIfAbsent(members.ref(), k -> new HashSet<>()).add((Long) o));
                    }
                }
            }
        }
        return names(ids);
    }

    Names names(Map<Ref, Set<Long>> ids) {
        Map<Ref, Map<Long, String>> names = new EnumMap<>(Ref.class);
        ids.forEach((ref, wanted) -> {
            Map<Long, String> named = new HashMap<>();
            if (!wanted.isEmpty()) {
                List<Object[]> found = list(entityManager.createNativeQuery(ref.names).setParameter("ids", wanted).getResultList());
                found.forEach(values -> named.put(number(values[0]), (String) values[1]));
            }
            names.put(ref, named);
        });
        return new Names(names);
    }

    /** Names by kind and id; a record deleted since is shown by its number. */
    record Names(Map<Ref, Map<Long, String>> names) {

        String of(Ref ref, Long id) {
            if (id == null) {
                return null;
            }
            return names.getOrDefault(ref, Map.of()).getOrDefault(id, "#" + id);
        }
    }

    private static List<Change> diff(String part, String name, AuditTable table, Row before, Row current, Names names) {
        List<Change> changes = new ArrayList<>();
        if (current.type() == ChangeType.DELETED) {
            return changes;
        }
        for (Column column : table.columns()) {
            Object old = before == null ? null : readable(column, before, names);
            Object now = readable(column, current, names);
            if (!Objects.equals(old, now)) {
                changes.add(new Change(part, name, column.field(), labelKey(table, column.field()), old, now));
            }
        }
        for (Members members : table.members()) {
            Object old = before == null ? null : readable(members, before, names);
            Object now = readable(members, current, names);
            if (!Objects.equals(old, now)) {
                changes.add(new Change(part, name, members.field(), labelKey(table, members.field()), old, now));
            }
        }
        return changes;
    }

    static String labelKey(AuditTable table, String field) {
        return "history.field." + table.name() + "." + field;
    }

    private static Object readable(Column column, Row row, Names names) {
        Object value = row.values().get(column.field());
        return column.ref() == null ? value : names.of(column.ref(), (Long) value);
    }

    private static Object readable(Members members, Row row, Names names) {
        if (!(row.values().get(members.field()) instanceof List<?> ids) || ids.isEmpty()) {
            return null;
        }
        List<String> named = ids.stream().map(id -> names.of(members.ref(), (Long) id)).toList();
        return members.positionColumn() == null ? named.stream().sorted(Comparator.naturalOrder()).toList() : named;
    }

    private static String text(Row row, String field) {
        return (String) row.values().get(field);
    }

    /** A row of {@code select a.id, owner, a.rev, a.revtype, [two more], columns...}; the columns start at {@code first}. */
    private static Row row(AuditTable table, Object[] values, int first) {
        Map<String, Object> read = new LinkedHashMap<>();
        for (int i = 0; i < table.columns().size(); i++) {
            read.put(table.columns().get(i).field(), value(table.columns().get(i), values[first + i]));
        }
        return new Row(number(values[0]), number(values[1]), number(values[2]), ChangeType.of(values[3]), read);
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object value(Column column, Object raw) {
        if (raw == null) {
            return null;
        }
        return switch (column.type()) {
            case TEXT -> raw.toString().isBlank() ? null : raw.toString();
            case DATE -> raw instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) raw;
            case TIME -> raw instanceof java.sql.Time t ? t.toLocalTime() : (LocalTime) raw;
            case NUMBER -> raw;
            case FLAG -> raw instanceof Boolean flag ? flag : Boolean.valueOf(raw.toString());
            case ENUM -> Enum.valueOf((Class) column.enumType(), raw.toString());
            case REF -> number(raw);
        };
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof ZonedDateTime zoned) {
            return zoned.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    long count(String sql, long id) {
        return number(entityManager.createNativeQuery(sql).setParameter("id", id).getSingleResult());
    }

    @SuppressWarnings("unchecked")
    static List<Object[]> list(List<?> rows) {
        return (List<Object[]>) rows;
    }
}
