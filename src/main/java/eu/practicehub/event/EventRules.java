package eu.practicehub.event;

import eu.practicehub.common.Checks;
import eu.practicehub.common.ImportScope;
import eu.practicehub.common.Violation;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** The rules an event must follow, checked all at once, with the partners and practices a spec names. */
final class EventRules {

    private final EventRepository events;
    private final ProjectService projects;
    private final PracticeService practices;
    private final RestrictionRepository restrictions;

    EventRules(EventRepository events, ProjectService projects, PracticeService practices,
            RestrictionRepository restrictions) {
        this.events = events;
        this.projects = projects;
        this.practices = practices;
        this.restrictions = restrictions;
    }

    /** What a spec names, resolved, and every rule it breaks; {@code current} is null for a new event. */
    record Checked(Partner host, String zone, List<Partner> participants, List<Practice> practices,
            List<Event.ResolvedActivity> activities, List<Violation> violations) {
    }

    /**
     * Every rule, the travel rule included; {@code travelRule} false leaves it out (for imports,
     * which restore events as they were recorded).
     */
    Checked check(Project project, Event current, EventSpec spec, boolean travelRule) {
        Checks checks = new Checks();
        checkFields(spec, checks);
        Partner host = resolveHost(project, spec, checks);
        List<Partner> participants = resolveParticipants(project, spec, host, checks);
        List<Practice> examined = resolvePractices(project, spec.practices(), "practices", checks);
        List<Event.ResolvedActivity> activities = resolveActivities(project, spec, checks);
        // A host named but not found leaves the zone unknown; an event without host takes the project's zone.
        boolean hostNamed = spec.host() != null && !spec.host().isBlank();
        String zone = checks.hasViolation("timeZone") || (hostNamed && host == null) ? null
                : Event.zoneOf(spec.timeZone(), host, projects.zone(project).getId());
        checkDates(spec, zone, checks);
        if (travelRule) {
            checkTravel(project, spec, host, participants, checks);
        }
        Optional<Event> clash = spec.title() == null || spec.startDate() == null ? Optional.empty()
                : byKey(project, spec.title().strip(), spec.startDate());
        checks.check(clash.isEmpty() || clash.get() == current, "title", "event.title.taken", spec.title(), spec.startDate());
        return new Checked(host, zone, participants, examined, activities, checks.violations());
    }

    /** The project's event with this title starting on this day. */
    Optional<Event> byKey(Project project, String title, java.time.LocalDate startDate) {
        return importIndex(project).map(index -> Optional.ofNullable(index.get(new EventService.EventKey(title, startDate))))
                .orElseGet(() -> events.findByProjectAndTitleAndStartDate(project, title, startDate));
    }

    /** The project's events by title and start while a document is imported (see {@link ImportScope}). */
    Optional<Map<EventService.EventKey, Event>> importIndex(Project project) {
        return ImportScope.index("events", project.getId(), () -> {
            Map<EventService.EventKey, Event> byKey = new java.util.HashMap<>();
            events.findByProject(project).forEach(e -> byKey.put(new EventService.EventKey(e.getTitle(), e.getStartDate()), e));
            return byKey;
        });
    }

    private static void checkFields(EventSpec spec, Checks checks) {
        if (spec.activities().isEmpty()) {
            checks.required("type", spec.type());
        } else if (spec.type() != null && spec.activities().get(0) != null) {
            // The event's type is its first activity's: given both, they agree.
            checks.check(spec.type() == spec.activities().get(0).type(), "type", "event.type.notFirstActivity",
                    spec.type(), spec.activities().get(0).type());
        }
        // A planned event states how it will meet; a record of one held, postponed or cancelled may not know it.
        if (spec.status() == null || spec.status() == EventStatus.PLANNED) {
            checks.required("mode", spec.mode());
        }
        checks.text("title", spec.title(), 300, true)
                .date("startDate", spec.startDate(), true)
                .date("endDate", spec.endDate(), true)
                .required("status", spec.status())
                .text("originallyPlannedIn", spec.originallyPlannedIn(), 300, false)
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

    /**
     * The activities given (or the one of the spec's type), each with its practices: every activity has a
     * type, its own day lies within the event's dates, and its practices are the project's.
     */
    private List<Event.ResolvedActivity> resolveActivities(Project project, EventSpec spec, Checks checks) {
        List<Event.ResolvedActivity> resolved = new ArrayList<>();
        List<ActivitySpec> given = spec.effectiveActivities();
        for (int i = 0; i < spec.activities().size(); i++) {
            ActivitySpec activity = given.get(i);
            String path = "activities[" + i + "]";
            if (activity == null) {
                checks.check(false, path + ".type", "validation.required");
                continue;
            }
            checks.required(path + ".type", activity.type())
                    .date(path + ".day", activity.day(), false)
                    .text(path + ".place", activity.place(), 300, false);
            if (activity.day() != null && spec.startDate() != null && spec.endDate() != null) {
                checks.check(!activity.day().isBefore(spec.startDate()) && !activity.day().isAfter(spec.endDate()),
                        path + ".day", "event.activity.dayOutside", spec.startDate(), spec.endDate());
            }
            resolved.add(new Event.ResolvedActivity(activity,
                    resolvePractices(project, activity.practices(), path + ".practices", checks)));
        }
        if (spec.activities().isEmpty() && spec.type() != null) {
            resolved.add(new Event.ResolvedActivity(ActivitySpec.of(spec.type()), List.of()));
        }
        return resolved;
    }

    private List<Practice> resolvePractices(Project project, List<String> given, String field, Checks checks) {
        checks.check(given.stream().noneMatch(Objects::isNull), field, "validation.listItemMissing");
        Set<String> seen = new HashSet<>();
        List<String> titles = new ArrayList<>();
        for (String title : given) {
            if (title == null) {
                continue;
            }
            boolean first = seen.add(title.strip());
            checks.check(first, field, "event.practice.duplicate", title.strip());
            if (first) {
                titles.add(title.strip());
            }
        }
        List<Practice> found = practices.byTitles(project, titles);
        Set<String> foundTitles = new HashSet<>();
        found.forEach(p -> foundTitles.add(p.getTitle()));
        titles.stream().filter(t -> !foundTitles.contains(t))
                .forEach(t -> checks.check(false, field, "event.practice.unknown", t, project.getKey()));
        return found;
    }

    /**
     * A planned in-person event does not meet while the host's or a visitor's country is restricted
     * on one of its days. Events held, postponed or cancelled are records of what happened (or did
     * not), so the rule leaves them alone. Days that are missing or out of order are problems of their
     * own, reported at the same time: the rule is then applied to each day that was given, so that a
     * form shows the restriction on the first save, not once the days are right.
     */
    private void checkTravel(Project project, EventSpec spec, Partner host, List<Partner> participants, Checks checks) {
        if (spec.mode() != EventMode.IN_PERSON || spec.status() != EventStatus.PLANNED) {
            return;
        }
        List<LocalDate[]> periods = new ArrayList<>();
        if (spec.startDate() != null && spec.endDate() != null && !spec.endDate().isBefore(spec.startDate())) {
            periods.add(new LocalDate[] {spec.startDate(), spec.endDate()});
        } else {
            Stream.of(spec.startDate(), spec.endDate()).filter(Objects::nonNull).distinct()
                    .forEach(day -> periods.add(new LocalDate[] {day, day}));
        }
        List<String> countries = TravelRule.countries(TravelRule.attending(host, participants));
        Set<Restriction> restricting = new LinkedHashSet<>();
        for (LocalDate[] period : periods) {
            restricting.addAll(restrictions.findRestricting(project, countries, period[0], period[1]));
        }
        if (!restricting.isEmpty()) {
            checks.addAll(List.of(TravelRule.refusal(List.copyOf(restricting))));
        }
    }

    /**
     * The times are given both or neither, a time only with a day's precision, and the event ends no
     * earlier than it starts: each checked whatever the others say, so that every problem shows at once.
     */
    private static void checkDates(EventSpec spec, String zoneId, Checks checks) {
        boolean timed = spec.startTime() != null;
        if (timed != (spec.endTime() != null)) {
            checks.check(false, timed ? "endTime" : "startTime", "event.time.bothOrNeither");
        }
        checks.check(!timed || spec.datePrecision() == null || spec.datePrecision() == DatePrecision.DAY,
                "startTime", "event.time.needsDay");
        if (spec.startDate() == null || spec.endDate() == null) {
            return;
        }
        if (spec.endDate().isBefore(spec.startDate())) {
            checks.check(false, "endDate", "event.end.beforeStart");
            return;
        }
        if (spec.startTime() == null || spec.endTime() == null) {
            return;
        }
        LocalDateTime start = spec.startDate().atTime(spec.startTime());
        LocalDateTime end = spec.endDate().atTime(spec.endTime());
        // Without a zone (a host the project does not have, a zone that is no zone) the local times are compared.
        ZoneId zone = zoneId == null ? ZoneOffset.UTC : ZoneId.of(zoneId);
        checks.check(!end.atZone(zone).isBefore(start.atZone(zone)), "endTime", "event.end.beforeStart");
    }
}
