package eu.practicehub.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.springframework.context.MessageSource;

/**
 * Dates in words as exactly as they are known, for pages, downloads and generated texts alike:
 * "17 July 2021", "July 2021" or "2021", and ranges of them. The patterns come from the message
 * bundle ({@code format.day}, {@code format.month}, {@code format.year}, {@code format.range}).
 */
public final class DateTexts {

    private final MessageSource messages;
    private final Locale locale;

    public DateTexts(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    /** A date as exactly as it is known; empty for none. */
    public String known(KnownDate date) {
        if (date == null) {
            return "";
        }
        return switch (date.precision()) {
            case DAY -> format(date.date(), "format.day");
            case MONTH -> format(date.date(), "format.month");
            case YEAR -> format(date.date(), "format.year");
        };
    }

    /**
     * From {@code start} to {@code end} as exactly as known, one date when both read the same:
     * "June 2018" for the whole of June 2018 known to the month; empty without a start.
     */
    public String period(LocalDate start, LocalDate end, DatePrecision precision) {
        if (start == null) {
            return "";
        }
        DatePrecision known = precision == null ? DatePrecision.DAY : precision;
        String from = known(new KnownDate(start, known));
        String to = known(new KnownDate(end == null ? start : end, known));
        return from.equals(to) ? from : messages.getMessage("format.range", new Object[] {from, to}, locale);
    }

    private String format(LocalDate date, String patternCode) {
        return DateTimeFormatter.ofPattern(messages.getMessage(patternCode, null, locale), locale).format(date);
    }
}
