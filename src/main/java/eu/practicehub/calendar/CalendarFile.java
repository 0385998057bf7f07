package eu.practicehub.calendar;

/** An iCalendar object ready to send, with the name to save it under. */
public record CalendarFile(String fileName, String content) {
}
