package eu.practicehub.calendar;

import eu.practicehub.common.Languages;
import eu.practicehub.common.NotFoundException;
import eu.practicehub.event.DatePrecision;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventService;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The calendars of a project, of one partner (the events it hosts or attends) and of one event.
 * Events whose days were never recorded (known by month or year only) are in none of them: a
 * calendar can only show them as whole days they did not take. A feed holds every event still to come
 * and those of the last {@code practicehub.calendar.past-months} (36) months, counted back from today or,
 * for a project that has ended, from its end: the past a calendar shows next to what is planned, and a
 * feed that a client fetches every few hours stays the same size however long a project's history grows.
 * The events page and the project document hold them all.
 */
@Service
@Transactional(readOnly = true)
public class CalendarService {

    private static final Comparator<Event> BY_START = Comparator.comparing(Event::getStartDate)
            .thenComparing(Event::getId);

    private final ProjectService projects;
    private final EventService events;
    private final CalendarWriter writer;
    private final EventTexts texts;
    private final Clock clock;
    private final int pastMonths;

    CalendarService(ProjectService projects, EventService events, CalendarWriter writer, EventTexts texts, Clock clock,
            @Value("${practicehub.calendar.past-months:36}") int pastMonths) {
        this.projects = projects;
        this.events = events;
        this.writer = writer;
        this.texts = texts;
        this.clock = clock;
        this.pastMonths = pastMonths;
    }

    /** The first day a feed's events may end on. */
    LocalDate feedStart(Project project) {
        LocalDate today = LocalDate.now(clock);
        LocalDate anchor = project.endDate().filter(end -> end.isBefore(today)).orElse(today);
        return anchor.minusMonths(pastMonths);
    }

    /** The project's events; their pages are under {@code site}, the application's address. */
    public CalendarFile projectCalendar(String key, URI site) {
        Project project = projects.project(key);
        return Languages.writtenIn(project.publishingLocale(), () -> {
            String name = texts.message("calendar.name.project", project.getName());
            return new CalendarFile(project.getKey() + ".ics", writer.feed(name,
                    inCalendar(events.endingFrom(project, feedStart(project))), site));
        });
    }

    /** The events the partner hosts or attends. */
    public CalendarFile partnerCalendar(String key, long partnerId, URI site) {
        Project project = projects.project(key);
        Partner partner = projects.partner(project, partnerId);
        List<Event> its = events.takingPartEndingFrom(partner, feedStart(project));
        return Languages.writtenIn(project.publishingLocale(), () -> {
            String name = texts.message("calendar.name.partner", project.getName(), partner.getShortName());
            return new CalendarFile(project.getKey() + "-partner-" + partner.getId() + ".ics",
                    writer.feed(name, inCalendar(its), site));
        });
    }

    /** One event, to add to a calendar; not found when its days are not known. */
    public CalendarFile eventCalendar(String key, long id, URI site) {
        Project project = projects.project(key);
        Event event = events.event(project, id);
        if (!isInCalendar(event)) {
            throw new NotFoundException("event", id);
        }
        return new CalendarFile(project.getKey() + "-event-" + event.getId() + ".ics",
                writer.single(event, site));
    }

    /** Whether an event can be shown in a calendar: its days are known. */
    private static boolean isInCalendar(Event event) {
        return event.getDatePrecision() == DatePrecision.DAY;
    }

    private static List<Event> inCalendar(List<Event> events) {
        return events.stream().filter(CalendarService::isInCalendar).sorted(BY_START).toList();
    }
}
