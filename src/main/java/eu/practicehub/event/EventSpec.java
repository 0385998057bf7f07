package eu.practicehub.event;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a learning event is made of, as a form, the API or an import document gives it. Times are
 * local to {@code timeZone} (the host's when left empty; the project's lead partner's for an event
 * without host) and absent for events known only by date.
 * The host and participants are named by partner short name, the practices by title, in order.
 * An event holds one or more {@code activities}; a spec without activities but with a {@code type}
 * is an event of one activity of that type. The host and mode may be unknown (null).
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
        EventStatus status,
        List<ActivitySpec> activities,
        String originallyPlannedIn) {

    public EventSpec {
        participants = participants == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(participants));
        practices = practices == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(practices));
        activities = activities == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(activities));
    }

    /** An event of one activity of {@code type}, planned where it is held. */
    public EventSpec(EventType type, String title, LocalDate startDate, LocalTime startTime, LocalDate endDate,
            LocalTime endTime, DatePrecision datePrecision, String timeZone, String host, List<String> participants,
            EventMode mode, String venue, String onlineLink, List<String> practices, String agenda, String minutes,
            String lessonsLearnt, EventStatus status) {
        this(type, title, startDate, startTime, endDate, endTime, datePrecision, timeZone, host, participants, mode,
                venue, onlineLink, practices, agenda, minutes, lessonsLearnt, status, List.of(), null);
    }

    /** The activities the event holds: those given, else one of {@code type} when a type is given, else none. */
    public List<ActivitySpec> effectiveActivities() {
        if (!activities.isEmpty()) {
            return activities;
        }
        return type == null ? List.of() : List.of(ActivitySpec.of(type));
    }
}
