package eu.practicehub.common;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.regex.Pattern;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A date as exactly as it is known: a day ({@code 2018-06-14}), a month ({@code 2018-06}) or a year
 * ({@code 2018}). It is held as the first day of its period with its precision, so that a month-precision
 * date counts in the period that holds its month's first day. In JSON and in forms it is its ISO 8601 text.
 */
@JsonDeserialize(using = KnownDate.Reader.class)
public record KnownDate(LocalDate date, DatePrecision precision) {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");

    public KnownDate {
        Objects.requireNonNull(date, "date");
        precision = precision == null ? DatePrecision.DAY : precision;
        date = precision.firstDay(date);
    }

    /** A date known to the day; none for none. */
    public static KnownDate day(LocalDate date) {
        return date == null ? null : new KnownDate(date, DatePrecision.DAY);
    }

    /** A date held with its precision; none without a date. */
    public static KnownDate of(LocalDate date, DatePrecision precision) {
        return date == null ? null : new KnownDate(date, precision);
    }

    /** Reads {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}. */
    public static KnownDate parse(String text) {
        String value = text.strip();
        if (YEAR.matcher(value).matches()) {
            return new KnownDate(Year.parse(value).atDay(1), DatePrecision.YEAR);
        }
        if (MONTH.matcher(value).matches()) {
            return new KnownDate(YearMonth.parse(value).atDay(1), DatePrecision.MONTH);
        }
        return new KnownDate(LocalDate.parse(value), DatePrecision.DAY);
    }

    /** As {@link #parse}, for form fields: an empty field is no date; a text that is none is an {@link IllegalArgumentException}. */
    public static KnownDate valueOf(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parse(text);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The last day of the period the date stands for (the day itself for a day). */
    public LocalDate lastDay() {
        return precision.lastDay(date);
    }

    /** The ISO 8601 text, as exactly as known. */
    @JsonValue
    @Override
    public String toString() {
        return precision.iso(date);
    }

    /** Reads a JSON text; anything else, or a text that is not such a date, is refused as not a date. */
    static final class Reader extends ValueDeserializer<KnownDate> {

        @Override
        public KnownDate deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (KnownDate) context.handleUnexpectedToken(KnownDate.class, parser);
            }
            String text = parser.getString();
            try {
                return parse(text);
            } catch (DateTimeParseException e) {
                return (KnownDate) context.handleWeirdStringValue(KnownDate.class, text, "not a date such as 2021-07-17, 2021-07 or 2021");
            }
        }
    }
}
