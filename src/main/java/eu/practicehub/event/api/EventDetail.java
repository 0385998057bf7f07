package eu.practicehub.event.api;

import eu.practicehub.event.DatePrecision;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventMoment;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.event.EventView.PracticeRef;
import eu.practicehub.event.EventView;
import eu.practicehub.project.Project;
import java.util.List;

/** One event with all its fields and the version to send with an update. */
record EventDetail(
        long id,
        EventType type,
        String title,
        String start,
        String end,
        DatePrecision datePrecision,
        String timeZone,
        Integer semester,
        String host,
        List<String> participants,
        EventMode mode,
        String venue,
        String onlineLink,
        List<PracticeRef> practices,
        String agenda,
        String minutes,
        String lessonsLearnt,
        EventStatus status,
        long version,
        List<String> joiningOnline,
        boolean outsideRun,
        List<EventView.ActivityView> activities,
        String originallyPlannedIn) {

    /**
     * {@code joiningOnline}: the partners of a hybrid event from countries restricted on its days;
     * {@code member}: whether the reader is one of the project's members, who see the minutes and the
     * practices that are not public; the public sees neither.
     */
    static EventDetail of(Event e, Project project, List<String> joiningOnline, boolean member) {
        return new EventDetail(e.getId(), e.getType(), e.getTitle(), EventMoment.format(e.getStartDate(), e.getStartTime()),
                EventMoment.format(e.getEndDate(), e.getEndTime()), e.getDatePrecision(), e.getTimeZone(),
                EventView.semester(e, project), e.hostName(), EventView.participants(e), e.getMode(), e.getVenue(),
                e.getOnlineLink(), EventView.practices(e, member), e.getAgenda(), member ? e.getMinutes() : null, e.getLessonsLearnt(),
                e.getStatus(), e.getVersion(), joiningOnline, EventView.outsideRun(e, project), EventView.activities(e, member),
                e.getOriginallyPlannedIn());
    }
}
