package eu.practicehub.project;

import java.time.LocalDate;

/** A numbered period of the project's semester length, counted from the project's start date. */
public record Semester(int number, LocalDate start, LocalDate end) {

    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && !date.isAfter(end);
    }
}
