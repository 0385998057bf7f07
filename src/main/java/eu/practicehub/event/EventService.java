package eu.practicehub.event;

import eu.practicehub.common.Checks;
import eu.practicehub.common.NotFoundException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.project.Semester;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Learning events: reads, writes and the rules an event must follow. */
@Service
@Transactional(readOnly = true)
public class EventService {

    private final EventRepository events;
    private final ProjectService projects;
    private final PracticeService practices;

    EventService(EventRepository events, ProjectService projects, PracticeService practices) {
        this.events = events;
        this.projects = projects;
        this.practices = practices;
    }

    public Page<Event> events(Project project, EventFilter filter, Pageable pageable) {
        Specification<Event> matching = matching(project, filter);
        if (pageable.isPaged() && pageable.getOffset() > Integer.MAX_VALUE) {
            // Far past the last page: there is nothing there, and the database could not be asked.
            return new PageImpl<>(List.of(), pageable, events.count(matching));
        }
        return events.findAll(matching, pageable);
    }

    public Event event(Project project, long id) {
        return events.findByProjectAndId(project, id).orElseThrow(() -> new NotFoundException("event", id));
    }

    /** The event with the practices it examined and their themes, for pages that show them. */
    public Event eventWithPractices(Project project, long id) {
        Event event = event(project, id);
        // Reading them inside the transaction loads the practices, then all their themes in one batch.
        event.getPractices().forEach(Practice::getThemes);
        return event;
    }

    public List<Event> events(Project project) {
        return events.findByProject(project);
    }

    public List<Event> hostedBy(Partner partner) {
        return events.findHostedBy(partner);
    }

    public List<Event> attendedBy(Partner partner) {
        return events.findAttendedBy(partner);
    }

    public long count(Project project) {
        return events.countByProject(project);
    }

    public long countHeld(Project project, EventType type) {
        return events.countHeld(project, type);
    }

    /** The project's events by semester, every semester of the project present, in order. */
    public Map<Semester, List<Event>> timeline(Project project) {
        Map<Semester, List<Event>> timeline = new LinkedHashMap<>();
        project.semesters().forEach(s -> timeline.put(s, new ArrayList<>()));
        for (Event event : events.findByProject(project)) {
            project.semesterOf(event.getStartDate())
                    .ifPresent(s -> timeline.computeIfAbsent(s, k -> new ArrayList<>()).add(event));
        }
        return timeline;
    }

    @Transactional
    public Event create(Project project, EventSpec spec) {
        return save(project, new Event(project), spec);
    }

    @Transactional
    public Event update(Project project, long id, long version, EventSpec spec) {
        Event event = event(project, id);
        if (event.getVersion() != version) {
            throw new StaleVersionException(version, event.getVersion());
        }
        return save(project, event, spec);
    }

    /** Creates or updates the event with the spec's title and start date. */
    @Transactional
    public Event importEvent(Project project, EventSpec spec) {
        Optional<Event> existing = spec.title() == null || spec.startDate() == null ? Optional.empty()
                : events.findByProjectAndTitleAndStartDate(project, spec.title().strip(), spec.startDate());
        return save(project, existing.orElseGet(() -> new Event(project)), spec);
    }

    @Transactional
    public void delete(Project project, long id, long version) {
        Event event = event(project, id);
        if (event.getVersion() != version) {
            throw new StaleVersionException(version, event.getVersion());
        }
        events.delete(event);
    }

    @Transactional
    public void removeEventsExcept(Project project, Set<EventKey> keep) {
        events.findByProject(project).stream()
                .filter(e -> !keep.contains(new EventKey(e.getTitle(), e.getStartDate())))
                .forEach(events::delete);
    }

    /** How an import document identifies an event: its title and start date. */
    public record EventKey(String title, java.time.LocalDate startDate) {
    }

    private Event save(Project project, Event event, EventSpec spec) {
        Checks checks = new Checks();
        checkFields(spec, checks);
        Partner host = resolveHost(project, spec, checks);
        List<Partner> participants = resolveParticipants(project, spec, host, checks);
        List<Practice> examined = resolvePractices(project, spec, checks);
        checkDates(spec, host, checks);
        Optional<Event> clash = spec.title() == null || spec.startDate() == null ? Optional.empty()
                : events.findByProjectAndTitleAndStartDate(project, spec.title().strip(), spec.startDate());
        checks.check(clash.isEmpty() || clash.get() == event, "title", "event.title.taken", spec.title(), spec.startDate());
        checks.throwIfAny();
        event.describe(spec, host, participants, examined);
        Event saved = events.saveAndFlush(event);
        if (saved.isHeld()) {
            practices.markExamined(examined);
        }
        return saved;
    }

    private static void checkFields(EventSpec spec, Checks checks) {
        checks.required("type", spec.type())
                .text("title", spec.title(), 300, true)
                .date("startDate", spec.startDate(), true)
                .date("endDate", spec.endDate(), true)
                .required("host", spec.host())
                .required("mode", spec.mode())
                .required("status", spec.status())
                .text("venue", spec.venue(), 500, false)
                .text("onlineLink", spec.onlineLink(), 500, false)
                .webAddress("onlineLink", spec.onlineLink())
                .text("agenda", spec.agenda(), 20000, false)
                .text("minutes", spec.minutes(), 20000, false)
                .text("lessonsLearnt", spec.lessonsLearnt(), 20000, false);
        if (spec.timeZone() != null && !spec.timeZone().isBlank()) {
            checks.check(ProjectService.isZone(spec.timeZone()), "timeZone", "validation.timeZone", spec.timeZone());
        }
    }

    private Partner resolveHost(Project project, EventSpec spec, Checks checks) {
        if (spec.host() == null || spec.host().isBlank()) {
            return null;
        }
        Optional<Partner> host = projects.partner(project, spec.host());
        checks.check(host.isPresent(), "host", "event.partner.unknown", spec.host(), project.getKey());
        return host.orElse(null);
    }

    private List<Partner> resolveParticipants(Project project, EventSpec spec, Partner host, Checks checks) {
        List<Partner> resolved = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        checks.check(spec.participants().stream().noneMatch(Objects::isNull), "participants", "validation.listItemMissing");
        for (String name : spec.participants()) {
            if (name == null) {
                continue;
            }
            checks.check(seen.add(name), "participants", "event.participant.duplicate", name);
            Optional<Partner> partner = projects.partner(project, name);
            checks.check(partner.isPresent(), "participants", "event.partner.unknown", name, project.getKey());
            partner.filter(p -> !resolved.contains(p)).ifPresent(resolved::add);
        }
        if (host != null) {
            checks.check(!resolved.contains(host), "participants", "event.host.amongParticipants", host.getShortName());
        }
        return resolved;
    }

    private List<Practice> resolvePractices(Project project, EventSpec spec, Checks checks) {
        checks.check(spec.practices().stream().noneMatch(Objects::isNull), "practices", "validation.listItemMissing");
        Set<String> seen = new HashSet<>();
        List<String> titles = new ArrayList<>();
        for (String title : spec.practices()) {
            if (title == null) {
                continue;
            }
            boolean first = seen.add(title.strip());
            checks.check(first, "practices", "event.practice.duplicate", title.strip());
            if (first) {
                titles.add(title.strip());
            }
        }
        List<Practice> found = practices.byTitles(project, titles);
        Set<String> foundTitles = new HashSet<>();
        found.forEach(p -> foundTitles.add(p.getTitle()));
        titles.stream().filter(t -> !foundTitles.contains(t))
                .forEach(t -> checks.check(false, "practices", "event.practice.unknown", t, project.getKey()));
        return found;
    }

    private static void checkDates(EventSpec spec, Partner host, Checks checks) {
        if (spec.startDate() == null || spec.endDate() == null) {
            return;
        }
        boolean timed = spec.startTime() != null;
        if (timed != (spec.endTime() != null)) {
            checks.check(false, timed ? "endTime" : "startTime", "event.time.bothOrNeither");
            return;
        }
        checks.check(!timed || spec.datePrecision() == null || spec.datePrecision() == DatePrecision.DAY,
                "startTime", "event.time.needsDay");
        if (host == null || checks.hasViolation("timeZone")) {
            return;
        }
        LocalDateTime start = spec.startDate().atTime(timed ? spec.startTime() : LocalTime.MIDNIGHT);
        LocalDateTime end = spec.endDate().atTime(timed ? spec.endTime() : LocalTime.MIDNIGHT);
        var zone = java.time.ZoneId.of(Event.zoneOrHosts(spec.timeZone(), host));
        checks.check(!end.atZone(zone).isBefore(start.atZone(zone)), timed ? "endTime" : "endDate", "event.end.beforeStart");
    }

    private static Specification<Event> matching(Project project, EventFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("project"), project));
            if (filter.type() != null) {
                predicates.add(cb.equal(root.get("type"), filter.type()));
            }
            if (filter.status() != null) {
                predicates.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.semester() != null) {
                if (filter.semester() < 1 || filter.semester() > project.semesters().size()) {
                    return cb.disjunction();
                }
                Semester semester = project.semester(filter.semester());
                predicates.add(cb.between(root.get("startDate"), semester.start(), semester.end()));
            }
            if (filter.partnerId() != null) {
                var sub = query.subquery(Long.class);
                var event = sub.from(Event.class);
                var participant = event.join("participants", JoinType.INNER);
                sub.select(event.get("id")).where(cb.equal(participant.get("id"), filter.partnerId()));
                predicates.add(cb.or(cb.equal(root.get("host").get("id"), filter.partnerId()), root.get("id").in(sub)));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
