package eu.practicehub.event;

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
 * What the held events of a project add up to, counted by the database in total and per semester
 * (by the event's start date): events and visiting partners by type,
 * and the held events each with the number of partners taking part.
 */
@Service
@Transactional(readOnly = true)
public class EventCounts {

    private static final String HELD = "e.project = :project and e.status = eu.practicehub.event.EventStatus.HELD";

    private final EntityManager entityManager;

    EventCounts(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The held events and their visitors (participants other than the host), by type; every type present. */
    public Map<EventType, HeldCount> heldByType(Project project, List<Semester> semesters) {
        SemesterCounts counts = SemesterCounts.byDate(semesters);
        String jpql = "select e.type, " + counts.countDistinct("e.id", null, "e.startDate") + ", "
                + counts.count("1", "visitor.id is not null", "e.startDate")
                + " from Event e left join e.participants visitor where " + HELD + " group by e.type";
        List<Object[]> rows = counts.bind(entityManager.createQuery(jpql, Object[].class))
                .setParameter("project", project).getResultList();
        Map<EventType, HeldCount> byType = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            byType.put(type, new HeldCount(counts.none(), counts.none()));
        }
        for (Object[] row : rows) {
            byType.put((EventType) row[0], new HeldCount(counts.tally(row, 1), counts.tally(row, 1 + counts.width())));
        }
        return byType;
    }

    /** The held events starting between two days (inclusive), with their host and how many visited, by start date. */
    public List<HeldEvent> heldEvents(Project project, LocalDate from, LocalDate to) {
        String jpql = "select new eu.practicehub.event.EventCounts$HeldEvent(e.id, e.title, e.type, e.startDate,"
                + " e.endDate, e.mode, host.shortName, count(visitor.id), e.datePrecision) from Event e join e.host host"
                + " left join e.participants visitor where " + HELD + " and e.startDate >= :from and e.startDate <= :to"
                + " group by e.id, e.title, e.type, e.startDate, e.endDate, e.mode, host.shortName, e.datePrecision"
                + " order by e.startDate, e.id";
        return entityManager.createQuery(jpql, HeldEvent.class).setParameter("project", project)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    /** Held events of one type and the visits to them, in total and per semester. */
    public record HeldCount(Tally events, Tally visitors) {
    }

    /**
     * One held event: the host and its visitors take part, so {@code partners} is the visitors plus one;
     * its dates are known to the day, month or year ({@code datePrecision}).
     */
    public record HeldEvent(long id, String title, EventType type, LocalDate startDate, LocalDate endDate,
            EventMode mode, String host, long visitors, DatePrecision datePrecision) {

        public long partners() {
            return visitors + 1;
        }
    }
}
