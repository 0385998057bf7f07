package eu.practicehub.planning.api;

import eu.practicehub.event.Event;
import eu.practicehub.event.EventFilter;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.event.EventView;
import eu.practicehub.planning.Measure;
import eu.practicehub.planning.MeasureProgress;
import eu.practicehub.planning.PlanningService;
import eu.practicehub.planning.SemesterProgress;
import eu.practicehub.planning.Targets;
import eu.practicehub.practice.Practice;
import eu.practicehub.project.Phase;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.project.Semester;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads semesters, targets and progress for the API and turns them into views while the persistence context is open. */
@Service
@Transactional(readOnly = true)
class PlanningViews {

    private final ProjectService projects;
    private final EventService events;
    private final PlanningService planning;

    PlanningViews(ProjectService projects, EventService events, PlanningService planning) {
        this.projects = projects;
        this.events = events;
        this.planning = planning;
    }

    SemesterView semester(String key, int number) {
        SemesterProgress progress = planning.semesterProgress(key, number);
        Project project = projects.project(key);
        Semester semester = progress.semester();
        boolean allPractices = events.showsAllPractices(project);
        List<Event> inSemester = events.events(project, new EventFilter(null, number, null, null),
                Pageable.unpaged(Sort.by("startDate", "id"))).getContent();
        return new SemesterView(number, semester.start(), semester.end(),
                project.phaseOn(semester.start()).map(Phase::name).orElse(null),
                inSemester.stream().map(e -> EventView.of(e, project, allPractices)).toList(),
                achieved(events.countByTypeAndStatusBetween(project, semester.start(), semester.end()), inSemester, allPractices),
                TargetsView.of(planning.targets(key, number)),
                new ProgressView(MeasureView.of(progress.inSemester()), MeasureView.of(progress.projectSoFar())));
    }

    /** The held activities of each type on the semester's days, and the practices its held events examined. */
    /** {@code allPractices}: whether the reader sees the practices that are not public; others count only the public ones. */
    private static Achieved achieved(Map<EventType, Map<EventStatus, Long>> activities, List<Event> inSemester,
            boolean allPractices) {
        Map<EventType, Long> held = new EnumMap<>(EventType.class);
        for (EventType type : EventType.values()) {
            long count = activities.get(type).get(EventStatus.HELD);
            // Partner meetings are listed where some were held, so other projects' semesters read as before.
            if (type != EventType.PARTNER_MEETING || count > 0) {
                held.put(type, count);
            }
        }
        List<Event> heldEvents = inSemester.stream().filter(Event::isHeld).toList();
        long practices = heldEvents.stream().flatMap(e -> (allPractices ? e.examined() : e.publicPracticesExamined()).stream())
                .map(Practice::getId).distinct().count();
        return new Achieved(held, practices);
    }

    /** One semester: its dates, phase and events, what was held in it, its targets and the progress against them. */
    record SemesterView(int number, LocalDate start, LocalDate end, String phase, List<EventView> events,
            Achieved achieved,
            @Schema(description = "The semester's targets, with the version to send when changing them") TargetsView targets,
            @Schema(description = "The semester's targets against what was achieved in it, and the whole plan against what was achieved up to its end") ProgressView progress) {
    }

    /** What the events held in a semester achieved: how many activities of each type, and how many practices they examined. */
    record Achieved(Map<EventType, Long> heldEvents, long practicesExamined) {
    }

    /** Targets by measure (a measure left out has none) and the version they were read at. */
    record TargetsView(long version, Map<Measure, Integer> targets) {

        static TargetsView of(Targets targets) {
            return new TargetsView(targets.version(), targets.targets());
        }
    }

    record ProgressView(List<MeasureView> inSemester, List<MeasureView> projectSoFar) {
    }

    /** One measure: its target (null when none is set), what was achieved, what is planned and what remains. */
    record MeasureView(Measure measure, Integer target, int achieved, int planned, int remaining) {

        static List<MeasureView> of(List<MeasureProgress> progress) {
            return progress.stream().map(p -> new MeasureView(p.measure(), p.target(), p.achieved(), p.planned(),
                    p.remaining())).toList();
        }
    }
}
