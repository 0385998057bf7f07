package eu.practicehub.event;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One activity of an event as a spec gives it: its type, and optionally its own day, place and practices (by title). */
public record ActivitySpec(EventType type, LocalDate day, String place, List<String> practices) {

    public ActivitySpec {
        practices = practices == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(practices));
    }

    /** An activity of a type and nothing more, as an event given by its type alone holds. */
    public static ActivitySpec of(EventType type) {
        return new ActivitySpec(type, null, null, List.of());
    }
}
