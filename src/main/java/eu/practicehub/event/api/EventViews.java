package eu.practicehub.event.api;

import eu.practicehub.event.Event;
import eu.practicehub.event.EventFilter;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.event.EventView;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import org.springframework.data.domain.Pageable;
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
        boolean allPractices = events.showsAllPractices(project);
        return new PagedModel<>(events.events(project, filter, pageable).map(e -> EventView.of(e, project, allPractices)));
    }

    EventDetail event(String key, long id) {
        Project project = projects.project(key);
        Event event = events.event(project, id);
        return EventDetail.of(event, project, events.joiningOnline(event).stream().map(Partner::getShortName).toList(),
                events.showsMinutes(project));
    }
}
