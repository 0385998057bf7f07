package eu.practicehub.event.api;

import eu.practicehub.common.Checks;
import eu.practicehub.event.ActivitySpec;
import eu.practicehub.event.DatePrecision;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventMoment;
import eu.practicehub.event.EventSpec;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * An event as a client writes it, in the project document's form: start and end as a date or a
 * local date-time, partners by short name, practices by title. An update carries its version.
 */
record EventBody(
        @Schema(description = "The type of an event of one activity; left out when activities are given (then the first activity's type)") EventType type,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Study visit on digital public services") String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "A date (2021-07-17) or a local date-time (2021-07-17T09:30) in timeZone") String start,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "A date or a local date-time, like start") String end,
        @Schema(description = "How exactly the dates are known; DAY when left out") DatePrecision datePrecision,
        @Schema(description = "Time zone of start and end; the host's when left out, the lead partner's for an event without host", example = "Europe/Rome") String timeZone,
        @Schema(description = "Short name of the host partner; left out when not known (only coordinators write events without host)", example = "Riverton") String host,
        @Schema(description = "Short names of the visiting partners") List<String> participants,
        @Schema(description = "Left out when not known") EventMode mode,
        String venue,
        String onlineLink,
        @Schema(description = "Titles of the practices examined, in order") List<String> practices,
        String agenda,
        String minutes,
        String lessonsLearnt,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) EventStatus status,
        @Schema(description = "Required on update: the version that was read") Long version,
        @Schema(description = "The activities the event holds, in order (a partner meeting, a study visit, a seminar); left out for an event of one activity of its type") List<ActivityBody> activities,
        @Schema(description = "Where the event was planned first, when it was held elsewhere or online", example = "Vilnius") String originallyPlannedIn) {

    /** One activity: its type and, optionally, its own day (within the event's dates), place and practices (titles). */
    record ActivityBody(@Schema(requiredMode = Schema.RequiredMode.REQUIRED) EventType type,
            @Schema(example = "2021-07-17") LocalDate date, String place, List<String> practices) {
    }

    /** The event's spec; a start or end in neither accepted form is a broken rule. */
    EventSpec toSpec() {
        Checks checks = new Checks();
        EventMoment from = moment("start", start, checks);
        EventMoment to = moment("end", end, checks);
        checks.throwIfAny();
        List<ActivitySpec> given = activities == null ? List.of() : activities.stream()
                .map(a -> a == null ? null : new ActivitySpec(a.type(), a.date(), a.place(), a.practices())).toList();
        return new EventSpec(type, title, from.date(), from.time(), to.date(), to.time(), datePrecision, timeZone, host,
                participants, mode, venue, onlineLink, practices, agenda, minutes, lessonsLearnt, status, given,
                originallyPlannedIn);
    }

    private static EventMoment moment(String field, String value, Checks checks) {
        if (value == null || value.isBlank()) {
            return new EventMoment(null, null);
        }
        try {
            return EventMoment.parse(value);
        } catch (DateTimeParseException e) {
            checks.check(false, field, "event.moment.format", value);
            return new EventMoment(null, null);
        }
    }
}
