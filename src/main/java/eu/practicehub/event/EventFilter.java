package eu.practicehub.event;

/** The event list's filters; each one left null does not filter. */
public record EventFilter(EventType type, Integer semester, Long partnerId, EventStatus status) {

    public static EventFilter none() {
        return new EventFilter(null, null, null, null);
    }
}
