package eu.practicehub.exchange;

import eu.practicehub.actionplan.ActionSpec;
import eu.practicehub.actionplan.ActionStatus;
import eu.practicehub.actionplan.IndicatorSpec;
import eu.practicehub.actionplan.InstrumentType;
import eu.practicehub.actionplan.LinkKind;
import eu.practicehub.actionplan.PlanSpec;
import eu.practicehub.actionplan.PlanStatus;
import eu.practicehub.actionplan.UpdateSpec;
import eu.practicehub.challenge.ChallengeService.ChallengeKey;
import eu.practicehub.challenge.ChallengeSpec;
import eu.practicehub.common.Checks;
import eu.practicehub.common.KnownDate;
import eu.practicehub.common.Violation;
import eu.practicehub.event.DatePrecision;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventMoment;
import eu.practicehub.event.EventService.EventKey;
import eu.practicehub.event.EventSpec;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.event.ActivitySpec;
import eu.practicehub.event.RestrictionLevel;
import eu.practicehub.event.RestrictionSpec;
import eu.practicehub.exchange.ProjectDocument.ActionData;
import eu.practicehub.exchange.ProjectDocument.ActivityData;
import eu.practicehub.exchange.ProjectDocument.ActionPlanData;
import eu.practicehub.exchange.ProjectDocument.AssessmentData;
import eu.practicehub.exchange.ProjectDocument.ChallengeData;
import eu.practicehub.exchange.ProjectDocument.NewsletterData;
import eu.practicehub.newsletter.NewsletterImport;
import eu.practicehub.newsletter.NewsletterStatus;
import eu.practicehub.exchange.ProjectDocument.TargetData;
import eu.practicehub.planning.Measure;
import eu.practicehub.planning.Targets;
import eu.practicehub.exchange.ProjectDocument.EventData;
import eu.practicehub.exchange.ProjectDocument.EventRef;
import eu.practicehub.exchange.ProjectDocument.IndicatorData;
import eu.practicehub.exchange.ProjectDocument.LinkData;
import eu.practicehub.exchange.ProjectDocument.MoveData;
import eu.practicehub.exchange.ProjectDocument.TransferData;
import eu.practicehub.exchange.ProjectDocument.PartnerData;
import eu.practicehub.exchange.ProjectDocument.PhaseData;
import eu.practicehub.exchange.ProjectDocument.PracticeData;
import eu.practicehub.exchange.ProjectDocument.ProjectData;
import eu.practicehub.exchange.ProjectDocument.RestrictionData;
import eu.practicehub.practice.PracticeSpec;
import eu.practicehub.practice.PracticeStatus;
import eu.practicehub.project.OrganisationType;
import eu.practicehub.project.PartnerRole;
import eu.practicehub.project.PartnerSpec;
import eu.practicehub.project.Phase;
import eu.practicehub.project.ProjectSpec;
import eu.practicehub.transfer.Assessment;
import eu.practicehub.transfer.Transfer;
import eu.practicehub.transfer.TransferMove;
import eu.practicehub.transfer.TransferService.TransferKey;
import eu.practicehub.transfer.TransferStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
        List<TransferDraft> transfers = indexed(doc.transfers(), "transfers", this::transfer);
        List<PlanDraft> plans = indexed(doc.actionPlans(), "actionPlans", this::plan);
        checkReferences(partners, practices, events, transfers, plans);
        List<ChallengeSpec> challenges = indexed(doc.challenges(), "challenges", this::challenge);
        checkChallenges(partners, themes, challenges);
        List<Targets> targets = indexed(doc.targets(), "targets", this::targets);
        List<RestrictionSpec> restrictions = indexed(doc.restrictions(), "restrictions", this::restriction);
        List<NewsletterImport> newsletters = indexed(doc.newsletters(), "newsletters", this::newsletter);
        return new ImportPlan(project, partners, themes, practices, events, transfers, plans, challenges, targets,
                restrictions, newsletters, checks.violations());
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
        return new ProjectSpec(p.key(), p.name(), p.programme(), p.mission(), date("project.startDate", p.startDate()),
                p.semesterMonths(), p.website(), phases, date("project.endDate", p.endDate()), p.language());
    }

    private PartnerSpec partner(PartnerData p, String path) {
        return new PartnerSpec(key(p.shortName()), p.name(), p.country(), p.nutsCode(),
                constant(PartnerRole.class, path + ".role", p.role()), p.timeZone(), p.contactName(),
                p.contactEmail(), p.website(), constant(OrganisationType.class, path + ".organisationType", p.organisationType()));
    }

    private PracticeSpec practice(PracticeData p, String path) {
        return new PracticeSpec(key(p.title()), key(p.owner()), names(p.themes(), path + ".themes"), p.summary(), p.problemAddressed(), p.description(),
                p.resourcesNeeded(), p.timescale(), p.evidenceOfSuccess(), p.potentialForTransfer(), p.location(),
                p.website(), constant(PracticeStatus.class, path + ".status", p.status()),
                knownDate(path + ".identifiedOn", p.identifiedOn()),
                // Left out, a practice is public: documents written before the flag list only public ones.
                p.publicVisible() == null || p.publicVisible());
    }

    private EventSpec event(EventData e, String path) {
        EventMoment start = moment(path + ".start", e.start());
        EventMoment end = moment(path + ".end", e.end());
        return new EventSpec(constant(EventType.class, path + ".type", e.type()), key(e.title()),
                start.date(), start.time(), end.date(), end.time(),
                constant(DatePrecision.class, path + ".datePrecision", e.datePrecision()), e.timeZone(), key(e.host()),
                names(e.participants(), path + ".participants"), constant(EventMode.class, path + ".mode", e.mode()),
                e.venue(), e.onlineLink(), names(e.practices(), path + ".practices"), e.agenda(), e.minutes(), e.lessonsLearnt(),
                constant(EventStatus.class, path + ".status", e.status()),
                indexed(e.activities(), path + ".activities", this::activity), e.originallyPlannedIn());
    }

    private ActivitySpec activity(ActivityData a, String path) {
        return new ActivitySpec(constant(EventType.class, path + ".type", a.type()), date(path + ".date", a.date()),
                a.place(), names(a.practices(), path + ".practices"));
    }

    private TransferDraft transfer(TransferData t, String path) {
        List<TransferMove> moves = indexed(t.moves(), path + ".moves", (m, movePath) -> move(m, movePath));
        AssessmentData a = t.assessment();
        Assessment assessment = a == null ? Assessment.NONE
                : new Assessment(a.legalFit(), a.legalNotes(), a.organisationalFit(), a.organisationalNotes(),
                        a.technicalFit(), a.technicalNotes(), a.financialFit(), a.financialNotes(), a.kept(),
                        a.adapted(), a.verdict());
        return new TransferDraft(key(t.practice()), key(t.importer()),
                constant(TransferStage.class, path + ".stage", t.stage()), t.droppedReason(), moves, assessment,
                indexed(t.workshops(), path + ".workshops", this::eventKey));
    }

    private TransferMove move(MoveData m, String path) {
        return new TransferMove(constant(TransferStage.class, path + ".from", m.from()),
                constant(TransferStage.class, path + ".to", m.to()), instant(path + ".at", m.at()), m.by());
    }

    private EventKey eventKey(EventRef ref, String path) {
        return new EventKey(key(ref.title()), moment(path + ".start", ref.start()).date());
    }

    private PlanDraft plan(ActionPlanData p, String path) {
        PlanSpec spec = new PlanSpec(p.otherOrganisations(), p.contactName(), p.contactEmail(), p.instrumentName(),
                constant(InstrumentType.class, path + ".instrumentType", p.instrumentType()), p.instrumentImprovement());
        return new PlanDraft(key(p.partner()), spec, constant(PlanStatus.class, path + ".status", p.status()),
                p.endorsedBy(), date(path + ".endorsedOn", p.endorsedOn()),
                indexed(p.actions(), path + ".actions", this::action));
    }

    private ActionDraft action(ActionData a, String path) {
        List<IndicatorData> indicators = a.indicators() == null ? List.of() : a.indicators();
        List<IndicatorSpec> specs = new ArrayList<>();
        List<Map<Integer, BigDecimal>> values = new ArrayList<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorData indicator = indicators.get(i);
            // A missing indicator stays in its place so the rules report it at its index.
            specs.add(indicator == null ? null
                    : new IndicatorSpec(indicator.name(), indicator.unit(), indicator.baseline(), indicator.target()));
            values.add(indicator == null || indicator.values() == null ? Map.of() : indicator.values());
        }
        ActionSpec spec = new ActionSpec(a.title(), List.of(), a.backgroundText(), a.description(), a.players(),
                date(path + ".startDate", a.startDate()), date(path + ".endDate", a.endDate()), a.costAmount(),
                a.costCurrency(), a.fundingSources(), constant(ActionStatus.class, path + ".status", a.status()),
                a.abandonReason(), a.progress(), specs);
        List<UpdateSpec> updates = indexed(a.updates(), path + ".updates",
                (u, updatePath) -> new UpdateSpec(u.semester(), date(updatePath + ".date", u.date()), u.done(), u.evidence(), Map.of()));
        return new ActionDraft(spec, indexed(a.background(), path + ".background", this::link), values, updates);
    }

    private LinkRef link(LinkData l, String path) {
        LinkKind kind = constant(LinkKind.class, path + ".kind", l.kind());
        checks.check(l.kind() != null && !l.kind().isBlank(), path + ".kind", "import.link.kind");
        EventKey event = kind == LinkKind.EVENT ? new EventKey(key(l.event()), moment(path + ".start", l.start()).date()) : null;
        Instant startedAt = kind == LinkKind.TRANSFER ? instant(path + ".startedAt", l.startedAt()) : null;
        return new LinkRef(kind, key(l.practice()), event, key(l.importer()), startedAt);
    }

    /** A target set; one without a semester is the whole project's plan (semester 0). */
    private Targets targets(TargetData t, String path) {
        Map<Measure, Integer> targets = new EnumMap<>(Measure.class);
        if (t.targets() != null) {
            t.targets().forEach((name, target) -> {
                Measure measure = constant(Measure.class, path + ".targets." + name, name);
                checks.check(target != null, path + ".targets." + name, "validation.required");
                if (measure != null && target != null) {
                    targets.put(measure, target);
                }
            });
        }
        return new Targets(t.semester() == null ? Targets.WHOLE_PROJECT : t.semester(), 0, targets);
    }

    private ChallengeSpec challenge(ChallengeData c, String path) {
        return new ChallengeSpec(key(c.partner()), key(c.title()), c.description(), names(c.themes(), path + ".themes"));
    }

    private RestrictionSpec restriction(RestrictionData r, String path) {
        return new RestrictionSpec(r.country(), date(path + ".from", r.from()), date(path + ".to", r.to()),
                constant(RestrictionLevel.class, path + ".level", r.level()), r.note(), r.source());
    }

    private NewsletterImport newsletter(NewsletterData n, String path) {
        return new NewsletterImport(n.title(), date(path + ".from", n.from()), date(path + ".to", n.to()), n.body(),
                constant(NewsletterStatus.class, path + ".status", n.status()),
                instant(path + ".updatedAt", n.updatedAt()), instant(path + ".publishedAt", n.publishedAt()),
                knownDate(path + ".publishedOn", n.publishedOn()));
    }

    private void checkChallenges(List<PartnerSpec> partners, List<String> themes, List<ChallengeSpec> challenges) {
        Set<String> partnerNames = new HashSet<>();
        partners.forEach(p -> partnerNames.add(p.shortName()));
        Set<String> themeNames = new HashSet<>(themes);
        Set<ChallengeKey> keys = new HashSet<>();
        for (int i = 0; i < challenges.size(); i++) {
            ChallengeSpec c = challenges.get(i);
            String path = "challenges[" + i + "]";
            checks.check(c.partner() == null || c.partner().isEmpty() || partnerNames.contains(c.partner()),
                    path + ".partner", "import.partner.undefined", c.partner());
            c.themes().forEach(t -> checks.check(themeNames.contains(t), path + ".themes", "import.theme.undefined", t));
            ChallengeKey key = ChallengeKey.of(c);
            checks.check(key.partner() == null || key.title() == null || keys.add(key), path + ".title",
                    "import.challenge.duplicate", key.partner(), key.title());
        }
    }

    private void checkReferences(List<PartnerSpec> partners, List<PracticeSpec> practices, List<EventSpec> events,
            List<TransferDraft> transfers, List<PlanDraft> plans) {
        Set<String> partnerNames = new HashSet<>();
        partners.forEach(p -> partnerNames.add(p.shortName()));
        Set<String> practiceTitles = new HashSet<>();
        practices.forEach(p -> practiceTitles.add(p.title()));
        Set<EventKey> eventKeys = new HashSet<>();
        events.forEach(e -> eventKeys.add(new EventKey(e.title(), e.startDate())));
        Set<TransferKey> transferKeys = new HashSet<>();
        for (int i = 0; i < transfers.size(); i++) {
            TransferDraft t = transfers.get(i);
            String path = "transfers[" + i + "]";
            checks.required(path + ".practice", t.practice()).required(path + ".importer", t.importer());
            checks.check(t.practice() == null || practiceTitles.contains(t.practice()), path + ".practice",
                    "import.practice.undefined", t.practice());
            checks.check(t.importer() == null || partnerNames.contains(t.importer()), path + ".importer",
                    "import.partner.undefined", t.importer());
            if (t.practice() != null && t.importer() != null && !transferKeys.add(t.key())) {
                // A transfer whose start is not known is one per practice and importer, as is one per start.
                if (t.key().startedAt() == null) {
                    checks.check(false, path + ".importer", "import.transfer.duplicate.startUnknown", t.practice(), t.importer());
                } else {
                    checks.check(false, path + ".moves[0].at", "import.transfer.duplicate", t.practice(), t.importer(),
                            t.key().startedAt());
                }
            }
            for (int w = 0; w < t.workshops().size(); w++) {
                EventKey workshop = t.workshops().get(w);
                checks.check(workshop.startDate() == null || eventKeys.contains(workshop), path + ".workshops[" + w + "]",
                        "import.event.undefined", workshop.title(), workshop.startDate());
            }
        }
        Set<String> planPartners = new HashSet<>();
        for (int i = 0; i < plans.size(); i++) {
            PlanDraft plan = plans.get(i);
            String path = "actionPlans[" + i + "]";
            checks.check(plan.partner() == null || partnerNames.contains(plan.partner()), path + ".partner",
                    "import.partner.undefined", plan.partner());
            checks.check(plan.partner() == null || planPartners.add(plan.partner()), path + ".partner",
                    "import.actionPlan.duplicate", plan.partner());
            for (int a = 0; a < plan.actions().size(); a++) {
                List<LinkRef> links = plan.actions().get(a).links();
                for (int l = 0; l < links.size(); l++) {
                    checkLink(links.get(l), path + ".actions[" + a + "].background[" + l + "]", practiceTitles, eventKeys, transferKeys);
                }
            }
        }
    }

    private void checkLink(LinkRef link, String path, Set<String> practiceTitles, Set<EventKey> eventKeys,
            Set<TransferKey> transferKeys) {
        if (link.kind() == null) {
            return;
        }
        switch (link.kind()) {
            case PRACTICE -> checks.check(practiceTitles.contains(link.practice()), path + ".practice",
                    "import.practice.undefined", link.practice());
            case EVENT -> checks.check(link.event().startDate() == null || eventKeys.contains(link.event()), path + ".event",
                    "import.event.undefined", link.event().title(), link.event().startDate());
            case TRANSFER -> {
                List<TransferKey> candidates = transferKeys.stream()
                        .filter(k -> Objects.equals(k.practice(), link.practice()) && Objects.equals(k.importer(), link.importer()))
                        .toList();
                if (candidates.isEmpty()) {
                    checks.check(false, path + ".importer", "import.transfer.undefined", link.practice(), link.importer());
                } else if (link.startedAt() != null) {
                    checks.check(candidates.contains(link.transfer()), path + ".startedAt",
                            "import.transfer.startedAt.undefined", link.practice(), link.importer(), link.startedAt());
                } else {
                    checks.check(TransferLinks.withoutStart(candidates, TransferKey::startedAt).size() == 1,
                            path + ".startedAt", "import.transfer.ambiguous", link.practice(), link.importer(),
                            candidates.size());
                }
            }
        }
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

    /** A day, month or year ({@code 2018-06-14}, {@code 2018-06}, {@code 2018}); none when left out. */
    private KnownDate knownDate(String path, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return KnownDate.parse(value);
        } catch (DateTimeParseException e) {
            checks.check(false, path, "import.knownDate.format", value);
            return null;
        }
    }

    private Instant instant(String path, String value) {
        return checks.instant(path, value);
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
        return checks.constant(type, path, value);
    }

    private interface ItemReader<D, S> {
        S read(D data, String path);
    }

    /** The specs read from a document, and the problems found in it. */
    record ImportPlan(ProjectSpec project, List<PartnerSpec> partners, List<String> themes,
            List<PracticeSpec> practices, List<EventSpec> events, List<TransferDraft> transfers,
            List<PlanDraft> plans, List<ChallengeSpec> challenges, List<Targets> targets,
            List<RestrictionSpec> restrictions, List<NewsletterImport> newsletters, List<Violation> problems) {
    }

    /** A transfer as read, its workshops still named by their natural keys. */
    record TransferDraft(String practice, String importer, TransferStage stage, String droppedReason,
            List<TransferMove> moves, Assessment assessment, List<EventKey> workshops) {

        /** The practice's title, the importer and the instant of the move that started it (none when not known). */
        TransferKey key() {
            return new TransferKey(practice, importer, Transfer.startOf(moves));
        }
    }

    /** An action plan as read, its actions' backgrounds still named by natural keys. */
    record PlanDraft(String partner, PlanSpec spec, PlanStatus status, String endorsedBy, LocalDate endorsedOn,
            List<ActionDraft> actions) {
    }

    record ActionDraft(ActionSpec spec, List<LinkRef> links, List<Map<Integer, BigDecimal>> indicatorValues,
            List<UpdateSpec> updates) {
    }

    /**
     * A background link by natural key: a practice's title, an event's key, or a practice's title,
     * importer and when the transfer started (none when the link leaves it out).
     */
    record LinkRef(LinkKind kind, String practice, EventKey event, String importer, Instant startedAt) {

        TransferKey transfer() {
            return new TransferKey(practice, importer, startedAt);
        }
    }
}
