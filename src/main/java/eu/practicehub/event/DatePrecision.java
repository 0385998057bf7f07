package eu.practicehub.event;

/**
 * How exactly an event's dates are known. A past event whose days were not recorded keeps as its
 * start and end the first and last day of the period it is known to fall in, and is shown by its
 * month or year only.
 */
public enum DatePrecision {
    DAY,
    MONTH,
    YEAR;

    /** The same precision as the type every module shares ({@code common.DatePrecision}), e.g. to format a date. */
    public eu.practicehub.common.DatePrecision shared() {
        return eu.practicehub.common.DatePrecision.valueOf(name());
    }
}
