package eu.practicehub.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a learning event is made of, as a form, the API or an import document gives it. Times are
 * local to {@code timeZone} (the host's when left empty) and absent for events known only by date.
 * The host and participants are named by partner short name, the practices by title, in order.
 */
public record EventSpec(
        EventType type,
        String title,
        LocalDate startDate,
        LocalTime startTime,
        LocalDate endDate,
        LocalTime endTime,
        DatePrecision datePrecision,
        String timeZone,
        String host,
        List<String> participants,
        EventMode mode,
        String venue,
        String onlineLink,
        List<String> practices,
        String agenda,
        String minutes,
        String lessonsLearnt,
        EventStatus status) {

    public EventSpec {
        participants = participants == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(participants));
        practices = practices == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(practices));
    }
}
