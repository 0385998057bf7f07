package eu.practicehub.actionplan;

import eu.practicehub.common.Checks;
import eu.practicehub.common.ChoiceDeniedException;
import eu.practicehub.common.EnumCounts;
import eu.practicehub.common.NotFoundException;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.common.Violation;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventService;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Phase;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.transfer.Transfer;
import eu.practicehub.transfer.TransferService;
import eu.practicehub.account.Access;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Regional Action Plans: reads, writes, status moves and monitoring, with the rules they follow. */
@Service
@Transactional(readOnly = true)
public class ActionPlanService {

    private final ActionPlanRepository plans;
    private final ProjectService projects;
    private final PracticeService practices;
    private final EventService events;
    private final TransferService transfers;
    private final ActionRules rules;
    private final Clock clock;
    private final Access access;

    ActionPlanService(ActionPlanRepository plans, ProjectService projects, PracticeService practices,
            EventService events, TransferService transfers, Clock clock, Access access) {
        this.access = access;
        this.plans = plans;
        this.projects = projects;
        this.practices = practices;
        this.events = events;
        this.transfers = transfers;
        this.rules = new ActionRules(practices, events, transfers);
        this.clock = clock;
    }

    /** The project's plans with their actions, in the order they were written. */
    public List<ActionPlan> plans(Project project) {
        // Plans in DRAFT are the project's own: the public does not see them (nor does it count them).
        List<ActionPlan> found = access.isMember(project.getId()) ? plans.findByProject(project)
                : plans.findByProjectAndStatusNot(project, PlanStatus.DRAFT);
        found.forEach(ActionPlan::getPartner);
        found.forEach(ActionPlanService::load);
        return found;
    }

    /** A plan with everything its page shows: actions, indicators with their values, updates. */
    public ActionPlan plan(Project project, long id) {
        ActionPlan plan = plans.findByProjectAndId(project, id)
                .filter(p -> p.getStatus() != PlanStatus.DRAFT || access.isMember(project.getId()))
                .orElseThrow(() -> new NotFoundException("actionPlan", id));
        load(plan);
        return plan;
    }

    public Action action(Project project, long planId, long actionId) {
        return plan(project, planId).action(actionId).orElseThrow(() -> new NotFoundException("action", actionId));
    }

    /**
     * How many of the project's plans are at each status, in order: every status for the project's
     * members, every status but DRAFT for anyone else (the public does not see draft plans); and how
     * many do not state their status, which everyone sees.
     */
    public PlansByStatus countByStatus(Project project) {
        List<ActionPlanRepository.StatusCount> rows = plans.countByStatus(project);
        Map<PlanStatus, Long> counts = EnumCounts.of(PlanStatus.class, rows,
                ActionPlanRepository.StatusCount::status, ActionPlanRepository.StatusCount::count);
        if (!access.isMember(project.getId())) {
            counts.remove(PlanStatus.DRAFT);
        }
        long notStated = rows.stream().filter(r -> r.status() == null).mapToLong(ActionPlanRepository.StatusCount::count).sum();
        return new PlansByStatus(counts, notStated);
    }

    /** Plans by status, and the number of plans whose status is not stated. */
    public record PlansByStatus(Map<PlanStatus, Long> byStatus, long notStated) {
    }

    /** How many of the project's plans were endorsed from {@code from} to {@code to}, both days included. */
    public long countEndorsedBetween(Project project, LocalDate from, LocalDate to) {
        return plans.countEndorsedBetween(project, from, to);
    }

    /** The plan of each partner that has one, by partner id. */
    public Map<Long, ActionPlan> plansByPartner(Project project) {
        Map<Long, ActionPlan> byPartner = new HashMap<>();
        plans(project).forEach(plan -> byPartner.put(plan.getPartner().getId(), plan));
        return byPartner;
    }

    /**
     * The day the project's monitoring phase starts: the day after its first phase (the learning
     * phase) ends. Interreg Europe projects run a learning phase first and monitor the plans after it.
     */
    public LocalDate monitoringStart(Project project) {
        return project.getPhases().stream().findFirst().map(Phase::endDate)
                .or(() -> project.endDate()).map(end -> end.plusDays(1)).orElse(project.getStartDate());
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The records an action's background names, with their titles, in the action's order. */
    public List<LinkedRecord> background(Project project, Action action) {
        return backgrounds(project, List.of(action)).get(action.getId());
    }

    /**
     * The records each action of the plan names in its background, by action id, read with one
     * query per kind of record for the whole plan rather than one per link.
     */
    public Map<Long, List<LinkedRecord>> backgrounds(Project project, ActionPlan plan) {
        return backgrounds(project, plan.getActions());
    }

    private Map<Long, List<LinkedRecord>> backgrounds(Project project, List<Action> actions) {
        Map<LinkKind, Set<Long>> named = new EnumMap<>(LinkKind.class);
        Map<LinkKind, Map<Long, String>> titles = new EnumMap<>(LinkKind.class);
        for (LinkKind kind : LinkKind.values()) {
            named.put(kind, new HashSet<>());
            titles.put(kind, new HashMap<>());
        }
        actions.forEach(a -> a.getBackground().forEach(link -> named.get(link.kind()).add(link.id())));
        // Only the records the plan names; people outside the project see only the public practices and
        // the transfers of public practices.
        practices.visiblePractices(project, named.get(LinkKind.PRACTICE))
                .forEach(p -> titles.get(LinkKind.PRACTICE).put(p.getId(), p.getTitle()));
        events.events(project, named.get(LinkKind.EVENT))
                .forEach(e -> titles.get(LinkKind.EVENT).put(e.getId(), eventTitle(e)));
        transfers.transfers(project, named.get(LinkKind.TRANSFER))
                .forEach(t -> titles.get(LinkKind.TRANSFER).put(t.getId(), transferTitle(t)));
        Map<Long, List<LinkedRecord>> backgrounds = new HashMap<>();
        for (Action action : actions) {
            List<LinkedRecord> linked = new ArrayList<>();
            for (BackgroundLink link : action.getBackground()) {
                String title = titles.get(link.kind()).get(link.id());
                if (title != null) {
                    linked.add(new LinkedRecord(link.kind(), link.id(), title));
                }
            }
            backgrounds.put(action.getId(), linked);
        }
        return backgrounds;
    }

    /**
     * Everything an action's background can name in this project: practices by title, then events by
     * date, then transfers in the order they started.
     */
    public List<LinkedRecord> linkOptions(Project project) {
        List<LinkedRecord> options = new ArrayList<>();
        practices.practices(project).stream().sorted(Comparator.comparing(Practice::getTitle, String.CASE_INSENSITIVE_ORDER))
                .forEach(p -> options.add(new LinkedRecord(LinkKind.PRACTICE, p.getId(), p.getTitle())));
        events.events(project).stream().sorted(Comparator.comparing(Event::getStartDate))
                .forEach(e -> options.add(new LinkedRecord(LinkKind.EVENT, e.getId(), eventTitle(e))));
        transfers.transfers(project)
                .forEach(t -> options.add(new LinkedRecord(LinkKind.TRANSFER, t.getId(), transferTitle(t))));
        return options;
    }

    @Transactional
    public ActionPlan create(Project project, String partnerShortName, PlanSpec spec) {
        // A plan is its partner's: an unknown partner is a mistake only for someone who may write plans at all.
        if (!access.mayWriteSomething(project.getId())) {
            throw new AccessDeniedException("Not allowed for this account");
        }
        Optional<Partner> partner = partnerShortName == null ? Optional.empty() : projects.partner(project, partnerShortName);
        ChoiceDeniedException.throwIfAny(refusedPartner(project, partner), ruleProblems(project, partnerShortName, spec));
        ActionPlan plan = new ActionPlan(project, partner.orElseThrow());
        plan.describe(spec);
        return plans.saveAndFlush(plan);
    }

    @Transactional
    public ActionPlan update(Project project, long id, long version, PlanSpec spec) {
        ActionPlan plan = current(project, id, version);
        RuleViolationException.throwIfAny(ActionRules.check(spec));
        plan.describe(spec);
        return plans.saveAndFlush(plan);
    }

    /** Every rule the move breaks, as {@link #move} would report it, without moving the plan. */
    public List<Violation> moveProblems(Project project, long id, StatusMove move) {
        ActionPlan plan = plan(project, id);
        requireWrite(plan);
        return plan.moveProblems(move, monitoringStart(project), today());
    }

    @Transactional
    public ActionPlan move(Project project, long id, long version, StatusMove move) {
        ActionPlan plan = current(project, id, version);
        plan.moveTo(move, monitoringStart(project), today());
        return plans.saveAndFlush(plan);
    }

    @Transactional
    public Action addAction(Project project, long planId, ActionSpec spec) {
        ActionPlan plan = plan(project, planId);
        requireWrite(plan);
        plan.requireOpen();
        RuleViolationException.throwIfAny(rules.check(project, spec));
        Action action = plan.addAction();
        action.describe(spec);
        plans.saveAndFlush(plan);
        return plan.getActions().get(plan.getActions().size() - 1);
    }

    @Transactional
    public Action updateAction(Project project, long planId, long actionId, long version, ActionSpec spec) {
        ActionPlan plan = plan(project, planId);
        requireWrite(plan);
        Action action = plan.action(actionId).orElseThrow(() -> new NotFoundException("action", actionId));
        if (action.getVersion() != version) {
            throw new StaleVersionException(version, action.getVersion());
        }
        plan.requireOpen();
        RuleViolationException.throwIfAny(rules.check(project, spec));
        action.describe(spec);
        plans.saveAndFlush(plan);
        return action;
    }

    /** Records a semester's update of an action; only while the plan is in monitoring. */
    @Transactional
    public MonitoringUpdate recordUpdate(Project project, long planId, long actionId, UpdateSpec spec) {
        ActionPlan plan = plan(project, planId);
        requireWrite(plan);
        Action action = plan.action(actionId).orElseThrow(() -> new NotFoundException("action", actionId));
        plan.requireMonitoring();
        RuleViolationException.throwIfAny(ActionRules.check(project, action, spec));
        MonitoringUpdate update = action.recordUpdate(spec);
        plans.saveAndFlush(plan);
        return update;
    }

    /**
     * Creates or updates the partner's plan as a project document states it, status, endorsement,
     * indicator values and monitoring updates included, without replaying the status moves.
     */
    @Transactional
    public ActionPlan importPlan(Project project, PlanImport spec) {
        access.requireCoordinator(project.getId());
        // A status left out is not known, and stays so.
        Checks checks = new Checks().required("partner", spec.partner());
        Optional<Partner> partner = spec.partner() == null ? Optional.empty() : projects.partner(project, spec.partner().strip());
        checks.check(spec.partner() == null || partner.isPresent(), "partner", "actionPlan.partner.unknown", spec.partner());
        partner.ifPresent(p -> checkOwnPlan(checks, p));
        checks.addAll(ActionRules.check(spec.plan()));
        if (spec.status() != null && spec.status().compareTo(PlanStatus.ENDORSED) >= 0) {
            checks.text("endorsedBy", spec.endorsedBy(), 300, true).date("endorsedOn", spec.endorsedOn(), true);
        }
        for (int i = 0; i < spec.actions().size(); i++) {
            String path = "actions[" + i + "]";
            PlanImport.ActionImport action = spec.actions().get(i);
            checks.addAll(rules.check(project, action.action()).stream().map(v -> v.under(path)).toList());
            checks.addAll(ActionRules.check(project, action.updates()).stream().map(v -> v.under(path)).toList());
        }
        checks.throwIfAny();
        java.util.Optional<Map<Long, ActionPlan>> index = eu.practicehub.common.ImportScope.index("plans", project.getId(), () -> {
            Map<Long, ActionPlan> byPartner = new HashMap<>();
            plans.findByProject(project).forEach(p -> byPartner.put(p.getPartner().getId(), p));
            return byPartner;
        });
        Partner writer = partner.orElseThrow();
        ActionPlan plan = index.map(byPartner -> Optional.ofNullable(byPartner.get(writer.getId())))
                .orElseGet(() -> plans.findByPartner(writer)).orElseGet(() -> new ActionPlan(project, writer));
        plan.restore(spec);
        ActionPlan saved = plans.save(plan);
        index.ifPresent(byPartner -> byPartner.put(writer.getId(), saved));
        return saved;
    }

    /**
     * Only partners that improve a policy instrument of their own write an action plan: an advisory
     * partner and an associated policy authority have none.
     */
    private static void checkOwnPlan(Checks checks, Partner partner) {
        checks.check(partner.hasOwnActionPlan(), "partner", "actionPlan.partner.noOwnPlan", partner.getShortName(),
                partner.getRole().name());
    }

    /** Removes the project's plans of partners other than these. */
    @Transactional
    public void removePlansExcept(Project project, Set<String> partnerShortNames) {
        access.requireCoordinator(project.getId());
        plans.findByProject(project).stream()
                .filter(p -> !partnerShortNames.contains(p.getPartner().getShortName()))
                .forEach(plans::delete);
        eu.practicehub.common.ImportScope.forget("plans", project.getId());
    }

    /** Every rule Parts I–II break, as a save would report it, without saving anything. */
    public List<Violation> problems(PlanSpec spec) {
        return ActionRules.check(spec);
    }

    /**
     * Every rule a new plan of the partner breaks, as a save would report it, without saving anything: a
     * partner the person may not write for is one of them.
     */
    public List<Violation> problems(Project project, String partnerShortName, PlanSpec spec) {
        List<Violation> violations = new ArrayList<>(ruleProblems(project, partnerShortName, spec));
        Optional<Partner> partner = partnerShortName == null ? Optional.empty() : projects.partner(project, partnerShortName);
        refusedPartner(project, partner).ifPresent(violations::add);
        return violations;
    }

    /** A plan is written by its partner's editors. */
    private Optional<Violation> refusedPartner(Project project, Optional<Partner> partner) {
        return partner.flatMap(p -> access.refusedChoice(project.getId(), p.getId(), "partner", p.getShortName()));
    }

    private List<Violation> ruleProblems(Project project, String partnerShortName, PlanSpec spec) {
        Optional<Partner> partner = partnerShortName == null ? Optional.empty() : projects.partner(project, partnerShortName);
        Checks checks = new Checks().required("partner", partnerShortName).addAll(ActionRules.check(spec));
        if (partnerShortName != null && !partnerShortName.isBlank()) {
            checks.check(partner.isPresent(), "partner", "actionPlan.partner.unknown", partnerShortName);
            partner.ifPresent(p -> checkOwnPlan(checks, p));
            partner.filter(Partner::hasOwnActionPlan).ifPresent(p -> checks.check(!plans.existsByPartner(p), "partner",
                    "actionPlan.partner.hasPlan", p.getShortName()));
        }
        return checks.violations();
    }

    public List<Violation> problems(Project project, ActionSpec spec) {
        return rules.check(project, spec);
    }

    public List<Violation> problems(Project project, Action action, UpdateSpec spec) {
        return ActionRules.check(project, action, spec);
    }

    private ActionPlan current(Project project, long id, long version) {
        ActionPlan plan = plan(project, id);
        requireWrite(plan);
        if (plan.getVersion() != version) {
            throw new StaleVersionException(version, plan.getVersion());
        }
        return plan;
    }

    /** A plan is changed by its partner's editors, the project's coordinators and administrators. */
    private void requireWrite(ActionPlan plan) {
        access.requireWrite(plan.getProject().getId(), plan.getPartner().getId());
    }

    /** A transfer as people name it: the practice and where it goes, "Segnalaci → Tartu". */
    private static String transferTitle(Transfer transfer) {
        return transfer.getPractice().getTitle() + " → " + transfer.getImporter().getShortName();
    }

    private static String eventTitle(Event event) {
        return event.getTitle() + " (" + event.getStartDate() + ")";
    }

    /** Reads the plan's collections inside the transaction, so pages can show them after it. */
    private static void load(ActionPlan plan) {
        plan.getPartner().getShortName();
        for (Action action : plan.getActions()) {
            action.getBackground();
            action.getUpdates();
            action.getIndicators().forEach(Indicator::getValues);
        }
    }
}
