package eu.practicehub.planning;

import eu.practicehub.account.Access;
import eu.practicehub.actionplan.ActionPlanService;
import eu.practicehub.common.Checks;
import eu.practicehub.common.NotFoundException;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.common.Violation;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.project.Semester;
import eu.practicehub.transfer.TransferService;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A project's targets and how far it got: what was achieved is always counted from the data (held
 * events by type, practices identified, transfers started and completed, action plans endorsed),
 * with one grouped count per kind of record and period.
 */
@Service
@Transactional(readOnly = true)
public class PlanningService {

    /** The largest target a measure can have. */
    public static final int MAX_TARGET = 10_000;

    /** Bounds wide enough for any date a project holds, so "everything up to" needs no open end. */
    private static final LocalDate EARLIEST = LocalDate.of(1000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9000, 12, 31);

    private final TargetPlanRepository plans;
    private final ProjectService projects;
    private final EventService events;
    private final PracticeService practices;
    private final TransferService transfers;
    private final ActionPlanService actionPlans;
    private final Access access;

    PlanningService(TargetPlanRepository plans, ProjectService projects, EventService events, PracticeService practices,
            TransferService transfers, ActionPlanService actionPlans, Access access) {
        this.access = access;
        this.plans = plans;
        this.projects = projects;
        this.events = events;
        this.practices = practices;
        this.transfers = transfers;
        this.actionPlans = actionPlans;
    }

    /**
     * The whole-project plan against what was achieved up to {@code asOf} (inclusive); planned
     * counts the project's events still planned, whatever their date.
     */
    public ProjectProgress projectProgress(String projectKey, LocalDate asOf) {
        Project project = projects.project(projectKey);
        Map<Measure, Integer> plan = targetsOf(project, Targets.WHOLE_PROJECT).targets();
        return new ProjectProgress(asOf, soFar(project, plan, asOf, zone(project)));
    }

    /**
     * The semester's targets against what was achieved in it (events starting in it, practices
     * identified, transfers started or completed and plans endorsed on its days), and the whole
     * plan against what was achieved up to its last day.
     */
    public SemesterProgress semesterProgress(String projectKey, int semester) {
        Project project = projects.project(projectKey);
        Semester found = semester(project, semester);
        Map<Integer, Map<Measure, Integer>> targets = new java.util.HashMap<>();
        plans.findByProjectAndSemesterIn(project, List.of(Targets.WHOLE_PROJECT, semester))
                .forEach(p -> targets.put(p.getSemester(), p.targets()));
        ZoneId zone = zone(project);
        List<MeasureProgress> inSemester = inSemester(project, found, targets.getOrDefault(semester, Map.of()), zone);
        List<MeasureProgress> projectSoFar = soFar(project, targets.getOrDefault(Targets.WHOLE_PROJECT, Map.of()),
                found.end(), zone);
        return new SemesterProgress(found, inSemester, projectSoFar);
    }

    /** Only the semester's own targets against what was achieved in it, for pages that show the whole plan apart. */
    public List<MeasureProgress> inSemesterProgress(Project project, int semester) {
        return inSemester(project, semester(project, semester), targetsOf(project, semester).targets(), zone(project));
    }

    private List<MeasureProgress> inSemester(Project project, Semester semester, Map<Measure, Integer> targets,
            ZoneId zone) {
        Map<EventType, Map<EventStatus, Long>> inSemesterEvents = events.countByTypeAndStatusBetween(project,
                semester.start(), semester.end());
        return progress(project, targets, semester.start(), semester.end(), zone, inSemesterEvents, inSemesterEvents);
    }

    /** The targets of a semester, or of the whole project for semester 0. */
    public Targets targets(String projectKey, int semester) {
        Project project = projects.project(projectKey);
        if (semester != Targets.WHOLE_PROJECT) {
            semester(project, semester);
        }
        return targetsOf(project, semester);
    }

    /** Every target set of the project that has any target, the whole plan first, then by semester. */
    public List<Targets> allTargets(Project project) {
        return plans.findByProject(project).stream().filter(p -> !p.targets().isEmpty())
                .map(p -> new Targets(p.getSemester(), version(p), p.targets())).toList();
    }

    /**
     * Sets the targets of a semester (or of the whole project for semester 0), based on the version
     * that was read; a measure left out has no target.
     */
    @Transactional
    public Targets saveTargets(String projectKey, int semester, long version, Map<Measure, Integer> targets) {
        Project project = projects.project(projectKey);
        access.requireCoordinator(project.getId());
        if (semester != Targets.WHOLE_PROJECT) {
            semester(project, semester);
        }
        RuleViolationException.throwIfAny(problems(targets));
        TargetPlan plan = plans.findByProjectAndSemester(project, semester).orElse(null);
        long current = plan == null ? 0 : version(plan);
        if (current != version) {
            throw new StaleVersionException(version, current);
        }
        if (plan == null) {
            plan = new TargetPlan(project, semester);
        }
        plan.set(targets);
        TargetPlan saved = plans.saveAndFlush(plan);
        return new Targets(semester, version(saved), saved.targets());
    }

    /**
     * Replaces all of the project's targets with those a project document states; semesters outside
     * the project are refused with the index of the set in error.
     */
    @Transactional
    public void importTargets(Project project, List<Targets> all) {
        access.requireCoordinator(project.getId());
        RuleViolationException.throwIfAny(problems(project, all));
        List<TargetPlan> existing = plans.findByProject(project);
        for (TargetPlan plan : existing) {
            if (all.stream().noneMatch(t -> t.semester() == plan.getSemester())) {
                plans.delete(plan);
            }
        }
        plans.flush();
        for (Targets targets : all) {
            TargetPlan plan = existing.stream().filter(p -> p.getSemester() == targets.semester()).findFirst()
                    .orElseGet(() -> new TargetPlan(project, targets.semester()));
            plan.set(targets.targets());
            plans.save(plan);
        }
    }

    /** What is wrong with target sets as a project document states them, each under {@code [i]}. */
    public List<Violation> problems(Project project, List<Targets> all) {
        Checks checks = new Checks();
        int semesters = project.semesters().size();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        for (int i = 0; i < all.size(); i++) {
            Targets targets = all.get(i);
            String path = "[" + i + "]";
            checks.check(targets.semester() >= 0 && targets.semester() <= semesters, path + ".semester",
                    "targets.semester.unknown", targets.semester());
            checks.check(seen.add(targets.semester()), path + ".semester", "targets.semester.duplicate",
                    targets.semester());
            checks.addAll(problems(targets.targets()).stream().map(v -> v.under(path + ".targets")).toList());
        }
        return checks.violations();
    }

    /** Every target that is negative or larger than {@link #MAX_TARGET}, under the measure's name. */
    public List<Violation> problems(Map<Measure, Integer> targets) {
        Checks checks = new Checks();
        targets.forEach((measure, target) -> {
            checks.check(target != null, measure.name(), "validation.required");
            if (target != null) {
                checks.check(target >= 0, measure.name(), "targets.target.negative", target);
                checks.check(target <= MAX_TARGET, measure.name(), "targets.target.tooLarge", target, MAX_TARGET);
            }
        });
        return checks.violations();
    }

    private Targets targetsOf(Project project, int semester) {
        return plans.findByProjectAndSemester(project, semester)
                .map(p -> new Targets(semester, version(p), p.targets()))
                .orElseGet(() -> new Targets(semester, 0, Map.of()));
    }

    /**
     * The version an edit is based on: 0 while no targets were ever stored, else one more than the
     * stored row's version (which starts at 0), so that two people who both read "none" and then
     * save cannot both succeed.
     */
    private static long version(TargetPlan plan) {
        return plan.getVersion() + 1;
    }

    private static Semester semester(Project project, int number) {
        if (number < 1 || number > project.semesters().size()) {
            throw new NotFoundException("semester", number);
        }
        return project.semester(number);
    }

    private List<MeasureProgress> soFar(Project project, Map<Measure, Integer> plan, LocalDate asOf, ZoneId zone) {
        Map<EventType, Map<EventStatus, Long>> achieved = events.countByTypeAndStatusBetween(project, EARLIEST, asOf);
        Map<EventType, Map<EventStatus, Long>> planned = events.countByTypeAndStatusBetween(project, EARLIEST, LATEST);
        return progress(project, plan, EARLIEST, asOf, zone, achieved, planned);
    }

    private List<MeasureProgress> progress(Project project, Map<Measure, Integer> targets, LocalDate from, LocalDate to,
            ZoneId zone, Map<EventType, Map<EventStatus, Long>> achievedEvents,
            Map<EventType, Map<EventStatus, Long>> plannedEvents) {
        Instant fromInstant = from.atStartOfDay(zone).toInstant();
        Instant untilInstant = to.plusDays(1).atStartOfDay(zone).toInstant();
        Map<Measure, Long> achieved = new EnumMap<>(Measure.class);
        achieved.put(Measure.PRACTICES_IDENTIFIED, practices.countIdentifiedBetween(project, from, to));
        achieved.put(Measure.TRANSFERS_STARTED, transfers.countStartedBetween(project, fromInstant, untilInstant));
        achieved.put(Measure.TRANSFERS_COMPLETED, transfers.countCompletedBetween(project, fromInstant, untilInstant));
        achieved.put(Measure.ACTION_PLANS_ENDORSED, actionPlans.countEndorsedBetween(project, from, to));
        List<MeasureProgress> progress = new ArrayList<>();
        for (Measure measure : Measure.values()) {
            EventType type = measure.eventType();
            long done = type == null ? achieved.get(measure) : achievedEvents.get(type).get(EventStatus.HELD);
            long planned = type == null ? 0 : plannedEvents.get(type).get(EventStatus.PLANNED);
            progress.add(new MeasureProgress(measure, targets.get(measure), Math.toIntExact(done),
                    Math.toIntExact(planned)));
        }
        return List.copyOf(progress);
    }

    /** Transfers move at instants; they are counted on the days of the project's zone (its lead partner's). */
    private ZoneId zone(Project project) {
        return projects.zone(project);
    }
}
