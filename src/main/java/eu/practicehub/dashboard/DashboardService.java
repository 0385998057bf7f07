package eu.practicehub.dashboard;

import eu.practicehub.actionplan.ActionPlanService;
import eu.practicehub.dashboard.Dashboard.Count;
import eu.practicehub.dashboard.Dashboard.Position;
import eu.practicehub.dashboard.Dashboard.Stage;
import eu.practicehub.dashboard.Dashboard.UpcomingEvent;
import eu.practicehub.event.EventService;
import eu.practicehub.event.RestrictionService;
import eu.practicehub.practice.NamedCount;
import eu.practicehub.planning.PlanningService;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.project.Phase;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.project.Semester;
import eu.practicehub.transfer.TransferService;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads a project's dashboard on the day the clock gives, each figure counted by the database. */
@Service
@Transactional(readOnly = true)
public class DashboardService {

    /** How many upcoming events the dashboard lists; the events page lists them all. */
    public static final int UPCOMING = 5;

    private final ProjectService projects;
    private final PracticeService practices;
    private final EventService events;
    private final TransferService transfers;
    private final ActionPlanService plans;
    private final PlanningService planning;
    private final RestrictionService restrictions;
    private final Clock clock;

    DashboardService(ProjectService projects, PracticeService practices, EventService events,
            TransferService transfers, ActionPlanService plans, PlanningService planning, RestrictionService restrictions,
            Clock clock) {
        this.projects = projects;
        this.practices = practices;
        this.events = events;
        this.transfers = transfers;
        this.plans = plans;
        this.planning = planning;
        this.restrictions = restrictions;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Dashboard dashboard(String key) {
        return dashboard(projects.project(key), today());
    }

    public Dashboard dashboard(Project project, LocalDate today) {
        List<UpcomingEvent> upcoming = events.plannedFrom(project, today, UPCOMING).stream().map(UpcomingEvent::of).toList();
        long ahead = upcoming.size() < UPCOMING ? upcoming.size() : events.countPlannedFrom(project, today);
        Position position = position(project, today);
        return new Dashboard(project.getKey(), project.getName(), position, upcoming, ahead,
                restrictions.eventsAtRisk(project),
                counts(practices.countByTheme(project)), practices.countWithoutTheme(project),
                counts(practices.countByOwner(project)), counts(transfers.countByStage(project)),
                planCounts(plans.countByStatus(project)), planning.projectProgress(project.getKey(), progressDay(project, today)),
                planning.inSemesterProgress(project, position.semester()));
    }

    /** The day the project's progress is told up to: today, or its last day once it has ended. */
    static LocalDate progressDay(Project project, LocalDate today) {
        return project.endDate().filter(today::isAfter).orElse(today);
    }

    /** Where the project stands on a day: its phase and semester and the days left in each. */
    public static Position position(Project project, LocalDate today) {
        LocalDate start = project.getStartDate();
        LocalDate end = project.endDate().orElse(null);
        Stage stage = today.isBefore(start) ? Stage.NOT_STARTED
                : end != null && today.isAfter(end) ? Stage.ENDED : Stage.RUNNING;
        Optional<Phase> phase = project.phaseOn(today);
        Semester semester = project.currentSemester(today);
        boolean running = stage == Stage.RUNNING;
        return new Position(today, stage, start, end, running ? daysLeft(today, end) : null,
                phase.map(Phase::name).orElse(null), phase.map(Phase::startDate).orElse(null),
                phase.map(Phase::endDate).orElse(null), phase.map(p -> daysLeft(today, p.endDate())).orElse(null),
                semester.number(), project.semesters().size(), semester.start(), semester.end(),
                running ? daysLeft(today, semester.end()) : null, semester);
    }

    /** The days from today to the last day, both counted; null without a last day. */
    private static Long daysLeft(LocalDate today, LocalDate last) {
        return last == null ? null : ChronoUnit.DAYS.between(today, last) + 1;
    }

    private static List<Count> counts(List<NamedCount> counts) {
        return counts.stream().map(c -> new Count(c.name(), c.count())).toList();
    }

    /** Plans by status, then those whose status is not stated (as {@code NOT_STATED}) when there are any. */
    private static List<Count> planCounts(ActionPlanService.PlansByStatus plans) {
        List<Count> counts = new ArrayList<>(counts(plans.byStatus()));
        if (plans.notStated() > 0) {
            counts.add(new Count("NOT_STATED", plans.notStated()));
        }
        return counts;
    }

    private static List<Count> counts(Map<? extends Enum<?>, Long> counts) {
        return counts.entrySet().stream().map(e -> new Count(e.getKey().name(), e.getValue())).toList();
    }
}
