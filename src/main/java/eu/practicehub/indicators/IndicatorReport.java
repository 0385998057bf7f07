package eu.practicehub.indicators;

import eu.practicehub.event.DatePrecision;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventType;
import java.time.LocalDate;
import java.util.List;

/**
 * The programme indicators of a project for one semester or for all, and in total; with the held
 * events they count.
 *
 * @param semester the semester asked for, or null for all semesters
 * @param semesters the figures of that semester, or of each semester in order
 * @param total the figures of the whole project to date
 * @param heldEvents the held events of the semester asked for (of the whole project for all semesters)
 */
public record IndicatorReport(String project, String projectName, Integer semester, List<SemesterFigures> semesters,
        Figures total, List<HeldEvent> heldEvents) {

    /**
     * One period's figures; {@code months} is the length of the project's periods, {@code phase} the
     * phase's name when the project's phases are its periods (then {@code months} is 0).
     */
    public record SemesterFigures(int number, LocalDate start, LocalDate end, Figures figures, @JsonIgnore int months,
            @JsonInclude(JsonInclude.Include.NON_NULL) String phase) {
    }

    /**
     * A held event: its host and visitors are its {@code partners}. Its dates are known to the day,
     * month or year ({@code datePrecision}); one known to the month starts on its first day and ends on its last.
     */
    public record HeldEvent(long id, String title, EventType type, LocalDate startDate, LocalDate endDate,
            EventMode mode, String host, long visitors, long partners, DatePrecision datePrecision) {
    }

    /** Whether the figures are by semesters of six months, not by periods of another length or by phases. */
    public boolean bySemesters() {
        return semesters.stream().allMatch(s -> s.phase() == null && s.months() == 6);
    }

    /**
     * The file name of a download, e.g. {@code BETTER-indicators-semester-5.csv}; "period" instead of
     * "semester" for a project whose periods are not semesters of six months or are its phases.
     */
    public String fileName(String extension) {
        String unit = bySemesters() ? "semester" : "period";
        String which = semester == null ? "all-" + unit + "s" : unit + "-" + semester;
        return project + "-indicators-" + which + "." + extension;
    }
}
