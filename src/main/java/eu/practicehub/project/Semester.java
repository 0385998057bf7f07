package eu.practicehub.project;

import java.time.LocalDate;

/**
 * One of the project's numbered reporting periods: a period of {@code months} counted from the
 * project's start date (the last one ends with the project), or, in a project without reporting
 * periods, one of its phases, then named by the phase ({@code name}, {@code months} 0).
 */
public record Semester(int number, LocalDate start, LocalDate end, int months, String name) {

    /** A semester of six months, as Interreg Europe projects report. */
    public Semester(int number, LocalDate start, LocalDate end) {
        this(number, start, end, 6, null);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
