package eu.practicehub.project;

import jakarta.persistence.Query;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts records per semester in the database, in one query: for a count it writes the JPQL
 * columns (the total, then one per semester) and binds the semesters' bounds, so that a module
 * counts what it holds by semester without reading the records or asking once per semester.
 * The bounds are the semesters' days; a moment ({@code Instant}) counts by its day in the zone given.
 */
public final class SemesterCounts {

    private final List<Semester> semesters;
    private final ZoneId momentZone;

    private SemesterCounts(List<Semester> semesters, ZoneId momentZone) {
        this.semesters = List.copyOf(semesters);
        this.momentZone = momentZone;
    }

    /** Counting by a date ({@code LocalDate}) property. */
    public static SemesterCounts byDate(List<Semester> semesters) {
        return new SemesterCounts(semesters, null);
    }

    /** Counting by a moment ({@code Instant}) property, each semester from midnight of its first day in {@code zone}. */
    public static SemesterCounts byMoment(List<Semester> semesters, ZoneId zone) {
        return new SemesterCounts(semesters, zone);
    }

    /** How many columns {@link #count} and {@link #countDistinct} write: the total and one per semester. */
    public int width() {
        return semesters.size() + 1;
    }

    /**
     * {@code count(case when <condition> then <value> end)} for the total, then the same limited to
     * each semester by {@code date}; {@code condition} may be null.
     */
    public String count(String value, String condition, String date) {
        return columns("count(", value, condition, date);
    }

    /** As {@link #count}, counting distinct values (e.g. ids when a join repeats the rows). */
    public String countDistinct(String value, String condition, String date) {
        return columns("count(distinct ", value, condition, date);
    }

    private String columns(String function, String value, String condition, String date) {
        String when = condition == null ? "1 = 1" : "(" + condition + ")";
        StringBuilder columns = new StringBuilder(function + "case when " + when + " then " + value + " end)");
        for (int i = 0; i < semesters.size(); i++) {
            columns.append(", ").append(function).append("case when ").append(when)
                    .append(" and ").append(date).append(" >= :semesterFrom").append(i)
                    .append(" and ").append(date).append(" < :semesterUntil").append(i)
                    .append(" then ").append(value).append(" end)");
        }
        return columns.toString();
    }

    /** Binds the semesters' bounds that the columns written use. */
    public <Q extends Query> Q bind(Q query) {
        for (int i = 0; i < semesters.size(); i++) {
            Semester semester = semesters.get(i);
            query.setParameter("semesterFrom" + i, bound(semester.start()));
            query.setParameter("semesterUntil" + i, bound(semester.end().plusDays(1)));
        }
        return query;
    }

    private Object bound(LocalDate day) {
        return momentZone != null ? day.atStartOfDay(momentZone).toInstant() : day;
    }

    /** The counts in a result row from column {@code offset} on, as {@link #count} wrote them. */
    public Tally tally(Object[] row, int offset) {
        Map<Integer, Long> bySemester = new LinkedHashMap<>();
        for (int i = 0; i < semesters.size(); i++) {
            bySemester.put(semesters.get(i).number(), number(row[offset + 1 + i]));
        }
        return new Tally(number(row[offset]), bySemester);
    }

    /** Nothing counted: zero in total and in each semester. */
    public Tally none() {
        return tally(new Object[width()], 0);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** A count in total and per semester (by semester number, in the semesters' order). */
    public record Tally(long total, Map<Integer, Long> bySemester) {

        public Tally {
            bySemester = Collections.unmodifiableMap(new LinkedHashMap<>(bySemester));
        }

        public long in(int semester) {
            return bySemester.getOrDefault(semester, 0L);
        }
    }
}
