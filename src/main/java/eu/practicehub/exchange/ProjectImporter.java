package eu.practicehub.exchange;

import eu.practicehub.account.Access;
import eu.practicehub.actionplan.ActionPlanService;
import eu.practicehub.actionplan.ActionSpec;
import eu.practicehub.actionplan.BackgroundLink;
import eu.practicehub.actionplan.PlanImport;
import eu.practicehub.actionplan.PlanImport.ActionImport;
import eu.practicehub.challenge.ChallengeService;
import eu.practicehub.challenge.ChallengeService.ChallengeKey;
import eu.practicehub.challenge.ChallengeSpec;
import eu.practicehub.newsletter.NewsletterService;
import eu.practicehub.planning.PlanningService;
import eu.practicehub.common.ImportScope;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventMoment;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventService.EventKey;
import eu.practicehub.event.EventSpec;
import eu.practicehub.event.RestrictionService;
import eu.practicehub.exchange.DocumentReader.ActionDraft;
import eu.practicehub.exchange.DocumentReader.ImportPlan;
import eu.practicehub.exchange.DocumentReader.LinkRef;
import eu.practicehub.exchange.DocumentReader.PlanDraft;
import eu.practicehub.exchange.DocumentReader.TransferDraft;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.PracticeSpec;
import eu.practicehub.project.PartnerSpec;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.project.ProjectSpec;
import eu.practicehub.transfer.Transfer;
import eu.practicehub.transfer.TransferImport;
import eu.practicehub.transfer.TransferService;
import eu.practicehub.transfer.TransferService.TransferKey;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates or updates a project from a {@link ProjectDocument}, all or nothing: every problem in the
 * document is reported together and, when there is any, nothing is changed. Records the document
 * no longer lists are removed from the project, each before what it refers to: targets, challenges,
 * action plans, transfers, events, practices, themes, partners. Restrictions come before the events; the
 * travel rule is not applied to imported events (see {@code EventService.importEvent}). Newsletters are
 * matched by title and period.
 */
@Service
public class ProjectImporter {

    private final ProjectService projects;
    private final PracticeService practices;
    private final EventService events;
    private final TransferService transfers;
    private final ActionPlanService plans;
    private final ChallengeService challenges;
    private final PlanningService planning;
    private final RestrictionService restrictions;
    private final NewsletterService newsletters;
    private final Access access;
    private final EntityManager entityManager;

    ProjectImporter(ProjectService projects, PracticeService practices, EventService events,
            TransferService transfers, ActionPlanService plans, ChallengeService challenges, PlanningService planning,
            RestrictionService restrictions, NewsletterService newsletters, Access access, EntityManager entityManager) {
        this.access = access;
        this.entityManager = entityManager;
        this.newsletters = newsletters;
        this.challenges = challenges;
        this.planning = planning;
        this.restrictions = restrictions;
        this.projects = projects;
        this.practices = practices;
        this.events = events;
        this.transfers = transfers;
        this.plans = plans;
    }

    /** The outcome of an import: the project's key and whether it was new. */
    public record Result(String key, boolean created) {
    }

    @Transactional(rollbackFor = RuntimeException.class)
    public Result importDocument(ProjectDocument document) {
        return importDocument(document, List.of());
    }

    /**
     * As {@link #importDocument(ProjectDocument)}, for a document read with {@code readProblems}: values
     * of the wrong kind, left out of it and listed with the document's other problems.
     */
    @Transactional(rollbackFor = RuntimeException.class)
    public Result importDocument(ProjectDocument document, List<Violation> readProblems) {
        // The records the document names are found in memory (ImportScope), not by a query each, and
        // nothing is flushed before a query: the writes go to the database together, a few times per
        // document (see flush), so that the time an import takes grows with the document and no faster.
        FlushModeType flushMode = entityManager.getFlushMode();
        entityManager.setFlushMode(FlushModeType.COMMIT);
        try {
            return ImportScope.run(() -> write(document, readProblems));
        } finally {
            entityManager.setFlushMode(flushMode);
        }
    }

    private Result write(ProjectDocument document, List<Violation> readProblems) {
        // Administrators create projects; a project's coordinators may bring their own in line with a document.
        String key = document == null || document.project() == null ? null : document.project().key();
        Project existingProject = key == null || key.isBlank() ? null : projects.findProject(key.strip()).orElse(null);
        if (existingProject != null) {
            access.requireCoordinator(existingProject.getId());
        } else {
            access.requireAdmin();
        }
        ImportPlan plan = new DocumentReader().read(document);
        Set<String> unread = readProblems.stream().map(Violation::field).collect(Collectors.toSet());
        List<Violation> problems = new ArrayList<>(readProblems);
        // A value that could not be read is missing to the reader; its problem is that it could not be read.
        plan.problems().stream().filter(v -> !unread.contains(v.field())).forEach(problems::add);
        if (problems.stream().anyMatch(v -> v.field().equals("formatVersion"))) {
            // A document of another format is not read as this one: its other problems would be the format's.
            throw new RuleViolationException(problems);
        }
        // Everything is written even where the document has problems, so that the writes find theirs
        // too and the answer lists every problem at once; any problem rolls the whole import back. A
        // broken project or partner is written as a stand-in, so the records that need it are checked too.
        List<Violation> projectProblems = plan.project() == null ? List.of() : projects.check(plan.project());
        problems.addAll(prefixed("project", projectProblems));
        ProjectSpec projectSpec = StandIns.project(plan.project(), projectProblems);
        boolean created = !projects.exists(projectSpec.key());
        Project project;
        try {
            project = projects.createOrUpdate(projectSpec);
        } catch (RuleViolationException e) {
            // No stand-in could be written: the rest cannot be checked without a project.
            throw new RuleViolationException(problems.isEmpty() ? prefixed("project", e.violations()) : problems);
        }
        for (int i = 0; i < plan.partners().size(); i++) {
            List<Violation> partnerProblems = projects.check(plan.partners().get(i));
            problems.addAll(prefixed("partners[" + i + "]", partnerProblems));
            PartnerSpec partner = StandIns.partner(plan.partners().get(i), partnerProblems);
            if (partner != null) {
                collect(problems, "partners[" + i + "]", () -> projects.createOrUpdatePartner(project, partner), field -> field);
            }
        }
        problems.addAll(projects.checkPartnership(plan.partners()));
        // A project date, length or phase that could not be read leaves the project's periods unknown too.
        boolean projectBroken = projectSpec != plan.project() || readProblems.stream().map(Violation::field)
                .anyMatch(f -> f.startsWith("project.startDate") || f.startsWith("project.endDate")
                        || f.startsWith("project.semesterMonths") || f.startsWith("project.phases"));
        List<Violation> documentProblems = List.copyOf(problems);
        entityManager.flush();
        for (int i = 0; i < plan.themes().size(); i++) {
            String name = plan.themes().get(i);
            collect(problems, "themes[" + i + "]", () -> practices.createOrGetTheme(project, name), field -> "");
        }
        try {
            restrictions.importRestrictions(project, plan.restrictions());
        } catch (RuleViolationException e) {
            // The service names each problem by its place in the document's restrictions already.
            e.violations().stream()
                    .filter(v -> problems.stream().noneMatch(known -> known.field().equals(v.field())))
                    .forEach(problems::add);
        }
        challenges.removeChallengesExcept(project,
                plan.challenges().stream().map(ChallengeKey::of).collect(Collectors.toSet()));
        plans.removePlansExcept(project, plan.plans().stream().map(PlanDraft::partner)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        transfers.removeTransfersExcept(project, plan.transfers().stream().map(TransferDraft::key).collect(Collectors.toSet()));
        Set<EventKey> eventKeys = plan.events().stream()
                .map(e -> new EventKey(e.title(), e.startDate())).collect(Collectors.toSet());
        events.removeEventsExcept(project, eventKeys);
        for (int i = 0; i < plan.practices().size(); i++) {
            PracticeSpec spec = plan.practices().get(i);
            collect(problems, "practices[" + i + "]", () -> practices.importPractice(project, spec), field -> field);
        }
        entityManager.flush();
        for (int i = 0; i < plan.events().size(); i++) {
            EventSpec spec = plan.events().get(i);
            collect(problems, "events[" + i + "]", () -> events.importEvent(project, spec), EventMoment::writtenField);
        }
        entityManager.flush();
        Map<EventKey, Event> eventsByKey = new HashMap<>();
        events.events(project).forEach(e -> eventsByKey.put(new EventKey(e.getTitle(), e.getStartDate()), e));
        Map<TransferKey, Long> transferIds = new HashMap<>();
        for (int i = 0; i < plan.transfers().size(); i++) {
            TransferDraft draft = plan.transfers().get(i);
            TransferImport spec = new TransferImport(draft.practice(), draft.importer(), draft.stage(), draft.droppedReason(),
                    draft.moves(), draft.assessment(),
                    draft.workshops().stream().map(eventsByKey::get).filter(Objects::nonNull).toList());
            collect(problems, "transfers[" + i + "]", () -> {
                Transfer transfer = transfers.importTransfer(project, spec);
                transferIds.put(draft.key(), transfer.getId());
                return transfer;
            }, field -> field);
        }
        entityManager.flush();
        Links links = new Links(practiceIds(project), eventsByKey, transferIds);
        for (int i = 0; i < plan.plans().size(); i++) {
            PlanImport spec = links.resolve(plan.plans().get(i));
            collect(problems, "actionPlans[" + i + "]", () -> plans.importPlan(project, spec), field -> field);
        }
        for (int i = 0; i < plan.challenges().size(); i++) {
            ChallengeSpec spec = plan.challenges().get(i);
            collect(problems, "challenges[" + i + "]", () -> challenges.importChallenge(project, spec), field -> field);
        }
        entityManager.flush();
        planning.problems(project, plan.targets()).stream()
                .map(v -> new Violation("targets" + v.field(), v.code(), v.args())).forEach(problems::add);
        for (int i = 0; i < plan.newsletters().size(); i++) {
            String path = "newsletters[" + i + "]";
            newsletters.problems(plan.newsletters().get(i)).stream().map(v -> v.under(path))
                    .filter(v -> problems.stream().noneMatch(known -> known.field().equals(v.field())))
                    .forEach(problems::add);
        }
        // Removing what the document dropped could only trip over the records that failed.
        if (!problems.isEmpty()) {
            throw new RuleViolationException(withoutConsequences(problems, documentProblems, projectBroken, readProblems));
        }
        planning.importTargets(project, plan.targets());
        newsletters.replaceNewsletters(project, plan.newsletters());
        // Only now no kept event examines, and no kept transfer imports, a practice the document dropped.
        practices.removePracticesExcept(project, new HashSet<>(plan.practices().stream().map(PracticeSpec::title).toList()));
        practices.removeThemesExcept(project, new HashSet<>(plan.themes()));
        projects.removePartnersExcept(project, new HashSet<>(plan.partners().stream().map(PartnerSpec::shortName).toList()));
        return new Result(project.getKey(), created);
    }

    private Map<String, Long> practiceIds(Project project) {
        Map<String, Long> ids = new HashMap<>();
        practices.practices(project).forEach(p -> ids.put(p.getTitle(), p.getId()));
        return ids;
    }

    /** The written records by natural key, to turn the links of action backgrounds into ids. */
    private record Links(Map<String, Long> practices, Map<EventKey, Event> events, Map<TransferKey, Long> transfers) {

        PlanImport resolve(PlanDraft draft) {
            return new PlanImport(draft.partner(), draft.spec(), draft.status(), draft.endorsedBy(), draft.endorsedOn(),
                    draft.actions().stream().map(this::resolve).toList());
        }

        private ActionImport resolve(ActionDraft draft) {
            ActionSpec s = draft.spec();
            // A link to a record that was not written has been reported already; it is left out.
            List<BackgroundLink> background = draft.links().stream().map(this::link).filter(Objects::nonNull).toList();
            ActionSpec spec = new ActionSpec(s.title(), background, s.backgroundText(), s.description(), s.players(),
                    s.startDate(), s.endDate(), s.costAmount(), s.costCurrency(), s.fundingSources(), s.status(),
                    s.abandonReason(), s.progress(), s.indicators());
            return new ActionImport(spec, draft.indicatorValues(), draft.updates());
        }

        private BackgroundLink link(LinkRef ref) {
            if (ref.kind() == null) {
                return null;
            }
            Long id = switch (ref.kind()) {
                case PRACTICE -> practices.get(ref.practice());
                case EVENT -> {
                    Event event = events.get(ref.event());
                    yield event == null ? null : event.getId();
                }
                case TRANSFER -> transfer(ref);
            };
            return id == null ? null : BackgroundLink.of(ref.kind(), id);
        }

        /**
         * The transfer by its full key; when the link names no start, the only one of the practice to
         * the importer, or else the only one of them whose start is not known.
         */
        private Long transfer(LinkRef ref) {
            if (ref.startedAt() != null) {
                return transfers.get(ref.transfer());
            }
            List<Map.Entry<TransferKey, Long>> matching = transfers.entrySet().stream()
                    .filter(e -> Objects.equals(e.getKey().practice(), ref.practice())
                            && Objects.equals(e.getKey().importer(), ref.importer()))
                    .toList();
            List<Map.Entry<TransferKey, Long>> named = TransferLinks.withoutStart(matching, e -> e.getKey().startedAt());
            return named.size() == 1 ? named.get(0).getValue() : null;
        }
    }

    /**
     * Runs a write, adding every problem it reports, except on a field whose value the document
     * already gets wrong (a date that is no date is not reported again as missing).
     */
    private static void collect(List<Violation> problems, String path, Supplier<?> write,
            UnaryOperator<String> documentField) {
        try {
            write.get();
        } catch (RuleViolationException e) {
            Set<String> known = problems.stream().map(Violation::field).collect(Collectors.toSet());
            e.violations().stream()
                    .map(v -> new Violation(documentField.apply(v.field()), v.code(), v.args()).under(path))
                    .filter(v -> !known.contains(v.field()))
                    .forEach(problems::add);
        }
    }

    /**
     * The problems without those that only follow from others: a write names a partner, theme,
     * practice, event or transfer unknown when the document has it wrong (the reader reports that with
     * the document's own records) or when that record had problems and was not written; dates outside a
     * stand-in project say nothing of the document; a value that could not be read has that problem only.
     */
    private static List<Violation> withoutConsequences(List<Violation> problems, List<Violation> documentProblems,
            boolean projectBroken, List<Violation> readProblems) {
        Set<String> unread = readProblems.stream().map(Violation::field).collect(Collectors.toSet());
        return problems.stream()
                .filter(v -> readProblems.contains(v) || !unread.contains(v.field()))
                .filter(v -> documentProblems.contains(v) || !UNKNOWN_RECORD.contains(v.code()))
                .filter(v -> !projectBroken || !StandIns.FOLLOWING_PROJECT_DATES.contains(v.code()))
                .toList();
    }

    /** The codes of a write naming a record of the project that it cannot find. */
    private static final Set<String> UNKNOWN_RECORD = Set.of("practice.owner.unknown", "practice.theme.unknown",
            "event.partner.unknown", "event.practice.unknown", "transfer.practice.unknown", "transfer.importer.unknown",
            "actionPlan.partner.unknown", "action.background.unknown", "challenge.partner.unknown",
            "challenge.theme.unknown");

    private static List<Violation> prefixed(String path, List<Violation> violations) {
        return violations.stream().map(v -> v.under(path)).toList();
    }
}
