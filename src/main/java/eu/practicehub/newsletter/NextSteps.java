package eu.practicehub.newsletter;

import eu.practicehub.planning.Measure;
import eu.practicehub.planning.MeasureProgress;
import eu.practicehub.planning.PlanningService;
import eu.practicehub.project.Project;
import eu.practicehub.project.Semester;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * What the partners will do after a newsletter's period: the targets that remain for the following
 * semester, or for the whole project when the period ends in its last semester (or before its start).
 * A measure of which the project had achieved some by the period's end is written as “five more …”.
 */
@Component
class NextSteps {

    /** The measures counted in events held, which partners “hold”. */
    private static final Set<Measure> EVENTS = EnumSet.of(Measure.THEMATIC_EVENTS, Measure.STUDY_VISITS,
            Measure.PEER_REVIEWS, Measure.STAFF_EXCHANGES, Measure.IMPORT_WORKSHOPS, Measure.REGIONAL_EVENTS,
            Measure.STEERING_COMMITTEES);

    private final PlanningService planning;
    private final Wording wording;

    NextSteps(PlanningService planning, Wording wording) {
        this.planning = planning;
        this.wording = wording;
    }

    /** {@code cities}: whether the partners are all cities, so the sentences say "partner cities" rather than "the partners". */
    Optional<String> after(Project project, LocalDate periodEnd, boolean cities) {
        int next = project.semesterOf(periodEnd).map(Semester::number).orElse(0) + 1;
        List<MeasureProgress> untilThen = planning.projectProgress(project.getKey(), periodEnd).measures();
        if (next >= 2 && next <= project.semesters().size()) {
            return sentence("newsletter.next.semester", planning.inSemesterProgress(project, next), untilThen, cities);
        }
        return sentence("newsletter.next.project", untilThen, untilThen, cities);
    }

    private Optional<String> sentence(String code, List<MeasureProgress> remaining, List<MeasureProgress> soFar,
            boolean cities) {
        List<String> events = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (MeasureProgress m : remaining) {
            if (m.remaining() == 0) {
                continue;
            }
            boolean more = soFar.stream().anyMatch(s -> s.measure() == m.measure() && s.achieved() > 0);
            String name = wording.text("newsletter.measure." + m.measure().name() + (m.remaining() == 1 ? ".one" : ".many"));
            String item = wording.text(more ? "newsletter.next.more" : "newsletter.next.count", wording.number(m.remaining()),
                    name);
            (EVENTS.contains(m.measure()) ? events : others).add(item);
        }
        if (events.isEmpty() && others.isEmpty()) {
            return Optional.empty();
        }
        List<String> sentences = new ArrayList<>();
        if (!events.isEmpty()) {
            sentences.add(wording.text(cities ? code : code + ".partners", wording.joined(events)));
        }
        if (!others.isEmpty()) {
            sentences.add(wording.text(events.isEmpty() ? code + ".aims" : "newsletter.next.also", wording.joined(others)));
        }
        return Optional.of(String.join(" ", sentences));
    }
}
