package eu.practicehub.event;

/** How exactly an event's dates are known: a past event whose day was not recorded keeps its month or year. */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR
}
