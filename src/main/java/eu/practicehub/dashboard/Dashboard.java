package eu.practicehub.dashboard;

import com.fasterxml.jackson.annotation.JsonIgnore;
import eu.practicehub.event.DatePrecision;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventAtRisk;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventType;
import eu.practicehub.planning.MeasureProgress;
import eu.practicehub.planning.ProjectProgress;
import eu.practicehub.project.Semester;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * What a project's dashboard shows, read on one day: where the project stands, what comes next and
 * its records counted by the database, and its progress against its targets: the whole plan up to
 * today and the current semester's targets. Enum values by name, partners by short name.
 */
public record Dashboard(
        String projectKey,
        String projectName,
        Position position,
        List<UpcomingEvent> upcomingEvents,
        long plannedEventsAhead,
        List<EventAtRisk> eventsAtRisk,
        List<Count> practicesByTheme,
        long practicesWithoutTheme,
        List<Count> practicesByOwner,
        List<Count> transfersByStage,
        List<Count> actionPlansByStatus,
        ProjectProgress projectProgress,
        List<MeasureProgress> semesterProgress) {

    public static long total(List<Count> counts) {
        return counts.stream().mapToLong(Count::count).sum();
    }

    public long practices() {
        return total(practicesByOwner);
    }

    public boolean hasTransfers() {
        return total(transfersByStage) > 0;
    }

    public boolean hasActionPlans() {
        return total(actionPlansByStatus) > 0;
    }

    /** A number of records under a name: a theme, a partner's short name, a stage or a status. */
    public record Count(String name, long count) {
    }

    /** Where the project stands before its start, while it runs, or after its end. */
    public enum Stage {
        NOT_STARTED, RUNNING, ENDED
    }

    /**
     * Where the project is on a day. Days left count the day itself and the last day; they are
     * null where they do not apply (no phase on that day, or the project has not started or has ended).
     */
    public record Position(
            LocalDate today,
            Stage stage,
            LocalDate projectStart,
            LocalDate projectEnd,
            Long daysLeftInProject,
            String phase,
            LocalDate phaseStart,
            LocalDate phaseEnd,
            Long daysLeftInPhase,
            int semester,
            int semesters,
            LocalDate semesterStart,
            LocalDate semesterEnd,
            Long daysLeftInSemester,
            @JsonIgnore Semester period) {
    }

    /** A planned event; its dates and times are local to its time zone, the host's unless set otherwise. */
    public record UpcomingEvent(
            long id,
            EventType type,
            String title,
            LocalDate startDate,
            LocalTime startTime,
            LocalDate endDate,
            LocalTime endTime,
            DatePrecision datePrecision,
            String timeZone,
            String host,
            EventMode mode) {

        static UpcomingEvent of(Event event) {
            return new UpcomingEvent(event.getId(), event.getType(), event.getTitle(), event.getStartDate(),
                    event.getStartTime(), event.getEndDate(), event.getEndTime(), event.getDatePrecision(),
                    event.getTimeZone(), event.hostName(), event.getMode());
        }
    }
}
