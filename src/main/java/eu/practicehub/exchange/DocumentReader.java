package eu.practicehub.exchange;

import eu.practicehub.common.Checks;
import eu.practicehub.common.Violation;
import eu.practicehub.event.DatePrecision;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventMoment;
import eu.practicehub.event.EventSpec;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.exchange.ProjectDocument.EventData;
import eu.practicehub.exchange.ProjectDocument.PartnerData;
import eu.practicehub.exchange.ProjectDocument.PhaseData;
import eu.practicehub.exchange.ProjectDocument.PracticeData;
import eu.practicehub.exchange.ProjectDocument.ProjectData;
import eu.practicehub.practice.PracticeSpec;
import eu.practicehub.practice.PracticeStatus;
import eu.practicehub.project.PartnerRole;
import eu.practicehub.project.PartnerSpec;
import eu.practicehub.project.Phase;
import eu.practicehub.project.ProjectSpec;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Turns a {@link ProjectDocument} into the modules' specs, collecting every problem of form and
 * every reference to something the document does not define, each with its path in the document.
 */
final class DocumentReader {

    private final Checks checks = new Checks();

    ImportPlan read(ProjectDocument doc) {
        checks.check(doc.formatVersion() == null || doc.formatVersion() == ProjectDocument.FORMAT_VERSION,
                "formatVersion", "import.formatVersion.unsupported", doc.formatVersion(), ProjectDocument.FORMAT_VERSION);
        checks.required("project", doc.project());
        ProjectSpec project = doc.project() == null ? null : project(doc.project());
        List<PartnerSpec> partners = indexed(doc.partners(), "partners", this::partner);
        List<String> themes = names(doc.themes(), "themes");
        checkUnique(themes, "themes", "import.theme.duplicate");
        List<PracticeSpec> practices = indexed(doc.practices(), "practices", this::practice);
        List<EventSpec> events = indexed(doc.events(), "events", this::event);
        checkReferences(partners, themes, practices, events);
        return new ImportPlan(project, partners, themes, practices, events, checks.violations());
    }

    private ProjectSpec project(ProjectData p) {
        List<Phase> phases = new ArrayList<>();
        List<PhaseData> data = p.phases() == null ? List.of() : p.phases();
        for (int i = 0; i < data.size(); i++) {
            PhaseData ph = data.get(i);
            String path = "project.phases[" + i + "]";
            if (ph == null) {
                checks.check(false, path, "validation.required");
                continue;
            }
            phases.add(new Phase(ph.name(), date(path + ".startDate", ph.startDate()), date(path + ".endDate", ph.endDate())));
        }
        checks.required("project.semesterMonths", p.semesterMonths());
        return new ProjectSpec(p.key(), p.name(), p.programme(), p.mission(), date("project.startDate", p.startDate()),
                p.semesterMonths() == null ? 0 : p.semesterMonths(), p.website(), phases);
    }

    private PartnerSpec partner(PartnerData p, String path) {
        return new PartnerSpec(key(p.shortName()), p.name(), p.country(), p.nutsCode(),
                constant(PartnerRole.class, path + ".role", p.role()), p.timeZone(), p.contactName(),
                p.contactEmail(), p.website());
    }

    private PracticeSpec practice(PracticeData p, String path) {
        return new PracticeSpec(key(p.title()), key(p.owner()), names(p.themes(), path + ".themes"), p.summary(), p.problemAddressed(), p.description(),
                p.resourcesNeeded(), p.timescale(), p.evidenceOfSuccess(), p.potentialForTransfer(), p.location(),
                p.website(), constant(PracticeStatus.class, path + ".status", p.status()));
    }

    private EventSpec event(EventData e, String path) {
        EventMoment start = moment(path + ".start", e.start());
        EventMoment end = moment(path + ".end", e.end());
        return new EventSpec(constant(EventType.class, path + ".type", e.type()), key(e.title()),
                start.date(), start.time(), end.date(), end.time(),
                constant(DatePrecision.class, path + ".datePrecision", e.datePrecision()), e.timeZone(), key(e.host()),
                names(e.participants(), path + ".participants"), constant(EventMode.class, path + ".mode", e.mode()),
                e.venue(), e.onlineLink(), names(e.practices(), path + ".practices"), e.agenda(), e.minutes(), e.lessonsLearnt(),
                constant(EventStatus.class, path + ".status", e.status()));
    }

    private void checkReferences(List<PartnerSpec> partners, List<String> themes, List<PracticeSpec> practices,
            List<EventSpec> events) {
        Set<String> partnerNames = new HashSet<>();
        partners.forEach(p -> partnerNames.add(p.shortName()));
        Set<String> themeNames = new HashSet<>(themes);
        Set<String> practiceTitles = new HashSet<>();
        for (int i = 0; i < practices.size(); i++) {
            PracticeSpec p = practices.get(i);
            String path = "practices[" + i + "]";
            checks.check(p.title() == null || practiceTitles.add(p.title()), path + ".title", "import.practice.duplicate", p.title());
            checks.check(p.owner() == null || partnerNames.contains(p.owner()), path + ".owner", "import.partner.undefined", p.owner());
            p.themes().forEach(t -> checks.check(themeNames.contains(t), path + ".themes", "import.theme.undefined", t));
        }
        Set<String> eventKeys = new HashSet<>();
        for (int i = 0; i < events.size(); i++) {
            EventSpec e = events.get(i);
            String path = "events[" + i + "]";
            checks.check(e.title() == null || eventKeys.add(e.title() + "@" + e.startDate()), path + ".title",
                    "import.event.duplicate", e.title(), e.startDate());
            checks.check(e.host() == null || partnerNames.contains(e.host()), path + ".host", "import.partner.undefined", e.host());
            e.participants().forEach(n -> checks.check(partnerNames.contains(n), path + ".participants", "import.partner.undefined", n));
            e.practices().forEach(t -> checks.check(practiceTitles.contains(t), path + ".practices", "import.practice.undefined", t));
        }
    }

    /** A natural key as records are matched by it: without surrounding spaces. */
    private static String key(String value) {
        return value == null ? null : value.strip();
    }

    /** A list of natural keys; a missing list is empty, a missing item is reported and left out. */
    private List<String> names(List<String> values, String path) {
        List<String> names = new ArrayList<>();
        List<String> all = values == null ? List.of() : values;
        for (int i = 0; i < all.size(); i++) {
            String name = key(all.get(i));
            checks.check(name != null && !name.isEmpty(), path + "[" + i + "]", "validation.required");
            if (name != null && !name.isEmpty()) {
                names.add(name);
            }
        }
        return names;
    }

    private void checkUnique(List<String> values, String path, String code) {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            checks.check(seen.add(values.get(i)), path + "[" + i + "]", code, values.get(i));
        }
    }

    private <D, S> List<S> indexed(List<D> items, String path, ItemReader<D, S> reader) {
        List<S> specs = new ArrayList<>();
        List<D> all = items == null ? List.of() : items;
        for (int i = 0; i < all.size(); i++) {
            String itemPath = path + "[" + i + "]";
            if (all.get(i) == null) {
                checks.check(false, itemPath, "validation.required");
            } else {
                specs.add(reader.read(all.get(i), itemPath));
            }
        }
        return specs;
    }

    private LocalDate date(String path, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            checks.check(false, path, "import.date.format", value);
            return null;
        }
    }

    private EventMoment moment(String path, String value) {
        if (value == null || value.isBlank()) {
            return new EventMoment(null, null);
        }
        try {
            return EventMoment.parse(value);
        } catch (DateTimeParseException e) {
            checks.check(false, path, "import.moment.format", value);
            return new EventMoment(null, null);
        }
    }

    private <E extends Enum<E>> E constant(Class<E> type, String path, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            checks.check(false, path, "import.constant.unknown", value,
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }

    private interface ItemReader<D, S> {
        S read(D data, String path);
    }

    /** The specs read from a document, and the problems found in it. */
    record ImportPlan(ProjectSpec project, List<PartnerSpec> partners, List<String> themes,
            List<PracticeSpec> practices, List<EventSpec> events, List<Violation> problems) {
    }
}
