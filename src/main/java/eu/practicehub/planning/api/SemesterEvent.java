package eu.practicehub.planning.api;

import eu.practicehub.event.DatePrecision;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventMoment;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.Theme;
import eu.practicehub.project.Partner;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** An event of a semester, as the event list of the API shows it. */
record SemesterEvent(
        long id,
        EventType type,
        String title,
        @Schema(description = "A date for an event known by date, else a local date-time in timeZone", example = "2021-07-17") String start,
        @Schema(example = "2021-07-17") String end,
        DatePrecision datePrecision,
        String timeZone,
        @Schema(description = "Number of the semester the event starts in") Integer semester,
        @Schema(description = "Short name of the host partner") String host,
        @Schema(description = "Short names of the visiting partners, in order") List<String> participants,
        EventMode mode,
        String venue,
        String onlineLink,
        @Schema(description = "The practices examined, in order") List<ExaminedPractice> practices,
        EventStatus status) {

    static SemesterEvent of(Event e, int semester) {
        return new SemesterEvent(e.getId(), e.getType(), e.getTitle(), EventMoment.format(e.getStartDate(), e.getStartTime()),
                EventMoment.format(e.getEndDate(), e.getEndTime()), e.getDatePrecision(), e.getTimeZone(), semester,
                e.getHost().getShortName(), e.getParticipants().stream().map(Partner::getShortName).toList(), e.getMode(),
                e.getVenue(), e.getOnlineLink(), e.getPractices().stream().map(ExaminedPractice::of).toList(), e.getStatus());
    }

    /** A practice examined at an event, with its theme names. */
    record ExaminedPractice(long id, String title, List<String> themes) {

        static ExaminedPractice of(Practice p) {
            return new ExaminedPractice(p.getId(), p.getTitle(), p.getThemes().stream().map(Theme::getName).toList());
        }
    }
}
