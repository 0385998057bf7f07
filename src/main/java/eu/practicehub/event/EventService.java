package eu.practicehub.event;

import eu.practicehub.account.Access;
import eu.practicehub.common.ChoiceDeniedException;
import eu.practicehub.common.ImportScope;
import eu.practicehub.common.Violation;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Learning events: reads, writes and the rules an event must follow. */
@Service
@Transactional(readOnly = true)
public class EventService {

    private final EventRepository events;
    private final PracticeService practices;
    private final EventRules rules;
    private final RestrictionRepository restrictions;
    private final Access access;

    EventService(EventRepository events, ProjectService projects, PracticeService practices,
            RestrictionRepository restrictions, Access access) {
        this.access = access;
        this.events = events;
        this.practices = practices;
        this.restrictions = restrictions;
        this.rules = new EventRules(events, projects, practices, restrictions);
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
        Optional<Event> imported = rules.importIndex(project)
                .flatMap(index -> index.values().stream().filter(e -> e.getId() != null && e.getId() == id).findFirst());
        return imported.or(() -> events.findByProjectAndId(project, id)).orElseThrow(() -> new NotFoundException("event", id));
    }

    /** The event with the practices it examined and their themes, for pages that show them. */
    public Event eventWithPractices(Project project, long id) {
        Event event = event(project, id);
        // Reading them inside the transaction loads the practices, then all their themes in one batch.
        event.getPractices().forEach(Practice::getThemes);
        event.getActivities().forEach(a -> a.getPractices().forEach(Practice::getThemes));
        return event;
    }

    public List<Event> events(Project project) {
        return events.findByProject(project);
    }

    /** The project's events with these ids, by date. */
    public List<Event> events(Project project, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : events.findByProjectAndIdIn(project, ids);
    }

    /**
     * The events held with an activity from {@code from} to {@code to} (by the activity's own day, else the
     * event's start; both days included), of the types given or of any type when none is.
     */
    public List<Event> heldBetween(Project project, LocalDate from, LocalDate to, Collection<EventType> types) {
        return types.isEmpty() ? events.findHeldBetween(project, from, to)
                : events.findHeldBetween(project, from, to, types);
    }

    public List<Event> hostedBy(Partner partner) {
        return events.findHostedBy(partner);
    }

    /** The events the partner hosts or attends, by start, with their activities. */
    /** The project's events that end on {@code from} or later, by date. */
    public List<Event> endingFrom(Project project, LocalDate from) {
        return events.findByProjectEndingFrom(project, from);
    }

    /** The events the partner hosts or attends that end on {@code from} or later, by date. */
    public List<Event> takingPartEndingFrom(Partner partner, LocalDate from) {
        return events.findTakingPartEndingFrom(partner, from);
    }

    public List<Event> takingPart(Partner partner) {
        return events.findTakingPart(partner);
    }

    public List<Event> attendedBy(Partner partner) {
        return events.findAttendedBy(partner);
    }

    public long count(Project project) {
        return events.countByProject(project);
    }

    /** How many activities of the type the project's held events hold. */
    public long countHeld(Project project, EventType type) {
        return events.countHeld(project, type);
    }

    /** The first planned events starting on or after a day, soonest first, with their hosts. */
    public List<Event> plannedFrom(Project project, LocalDate from, int limit) {
        return events.findPlannedFrom(project, from, PageRequest.of(0, limit));
    }

    public long countPlannedFrom(Project project, LocalDate from) {
        return events.countPlannedFrom(project, from);
    }

    /**
     * How many activities of each type and status the project's events hold from {@code from} to {@code to},
     * both days included (an activity's own day, else its event's start, decides), counted in one grouped
     * query; every type and status is present.
     */
    public Map<EventType, Map<EventStatus, Long>> countByTypeAndStatusBetween(Project project, LocalDate from, LocalDate to) {
        Map<EventType, Map<EventStatus, Long>> counts = new java.util.EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            Map<EventStatus, Long> byStatus = new java.util.EnumMap<>(EventStatus.class);
            for (EventStatus status : EventStatus.values()) {
                byStatus.put(status, 0L);
            }
            counts.put(type, byStatus);
        }
        for (Object[] row : events.countByTypeAndStatusBetween(project, from, to)) {
            counts.get((EventType) row[0]).put((EventStatus) row[1], ((Number) row[2]).longValue());
        }
        return counts;
    }

    /** The project's events that start or end outside its run (before its start, after its end), by date. */
    public List<Event> outsideRun(Project project) {
        return events.findByProject(project).stream().filter(e -> !project.runsThrough(e.getStartDate(), e.getEndDate()))
                .toList();
    }

    /** The project's events within its run that fall in none of its periods: those between two of its phases. */
    public List<Event> betweenPeriods(Project project) {
        return events.findByProject(project).stream()
                .filter(e -> project.runsThrough(e.getStartDate(), e.getEndDate()))
                .filter(e -> project.semesterOf(e.getStartDate()).isEmpty())
                .toList();
    }

    /** The project's events by period, every period of the project present, in order; events outside every period are left out. */
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
        return save(project, new Event(project), spec, true);
    }

    @Transactional
    public Event update(Project project, long id, long version, EventSpec spec) {
        Event event = event(project, id);
        requireHost(event);
        if (event.getVersion() != version) {
            throw new StaleVersionException(version, event.getVersion());
        }
        return save(project, event, spec, true);
    }

    /**
     * Creates or updates the event with the spec's title and start date. The travel rule is left
     * out: a document restores events as they were recorded, and an event planned before a
     * restriction came is shown at risk rather than refused (so an export always imports again).
     */
    @Transactional
    public Event importEvent(Project project, EventSpec spec) {
        access.requireCoordinator(project.getId());
        Optional<Event> existing = spec.title() == null || spec.startDate() == null ? Optional.empty()
                : rules.byKey(project, spec.title().strip(), spec.startDate());
        Event saved = save(project, existing.orElseGet(() -> new Event(project)), spec, false);
        rules.importIndex(project).ifPresent(index -> index.put(new EventKey(saved.getTitle(), saved.getStartDate()), saved));
        return saved;
    }

    @Transactional
    public void delete(Project project, long id, long version) {
        Event event = event(project, id);
        requireHost(event);
        if (event.getVersion() != version) {
            throw new StaleVersionException(version, event.getVersion());
        }
        events.delete(event);
    }

    @Transactional
    public void removeEventsExcept(Project project, Set<EventKey> keep) {
        access.requireCoordinator(project.getId());
        events.findByProject(project).stream()
                .filter(e -> !keep.contains(new EventKey(e.getTitle(), e.getStartDate())))
                .forEach(events::delete);
        ImportScope.forget("events", project.getId());
    }

    /** How an import document identifies an event: its title and start date. */
    public record EventKey(String title, java.time.LocalDate startDate) {
    }

    /**
     * Every rule the spec breaks, as a save would report it, without saving anything: a host the person
     * may not write for is one of them.
     */
    public List<Violation> problems(Project project, Long id, EventSpec spec) {
        Event current = id == null ? null : event(project, id);
        EventRules.Checked checked = rules.check(project, current, spec, true);
        List<Violation> violations = new ArrayList<>(checked.violations());
        missingHost(project, spec).ifPresent(violations::add);
        refusedHost(project, checked.host()).ifPresent(violations::add);
        return violations;
    }

    /**
     * The visitors of a hybrid event who join online because travel is restricted on one of its days:
     * those from a restricted country, and all of them when the host's country is restricted. The host
     * meets on site. None for other modes. Read from the current restrictions.
     */
    public List<Partner> joiningOnline(Event event) {
        if (event.getMode() != EventMode.HYBRID) {
            return List.of();
        }
        List<Partner> attending = TravelRule.attending(event.getHost(), event.getParticipants());
        List<Restriction> restricting = restrictions.findRestricting(event.getProject(), TravelRule.countries(attending),
                event.getStartDate(), event.getEndDate());
        return TravelRule.joiningOnline(event.getHost(), event.getParticipants(), restricting);
    }

    private Event save(Project project, Event event, EventSpec spec, boolean travelRule) {
        if (!access.mayWriteSomething(project.getId())) {
            throw new AccessDeniedException("Not allowed for this account");
        }
        EventRules.Checked checked = rules.check(project, event.getId() == null ? null : event, spec, travelRule);
        List<Violation> violations = new ArrayList<>(checked.violations());
        missingHost(project, spec).ifPresent(violations::add);
        ChoiceDeniedException.throwIfAny(refusedHost(project, checked.host()), violations);
        event.describe(spec, checked.host(), checked.zone(), checked.participants(), checked.practices(),
                checked.activities());
        // An import writes all its records at once when it ends, not one by one (see ImportScope).
        Event saved = ImportScope.active() ? events.save(event) : events.saveAndFlush(event);
        if (saved.isHeld()) {
            List<Practice> examined = new ArrayList<>(checked.practices());
            checked.activities().forEach(a -> examined.addAll(a.practices()));
            practices.markExamined(examined.stream().distinct().toList());
        }
        return saved;
    }

    /** Whether the current person reads the minutes of the project's events: its members do, the public does not. */
    public boolean showsMinutes(Project project) {
        return access.isMember(project.getId());
    }

    /**
     * Whether the current person sees the practices an event examined that are not public: the
     * project's members do, the public sees only the public ones.
     */
    public boolean showsAllPractices(Project project) {
        return access.isMember(project.getId());
    }

    /** An event without host is the whole project's: a partner's editor names its partner as host. */
    private Optional<Violation> missingHost(Project project, EventSpec spec) {
        boolean named = spec.host() != null && !spec.host().isBlank();
        return named || access.mayCoordinate(project.getId()) ? Optional.empty()
                : Optional.of(Violation.of("host", "validation.required"));
    }

    /** The host's editors write its events: on a new event or a change of host, the new host must be theirs too. */
    private Optional<Violation> refusedHost(Project project, Partner host) {
        return host == null ? Optional.empty()
                : access.refusedChoice(project.getId(), host.getId(), "host", host.getShortName());
    }

    /** An event, its report, participants and examinations are changed by its host's editors and the coordinators. */
    void requireHost(Event event) {
        access.requireWrite(event.getProject().getId(), event.hostId());
    }

    private static Specification<Event> matching(Project project, EventFilter filter) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("project"), project));
            if (filter.type() != null) {
                var sub = query.subquery(Long.class);
                var activity = sub.from(EventActivity.class);
                sub.select(activity.get("event").get("id")).where(cb.equal(activity.get("type"), filter.type()));
                predicates.add(root.get("id").in(sub));
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
