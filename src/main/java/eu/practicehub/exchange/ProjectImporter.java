package eu.practicehub.exchange;

import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import eu.practicehub.event.EventMoment;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventService.EventKey;
import eu.practicehub.event.EventSpec;
import eu.practicehub.exchange.DocumentReader.ImportPlan;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.PracticeSpec;
import eu.practicehub.project.PartnerSpec;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates or updates a project from a {@link ProjectDocument}, all or nothing: every problem in the
 * document is reported together and, when there is any, nothing is changed. Records the document
 * no longer lists are removed from the project.
 */
@Service
public class ProjectImporter {

    private final ProjectService projects;
    private final PracticeService practices;
    private final EventService events;

    ProjectImporter(ProjectService projects, PracticeService practices, EventService events) {
        this.projects = projects;
        this.practices = practices;
        this.events = events;
    }

    /** The outcome of an import: the project's key and whether it was new. */
    public record Result(String key, boolean created) {
    }

    @Transactional(rollbackFor = RuntimeException.class)
    public Result importDocument(ProjectDocument document) {
        ImportPlan plan = new DocumentReader().read(document);
        List<Violation> problems = new ArrayList<>(plan.problems());
        if (plan.project() != null) {
            problems.addAll(prefixed("project", projects.check(plan.project())));
        }
        for (int i = 0; i < plan.partners().size(); i++) {
            problems.addAll(prefixed("partners[" + i + "]", projects.check(plan.partners().get(i))));
        }
        problems.addAll(projects.checkPartnership(plan.partners()));
        if (problems.stream().anyMatch(ProjectImporter::concernsProjectOrPartners)) {
            throw new RuleViolationException(problems);
        }
        // The rest is written even where the document has problems, so that the writes find theirs
        // too and the answer lists every problem at once; any problem rolls the whole import back.

        boolean created = !projects.exists(plan.project().key());
        Project project = projects.createOrUpdate(plan.project());
        plan.partners().forEach(spec -> projects.createOrUpdatePartner(project, spec));
        for (int i = 0; i < plan.themes().size(); i++) {
            String name = plan.themes().get(i);
            collect(problems, "themes[" + i + "]", () -> practices.createOrGetTheme(project, name), field -> "");
        }
        Set<EventKey> eventKeys = plan.events().stream()
                .map(e -> new EventKey(e.title(), e.startDate())).collect(Collectors.toSet());
        events.removeEventsExcept(project, eventKeys);
        for (int i = 0; i < plan.practices().size(); i++) {
            PracticeSpec spec = plan.practices().get(i);
            collect(problems, "practices[" + i + "]", () -> practices.importPractice(project, spec), field -> field);
        }
        for (int i = 0; i < plan.events().size(); i++) {
            EventSpec spec = plan.events().get(i);
            collect(problems, "events[" + i + "]", () -> events.importEvent(project, spec), EventMoment::writtenField);
        }
        // Removing what the document dropped could only trip over the records that failed.
        RuleViolationException.throwIfAny(problems);
        // Only now no kept event examines a practice the document dropped.
        practices.removePracticesExcept(project, new HashSet<>(plan.practices().stream().map(PracticeSpec::title).toList()));
        practices.removeThemesExcept(project, new HashSet<>(plan.themes()));
        projects.removePartnersExcept(project, new HashSet<>(plan.partners().stream().map(PartnerSpec::shortName).toList()));
        return new Result(project.getKey(), created);
    }

    /** Runs a write, adding the problems it reports for fields that have none reported yet. */
    private static void collect(List<Violation> problems, String path, Supplier<?> write,
            UnaryOperator<String> documentField) {
        try {
            write.get();
        } catch (RuleViolationException e) {
            e.violations().stream()
                    .map(v -> new Violation(documentField.apply(v.field()), v.code(), v.args()).under(path))
                    .filter(v -> problems.stream().noneMatch(known -> known.field().equals(v.field())))
                    .forEach(problems::add);
        }
    }

    private static boolean concernsProjectOrPartners(Violation problem) {
        String field = problem.field();
        return field.equals("project") || field.startsWith("project.") || field.startsWith("partners")
                || field.equals("formatVersion");
    }

    private static List<Violation> prefixed(String path, List<Violation> violations) {
        return violations.stream().map(v -> v.under(path)).toList();
    }
}
