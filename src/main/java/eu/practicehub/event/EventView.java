package eu.practicehub.event;

import eu.practicehub.practice.Practice;
import eu.practicehub.practice.Theme;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.Semester;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** An event as the API's lists show it: everything but the long texts (the event list and a semester's events). */
public record EventView(
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
        @Schema(description = "The practices examined, in order") List<PracticeRef> practices,
        EventStatus status,
        @Schema(description = "Whether the event starts before the project's start or ends after its end; it then counts in no period") boolean outsideRun,
        @Schema(description = "The event's activities in order (the first one's type is the event's type)") List<ActivityView> activities,
        @Schema(description = "Where the event was planned first, when it was held elsewhere or online", example = "Vilnius") String originallyPlannedIn) {

    /** {@code allPractices}: whether the reader sees the practices that are not public (the project's members do). */
    public static EventView of(Event e, Project project, boolean allPractices) {
        return new EventView(e.getId(), e.getType(), e.getTitle(), EventMoment.format(e.getStartDate(), e.getStartTime()),
                EventMoment.format(e.getEndDate(), e.getEndTime()), e.getDatePrecision(), e.getTimeZone(),
                semester(e, project), e.hostName(), participants(e), e.getMode(), e.getVenue(), e.getOnlineLink(),
                practices(e, allPractices), e.getStatus(), outsideRun(e, project), activities(e, allPractices),
                e.getOriginallyPlannedIn());
    }

    /** Whether the event starts before the project's start or ends after its end. */
    public static boolean outsideRun(Event e, Project project) {
        return !project.runsThrough(e.getStartDate(), e.getEndDate());
    }

    public static List<ActivityView> activities(Event e, boolean allPractices) {
        return e.getActivities().stream().map(a -> new ActivityView(a.getType(), a.getDay(), a.getPlace(),
                a.getPractices().stream().filter(p -> allPractices || p.isPublicVisible()).map(PracticeRef::of).toList()))
                .toList();
    }

    /** One activity of an event: its type and, where known, its own day, place and the practices it examined. */
    public record ActivityView(EventType type, @Schema(example = "2021-07-17") java.time.LocalDate date, String place,
            List<PracticeRef> practices) {
    }

    public static Integer semester(Event e, Project project) {
        return project.semesterOf(e.getStartDate()).map(Semester::number).orElse(null);
    }

    public static List<String> participants(Event e) {
        return e.getParticipants().stream().map(Partner::getShortName).toList();
    }

    /** The practices examined, leaving out those that are not public unless {@code allPractices}. */
    public static List<PracticeRef> practices(Event e, boolean allPractices) {
        return e.getPractices().stream().filter(p -> allPractices || p.isPublicVisible()).map(PracticeRef::of).toList();
    }

    /** A practice examined at an event, with its theme names. */
    public record PracticeRef(long id, String title, List<String> themes) {

        public static PracticeRef of(Practice p) {
            return new PracticeRef(p.getId(), p.getTitle(), p.getThemes().stream().map(Theme::getName).toList());
        }
    }
}
