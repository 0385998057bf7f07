package eu.practicehub.indicators;

import eu.practicehub.actionplan.ActionPlanCounts;
import eu.practicehub.actionplan.InstrumentType;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import eu.practicehub.event.EventCounts;
import eu.practicehub.event.EventCounts.HeldCount;
import eu.practicehub.event.EventType;
import eu.practicehub.indicators.IndicatorReport.HeldEvent;
import eu.practicehub.indicators.IndicatorReport.SemesterFigures;
import eu.practicehub.practice.PracticeCounts;
import eu.practicehub.project.ProgrammeScope;
import eu.practicehub.project.Project;
import eu.practicehub.project.Semester;
import eu.practicehub.project.SemesterCounts.Tally;
import eu.practicehub.transfer.TransferCounts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes the programme indicators from the other modules' counts, each counted by the database in
 * one query for all the semesters asked for and the total.
 */
@Service
@Transactional(readOnly = true)
public class IndicatorService {

    private static final LocalDate EARLIEST = LocalDate.of(1, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private final PracticeCounts practices;
    private final EventCounts events;
    private final TransferCounts transfers;
    private final ActionPlanCounts plans;

    IndicatorService(PracticeCounts practices, EventCounts events, TransferCounts transfers, ActionPlanCounts plans) {
        this.practices = practices;
        this.events = events;
        this.transfers = transfers;
        this.plans = plans;
    }

    /** The number of semesters the project has: a semester asked for lies between 1 and it. */
    public static boolean hasSemester(Project project, Integer semester) {
        return semester == null || semester >= 1 && semester <= project.semesters().size();
    }

    /** The indicators of one semester (or of all semesters when null) and of the whole project. */
    public IndicatorReport report(Project project, Integer semester) {
        if (!hasSemester(project, semester)) {
            throw new RuleViolationException(Violation.of("semester", "indicators.semester.range", semester,
                    project.semesters().size()));
        }
        List<Semester> shown = semester == null ? project.semesters() : List.of(project.semester(semester));
        Counted counted = new Counted(events.heldByType(project, shown), practices.identified(project, shown),
                transfers.startedAndCompleted(project, shown), plans.plans(project, shown),
                plans.instruments(project));
        List<SemesterFigures> figures = shown.stream()
                .map(s -> new SemesterFigures(s.number(), s.start(), s.end(), counted.figures(s.number()),
                        s.months(), s.name())).toList();
        LocalDate from = semester == null ? EARLIEST : shown.get(0).start();
        LocalDate to = semester == null ? LATEST : shown.get(0).end();
        List<HeldEvent> held = events.heldEvents(project, from, to).stream()
                .map(e -> new HeldEvent(e.id(), e.title(), e.type(), e.startDate(), e.endDate(), e.mode(), e.host(),
                        e.visitors(), e.partners(), e.datePrecision()))
                .toList();
        return new IndicatorReport(project.getKey(), project.getName(), semester, figures, counted.figures(null), held);
    }

    /**
     * The indicators of a programme: each figure of its projects' totals added up by the database, counting
     * only what the scope's reader may see.
     */
    public Figures figures(ProgrammeScope scope) {
        Counted counted = new Counted(events.heldByType(scope), new Tally(practices.identified(scope), Map.of()),
                transfers.startedAndCompleted(scope), plans.plans(scope), plans.instruments(scope));
        return counted.figures(null);
    }

    /** What the queries counted, to be read for one semester or (semester null) in total. */
    private record Counted(Map<EventType, HeldCount> held, Tally identified,
            TransferCounts.StartedAndCompleted moves, ActionPlanCounts.Plans planCounts,
            ActionPlanCounts.Instruments instruments) {

        Figures figures(Integer semester) {
            boolean total = semester == null;
            ToLongFunction<Tally> in = tally -> total ? tally.total() : tally.in(semester);
            Map<EventType, Long> byType = new EnumMap<>(EventType.class);
            long eventCount = 0;
            long visitors = 0;
            long hosted = 0;
            for (Map.Entry<EventType, HeldCount> entry : held.entrySet()) {
                long count = in.applyAsLong(entry.getValue().events());
                byType.put(entry.getKey(), count);
                eventCount += count;
                visitors += in.applyAsLong(entry.getValue().visitors());
                hosted += in.applyAsLong(entry.getValue().hosted());
            }
            // Each held activity counts its host (when known) and its visitors as taking part.
            long participations = hosted + visitors;
            BigDecimal average = eventCount == 0 ? null
                    : BigDecimal.valueOf(participations).divide(BigDecimal.valueOf(eventCount), 2, RoundingMode.HALF_UP);
            return new Figures(in.applyAsLong(identified), eventCount, byType,
                    participations, average, total ? planCounts.produced() : null, in.applyAsLong(planCounts.endorsed()),
                    total ? instruments.total() : null,
                    total ? new EnumMap<InstrumentType, Long>(instruments.byType()) : null,
                    in.applyAsLong(moves.started()), in.applyAsLong(moves.completed()));
        }
    }
}
