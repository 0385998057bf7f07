package eu.practicehub.project;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * One of the project's numbered reporting periods: a period of {@code months} counted from the
 * project's start date (the last one ends with the project), or, in a project without reporting
 * periods, one of its phases, then named by the phase ({@code name}, {@code months} 0). The API shows
 * the number, the days and the phase's name; the length is the project's {@code semesterMonths}.
 */
public record Semester(int number, LocalDate start, LocalDate end, @JsonIgnore int months,
        @JsonInclude(JsonInclude.Include.NON_NULL) String name) {

    /** A semester of six months, as Interreg Europe projects report. */
    public Semester(int number, LocalDate start, LocalDate end) {
        this(number, start, end, 6, null);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
