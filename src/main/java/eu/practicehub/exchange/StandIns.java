package eu.practicehub.exchange;

import eu.practicehub.common.Violation;
import eu.practicehub.project.PartnerRole;
import eu.practicehub.project.PartnerSpec;
import eu.practicehub.project.Phase;
import eu.practicehub.project.ProjectSpec;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * What an import writes in place of a broken project or partner, so that the rest of the document is
 * still checked against them: every field with a problem is replaced by a value the rules accept. An
 * import with a problem is rolled back, so a stand-in is never kept.
 */
final class StandIns {

    /** The problems of the rest of the document that only follow from a stand-in project's dates. */
    static final Set<String> FOLLOWING_PROJECT_DATES = Set.of("event.outsideProject", "actionPlan.update.semesterRange",
            "targets.semester.unknown", "transfer.start.afterEnd");

    private static final String COUNTRY = "AQ";

    private StandIns() {
    }

    /** The project as given when it has no problem, else a stand-in. */
    static ProjectSpec project(ProjectSpec given, List<Violation> problems) {
        if (given != null && problems.isEmpty()) {
            return given;
        }
        Set<String> broken = fields(problems);
        ProjectSpec spec = given != null ? given
                : new ProjectSpec(null, null, null, null, null, 0, null, List.of());
        String key = broken.contains("key") || spec.key() == null
                ? "CHECK-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT) : spec.key();
        List<Phase> phases = new ArrayList<>();
        for (int i = 0; i < spec.phases().size(); i++) {
            String field = "phases[" + i + "]";
            if (broken.stream().noneMatch(f -> f.startsWith(field))) {
                phases.add(spec.phases().get(i));
            }
        }
        LocalDate start = broken.contains("startDate") || spec.startDate() == null
                ? phases.stream().map(Phase::startDate).min(LocalDate::compareTo).orElse(LocalDate.of(2000, 1, 1))
                : spec.startDate();
        if (phases.isEmpty()) {
            phases.add(new Phase("Phase", start, start.plusYears(1)));
        }
        // The project's own end is kept when it still holds its start and phases, so that its periods stay its own.
        LocalDate givenEnd = spec.endDate();
        boolean endHolds = !broken.contains("endDate") && givenEnd != null && !givenEnd.isBefore(start)
                && phases.stream().noneMatch(p -> p.endDate().isAfter(givenEnd));
        LocalDate end = endHolds ? givenEnd : null;
        Integer semesterMonths = given == null || broken.contains("semesterMonths") ? Integer.valueOf(6) : spec.semesterMonths();
        return new ProjectSpec(key, broken.contains("name") || spec.name() == null ? key : spec.name(),
                broken.contains("programme") ? null : spec.programme(), broken.contains("mission") ? null : spec.mission(),
                start, semesterMonths, broken.contains("website") ? null : spec.website(), phases, end,
                broken.contains("language") ? null : spec.language());
    }

    /** The partner as given when it has no problem, else a stand-in; none when it has no usable short name. */
    static PartnerSpec partner(PartnerSpec given, List<Violation> problems) {
        if (problems.isEmpty()) {
            return given;
        }
        Set<String> broken = fields(problems);
        if (broken.contains("shortName")) {
            return null;
        }
        return new PartnerSpec(given.shortName(), broken.contains("name") ? given.shortName() : given.name(),
                broken.contains("country") ? COUNTRY : given.country(), broken.contains("nutsCode") ? null : given.nutsCode(),
                given.role() == null ? PartnerRole.PARTNER : given.role(),
                broken.contains("timeZone") ? "UTC" : given.timeZone(),
                broken.contains("contactName") ? null : given.contactName(),
                broken.contains("contactEmail") ? null : given.contactEmail(),
                broken.contains("website") ? null : given.website());
    }

    private static Set<String> fields(List<Violation> problems) {
        return problems.stream().map(Violation::field).collect(Collectors.toSet());
    }
}
