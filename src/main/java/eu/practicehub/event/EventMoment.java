package eu.practicehub.event;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * An event's start or end as project documents and the API write it: a date ("2021-07-17") for
 * an event known by date only, or a local date-time ("2021-07-17T09:30") in the event's time zone.
 */
public record EventMoment(LocalDate date, LocalTime time) {

    /** The service checks start and end as date and time; documents and the API write each as one value. */
    private static final Map<String, String> WRITTEN_FIELDS = Map.of(
            "startDate", "start", "startTime", "start", "endDate", "end", "endTime", "end");

    /** The name under which documents and the API write a field of {@link EventSpec} (an activity's day is its {@code date}). */
    public static String writtenField(String specField) {
        if (specField != null && specField.startsWith("activities[") && specField.endsWith(".day")) {
            return specField.substring(0, specField.length() - ".day".length()) + ".date";
        }
        return WRITTEN_FIELDS.getOrDefault(specField, specField);
    }

    /** Reads either form; throws {@link DateTimeParseException} when the text is neither. */
    public static EventMoment parse(String text) {
        String value = text.strip();
        if (value.length() <= 10) {
            return new EventMoment(LocalDate.parse(value), null);
        }
        LocalDateTime dateTime = LocalDateTime.parse(value);
        return new EventMoment(dateTime.toLocalDate(), dateTime.toLocalTime());
    }

    public static String format(LocalDate date, LocalTime time) {
        return new EventMoment(date, time).toString();
    }

    @Override
    public String toString() {
        return time == null ? date.toString() : date.atTime(time).toString();
    }
}
