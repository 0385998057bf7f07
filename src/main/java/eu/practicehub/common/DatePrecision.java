package eu.practicehub.common;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * How exactly a date is known: to the day, the month or the year. A date known to the month or year
 * is held as the first day of its month or year, and written and shown by its month or year only.
 */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR;

    /** The first day of the period of this precision that holds {@code date}. */
    public LocalDate firstDay(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> date.withDayOfMonth(1);
            case YEAR -> date.withDayOfYear(1);
        };
    }

    /** The last day of the period of this precision that holds {@code date}. */
    public LocalDate lastDay(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case MONTH -> YearMonth.from(date).atEndOfMonth();
            case YEAR -> date.withDayOfYear(date.lengthOfYear());
        };
    }

    /** ISO 8601 as exactly as known: {@code 2018-06-14}, {@code 2018-06} or {@code 2018}. */
    public String iso(LocalDate date) {
        return switch (this) {
            case DAY -> date.toString();
            case MONTH -> YearMonth.from(date).toString();
            case YEAR -> String.valueOf(date.getYear());
        };
    }
}
