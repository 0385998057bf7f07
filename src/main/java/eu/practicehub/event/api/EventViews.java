package eu.practicehub.event.api;

import eu.practicehub.common.NotFoundException;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventFilter;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.practice.Practice;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Phase;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.project.Semester;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads events for the API and turns them into views while the persistence context is open. */
@Service
@Transactional(readOnly = true)
class EventViews {

    private static final long NO_SUCH_ID = -1L;

    private final ProjectService projects;
    private final EventService events;

    EventViews(ProjectService projects, EventService events) {
        this.projects = projects;
        this.events = events;
    }

    /** The partner filter names a host or visitor by short name; one that does not exist matches nothing. */
    PagedModel<EventView> events(String key, EventType type, Integer semester, String partnerName, EventStatus status,
            Pageable pageable) {
        Project project = projects.project(key);
        Long partnerId = partnerName == null || partnerName.isBlank() ? null
                : projects.partner(project, partnerName.strip()).map(Partner::getId).orElse(NO_SUCH_ID);
        EventFilter filter = new EventFilter(type, semester, partnerId, status);
        return new PagedModel<>(events.events(project, filter, pageable).map(e -> EventView.of(e, project)));
    }

    EventDetail event(String key, long id) {
        Project project = projects.project(key);
        Event event = events.event(project, id);
        return EventDetail.of(event, project, events.joiningOnline(event).stream().map(Partner::getShortName).toList());
    }

    SemesterView semester(String key, int number) {
        Project project = projects.project(key);
        if (number < 1 || number > project.semesters().size()) {
            throw new NotFoundException("semester", number);
        }
        Semester semester = project.semester(number);
        List<Event> inSemester = events.events(project, new EventFilter(null, number, null, null),
                Pageable.unpaged(Sort.by("startDate", "id"))).getContent();
        return new SemesterView(number, semester.start(), semester.end(),
                project.phaseOn(semester.start()).map(Phase::name).orElse(null),
                inSemester.stream().map(e -> EventView.of(e, project)).toList(), achieved(inSemester));
    }

    private static Achieved achieved(List<Event> inSemester) {
        Map<EventType, Long> held = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            held.put(type, 0L);
        }
        List<Event> heldEvents = inSemester.stream().filter(Event::isHeld).toList();
        heldEvents.forEach(e -> held.merge(e.getType(), 1L, Long::sum));
        long practices = heldEvents.stream().flatMap(e -> e.getPractices().stream()).map(Practice::getId).distinct().count();
        return new Achieved(held, practices);
    }

    /** One semester: its dates, the phase it belongs to, its events and what was achieved in it. */
    record SemesterView(int number, LocalDate start, LocalDate end, String phase, List<EventView> events,
            Achieved achieved) {
    }

    /** What the events held in a semester achieved: how many of each type, and how many practices they examined. */
    record Achieved(Map<EventType, Long> heldEvents, long practicesExamined) {
    }
}
