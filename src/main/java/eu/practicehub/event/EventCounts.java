package eu.practicehub.event;

import eu.practicehub.project.ProgrammeScope;
import eu.practicehub.project.Project;
import eu.practicehub.project.Semester;
import eu.practicehub.project.SemesterCounts;
import eu.practicehub.project.SemesterCounts.Tally;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the held events of a project add up to, counted by the database in total and per semester:
 * activities and visiting partners by type (an event of a partner meeting, a study visit and a seminar
 * counts one of each; an activity's own day decides its semester, else its event's start), and the held
 * activities each with the number of partners taking part.
 */
@Service
@Transactional(readOnly = true)
public class EventCounts {

    private static final String HELD = "e.project = :project and e.status = eu.practicehub.event.EventStatus.HELD";

    private final EntityManager entityManager;

    EventCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * The held activities, their visitors (participants other than the host, once per activity) and those
     * with a known host, by type; every type present.
     */
    public Map<EventType, HeldCount> heldByType(Project project, List<Semester> semesters) {
        SemesterCounts counts = SemesterCounts.byDate(semesters);
        String day = "coalesce(a.day, e.startDate)";
        String jpql = "select a.type, " + counts.countDistinct("a.id", null, day) + ", "
                + counts.count("1", "visitor.id is not null", day) + ", "
                + counts.countDistinct("a.id", "e.host is not null", day)
                + " from EventActivity a join a.event e left join e.participants visitor where " + HELD
                + " group by a.type";
        List<Object[]> rows = counts.bind(entityManager.createQuery(jpql, Object[].class))
                .setParameter("project", project).getResultList();
        Map<EventType, HeldCount> byType = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            byType.put(type, new HeldCount(counts.none(), counts.none(), counts.none()));
        }
        for (Object[] row : rows) {
            byType.put((EventType) row[0], new HeldCount(counts.tally(row, 1), counts.tally(row, 1 + counts.width()),
                    counts.tally(row, 1 + 2 * counts.width())));
        }
        return byType;
    }

    /**
     * The held activities of a programme's projects, their visitors and those with a known host, by type,
     * in total (every type present): what {@link #heldByType} counts in total for each project, added up.
     */
    public Map<EventType, HeldCount> heldByType(ProgrammeScope scope) {
        SemesterCounts counts = SemesterCounts.byDate(List.of());
        String jpql = "select a.type, count(distinct a.id), count(case when visitor.id is not null then 1 end),"
                + " count(distinct case when e.host is not null then a.id end)"
                + " from EventActivity a join a.event e left join e.participants visitor where "
                + scope.projectIn("e.project") + " and e.status = eu.practicehub.event.EventStatus.HELD group by a.type";
        List<Object[]> rows = scope.bind(entityManager.createQuery(jpql, Object[].class)).getResultList();
        Map<EventType, HeldCount> byType = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            byType.put(type, new HeldCount(counts.none(), counts.none(), counts.none()));
        }
        for (Object[] row : rows) {
            byType.put((EventType) row[0], new HeldCount(counts.tally(row, 1), counts.tally(row, 2), counts.tally(row, 3)));
        }
        return byType;
    }

    /**
     * The held activities on days between two days (inclusive; an activity's own day, else its event's
     * start), each with its event's host and how many visited, by day. An activity with its own day has
     * that day as its start and end; else its event's dates.
     */
    public List<HeldEvent> heldEvents(Project project, LocalDate from, LocalDate to) {
        String day = "coalesce(a.day, e.startDate)";
        String jpql = "select new eu.practicehub.event.EventCounts$HeldEvent(e.id, e.title, a.type, " + day + ","
                + " coalesce(a.day, e.endDate), e.mode, host.shortName, count(visitor.id), e.datePrecision)"
                + " from EventActivity a join a.event e left join e.host host"
                + " left join e.participants visitor where " + HELD + " and " + day + " >= :from and " + day + " <= :to"
                + " group by a.id, a.position, e.id, e.title, a.type, a.day, e.startDate, e.endDate, e.mode, host.shortName, e.datePrecision"
                + " order by " + day + ", e.id, a.position";
        return entityManager.createQuery(jpql, HeldEvent.class).setParameter("project", project)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Held activities of one type, the visits to them and those with a known host, in total and per semester. */
    public record HeldCount(Tally events, Tally visitors, Tally hosted) {

        /** Counts where every activity's event has a host. */
        public HeldCount(Tally events, Tally visitors) {
            this(events, visitors, events);
        }
    }

    /**
     * One held activity of an event: the host (when known) and its visitors take part, so {@code partners}
     * is the visitors plus one, or the visitors alone when the host is not known; its event's dates are
     * known to the day, month or year ({@code datePrecision}).
     */
    public record HeldEvent(long id, String title, EventType type, LocalDate startDate, LocalDate endDate,
            EventMode mode, String host, long visitors, DatePrecision datePrecision) {

        public long partners() {
            return host == null ? visitors : visitors + 1;
        }
    }
}
