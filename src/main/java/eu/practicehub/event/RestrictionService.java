package eu.practicehub.event;

import eu.practicehub.account.Access;
import eu.practicehub.common.Checks;
import eu.practicehub.common.NotFoundException;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.common.Violation;
import eu.practicehub.event.EventAtRisk.RestrictedCountry;
import eu.practicehub.practice.Practice;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The travel and entry restrictions of a project, their CSV import, and the planned events they put
 * at risk with what can be done about each. Whether an event is at risk is derived from the current
 * restrictions whenever it is asked, so it is never out of date and nothing of it is stored.
 */
@Service
@Transactional(readOnly = true)
public class RestrictionService {

    static final int NOTE_LENGTH = 2000;
    static final int SOURCE_LENGTH = 500;
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    private final RestrictionRepository restrictions;
    private final EventRepository eventRecords;
    private final EventService events;
    private final Access access;

    RestrictionService(RestrictionRepository restrictions, EventRepository eventRecords, EventService events,
            Access access) {
        this.access = access;
        this.restrictions = restrictions;
        this.eventRecords = eventRecords;
        this.events = events;
    }

    /** A page of the project's restrictions, of one country when {@code country} is given. */
    public Page<Restriction> restrictions(Project project, String country, Pageable pageable) {
        return country == null || country.isBlank() ? restrictions.findByProject(project, pageable)
                : restrictions.findByProjectAndCountry(project, country.strip().toUpperCase(Locale.ROOT), pageable);
    }

    /** All the project's restrictions, by country and start. */
    public List<Restriction> restrictions(Project project) {
        return restrictions.findByProject(project);
    }

    public Restriction restriction(Project project, long id) {
        return restrictions.findByProjectAndId(project, id).orElseThrow(() -> new NotFoundException("restriction", id));
    }

    /** Every rule the spec breaks, as a save would report it; {@code id} is null for a new restriction. */
    public List<Violation> problems(Project project, Long id, RestrictionSpec spec) {
        return check(project, id == null ? null : restriction(project, id), spec, restrictions.findByProject(project))
                .violations();
    }

    @Transactional
    public Restriction create(Project project, RestrictionSpec spec) {
        access.requireCoordinator(project.getId());
        check(project, null, spec, restrictions.findByProject(project)).throwIfAny();
        Restriction restriction = new Restriction(project);
        restriction.describe(spec);
        return restrictions.saveAndFlush(restriction);
    }

    @Transactional
    public Restriction update(Project project, long id, long version, RestrictionSpec spec) {
        Restriction restriction = current(project, id, version);
        check(project, restriction, spec, restrictions.findByProject(project)).throwIfAny();
        restriction.describe(spec);
        return restrictions.saveAndFlush(restriction);
    }

    @Transactional
    public void delete(Project project, long id, long version) {
        restrictions.delete(current(project, id, version));
        restrictions.flush();
    }

    /**
     * Adds the restrictions of a CSV text (header {@code country,from,to,level,note,source}), all or
     * nothing: every problem is reported at once, at {@code lines[n].column} (the header is line 1).
     */
    @Transactional
    public List<Restriction> importCsv(Project project, String csv) {
        access.requireCoordinator(project.getId());
        Checks checks = new Checks();
        List<RestrictionCsv.Line> lines = new RestrictionCsv(checks).read(csv);
        checks.check(!lines.isEmpty() || !checks.violations().isEmpty(), "lines", "restriction.csv.empty");
        List<Restriction> known = new ArrayList<>(restrictions.findByProject(project));
        List<Restriction> added = new ArrayList<>();
        for (RestrictionCsv.Line line : lines) {
            Checks lineChecks = check(project, null, line.spec(), known);
            lineChecks.violations().stream().map(v -> v.under(line.path()))
                    .filter(v -> !checks.hasViolation(v.field()))
                    .forEach(v -> checks.addAll(List.of(v)));
            if (lineChecks.violations().isEmpty()) {
                Restriction restriction = new Restriction(project);
                restriction.describe(line.spec());
                known.add(restriction);
                added.add(restriction);
            }
        }
        checks.throwIfAny();
        return restrictions.saveAllAndFlush(added);
    }

    /**
     * Makes the project's restrictions those of a project document: each matched by country and first
     * day, updated or added, and the others removed. The rules are those of {@link #create}.
     */
    @Transactional
    public void importRestrictions(Project project, List<RestrictionSpec> specs) {
        access.requireCoordinator(project.getId());
        List<Restriction> stored = restrictions.findByProject(project);
        List<Violation> problems = new ArrayList<>();
        List<Restriction> kept = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            RestrictionSpec spec = specs.get(i);
            Restriction restriction = stored.stream()
                    .filter(r -> !kept.contains(r) && r.getCountry().equals(normalCountry(spec))
                            && r.getFrom().equals(spec.from()))
                    .findFirst().orElse(null);
            List<Restriction> others = new ArrayList<>(kept);
            List<Violation> found = check(project, restriction, spec, others).violations();
            String path = "restrictions[" + i + "]";
            found.forEach(v -> problems.add(v.under(path)));
            if (found.isEmpty()) {
                Restriction target = restriction == null ? new Restriction(project) : restriction;
                target.describe(spec);
                kept.add(target);
            }
        }
        RuleViolationException.throwIfAny(problems);
        stored.stream().filter(r -> !kept.contains(r)).forEach(restrictions::delete);
        restrictions.flush();
        restrictions.saveAll(kept);
        restrictions.flush();
    }

    /**
     * The project's planned in-person and hybrid events that a restriction puts at risk, by date: an
     * in-person event when the host's or a visitor's country is restricted on one of its days, a
     * hybrid event when the host's country is (its visitors from restricted countries join online).
     * Reads the restrictions in one query and the events with their partners in a batch.
     */
    public List<EventAtRisk> eventsAtRisk(Project project) {
        List<Restriction> restricted = restricted(project);
        if (restricted.isEmpty()) {
            return List.of();
        }
        return eventRecords.findPlannedOnSite(project).stream()
                .map(e -> assess(e, restricted))
                .filter(Objects::nonNull)
                .toList();
    }

    /** The event's risk, or null when it is not at risk. */
    private static EventAtRisk assess(Event event, List<Restriction> restricted) {
        // An event of unknown mode is not known to meet on site: the travel rule leaves it alone.
        if (event.getStatus() != EventStatus.PLANNED || event.getMode() == null || event.getMode() == EventMode.VIRTUAL) {
            return null;
        }
        List<Partner> attending = TravelRule.attending(event.getHost(), event.getParticipants());
        List<Restriction> restricting = TravelRule.restricting(restricted, attending, event.getStartDate(),
                event.getEndDate());
        boolean hostRestricted = TravelRule.isRestricted(event.getHost(), restricting);
        if (restricting.isEmpty() || (event.getMode() == EventMode.HYBRID && !hostRestricted)) {
            return null;
        }
        List<RestrictedCountry> countries = restricting.stream()
                .map(r -> new RestrictedCountry(r.getCountry(), r.getFrom(), r.getTo(), attending.stream()
                        .filter(p -> p.getCountry().equals(r.getCountry())).map(Partner::getShortName).toList()))
                .toList();
        List<RiskResolution> suggestions = new ArrayList<>();
        suggestions.add(RiskResolution.SWITCH_TO_VIRTUAL);
        if (event.getMode() == EventMode.IN_PERSON && !hostRestricted) {
            suggestions.add(RiskResolution.SWITCH_TO_HYBRID);
        }
        suggestions.add(RiskResolution.POSTPONE);
        return new EventAtRisk(event.getId(), event.getTitle(), event.getType(), event.getStartDate(),
                event.getEndDate(), event.getDatePrecision(), event.hostName(), event.getMode(),
                event.getVersion(), countries, List.copyOf(suggestions), event.hostId());
    }

    /**
     * Applies one of the suggestions for an event at risk, in one step: switches its mode or marks it
     * postponed. Refused (a broken rule on {@code resolution}) when the event is not at risk or the
     * suggestion is not one of its own; a stale version is refused as any other save.
     */
    @Transactional
    public Event resolve(Project project, long eventId, long version, RiskResolution resolution) {
        Event event = events.event(project, eventId);
        // Resolving a risk changes the event: its host's editors and the coordinators may.
        events.requireHost(event);
        if (event.getVersion() != version) {
            throw new StaleVersionException(version, event.getVersion());
        }
        new Checks().required("resolution", resolution).throwIfAny();
        EventAtRisk risk = assess(event, restricted(project));
        new Checks().check(risk != null, "resolution", "restriction.resolve.notAtRisk", event.getTitle())
                .throwIfAny();
        new Checks().check(risk.suggestions().contains(resolution), "resolution", "restriction.resolve.notOffered",
                resolution, event.getTitle()).throwIfAny();
        EventSpec spec = new EventSpec(event.getType(), event.getTitle(), event.getStartDate(), event.getStartTime(),
                event.getEndDate(), event.getEndTime(), event.getDatePrecision(), event.getTimeZone(),
                event.hostName(), event.getParticipants().stream().map(Partner::getShortName).toList(),
                switch (resolution) {
                    case SWITCH_TO_VIRTUAL -> EventMode.VIRTUAL;
                    case SWITCH_TO_HYBRID -> EventMode.HYBRID;
                    case POSTPONE -> event.getMode();
                },
                resolution == RiskResolution.SWITCH_TO_VIRTUAL ? null : event.getVenue(), event.getOnlineLink(),
                event.getPractices().stream().map(Practice::getTitle).toList(),
                event.getAgenda(), event.getMinutes(), event.getLessonsLearnt(),
                resolution == RiskResolution.POSTPONE ? EventStatus.POSTPONED : event.getStatus(),
                event.activitySpecs(), event.getOriginallyPlannedIn());
        return events.update(project, eventId, version, spec);
    }

    private Checks check(Project project, Restriction current, RestrictionSpec spec, List<Restriction> others) {
        Checks checks = new Checks();
        String country = normalCountry(spec);
        if (country == null || country.isEmpty()) {
            checks.required("country", country);
        } else {
            checks.check(COUNTRIES.contains(country), "country", "restriction.country.unknown", spec.country().strip());
        }
        checks.date("from", spec.from(), true).date("to", spec.to(), true)
                .required("level", spec.level())
                .text("note", spec.note(), NOTE_LENGTH, false)
                .text("source", spec.source(), SOURCE_LENGTH, false)
                .webAddress("source", spec.source() == null ? null : spec.source().strip());
        if (spec.from() != null && spec.to() != null && !checks.hasViolation("from") && !checks.hasViolation("to")) {
            checks.check(!spec.to().isBefore(spec.from()), "to", "restriction.to.beforeFrom");
        }
        if (country != null && spec.from() != null) {
            boolean taken = others.stream().anyMatch(r -> r != current && r.getCountry().equals(country)
                    && r.getFrom().equals(spec.from()));
            checks.check(!taken, "from", "restriction.duplicate", country, spec.from());
        }
        return checks;
    }

    private List<Restriction> restricted(Project project) {
        return restrictions.findByProject(project).stream()
                .filter(r -> r.getLevel() == RestrictionLevel.RESTRICTED).toList();
    }

    private static String normalCountry(RestrictionSpec spec) {
        return spec.country() == null ? null : spec.country().strip().toUpperCase(Locale.ROOT);
    }

    private Restriction current(Project project, long id, long version) {
        Restriction restriction = restriction(project, id);
        access.requireCoordinator(project.getId());
        if (restriction.getVersion() != version) {
            throw new StaleVersionException(version, restriction.getVersion());
        }
        return restriction;
    }
}
