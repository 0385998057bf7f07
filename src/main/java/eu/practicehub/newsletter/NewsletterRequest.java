package eu.practicehub.newsletter;

import eu.practicehub.event.EventType;
import java.time.LocalDate;
import java.util.List;

/** What to write a newsletter about: a period (the current semester when left out) and the event types (those held when none). */
public record NewsletterRequest(LocalDate from, LocalDate to, List<EventType> types) {

    public NewsletterRequest {
        types = types == null ? List.of() : types.stream().distinct().toList();
    }
}
