package eu.practicehub.project;

import java.time.LocalDate;
import java.util.List;

/**
 * What a project is made of, as given by an import document or a form. Without {@code semesterMonths}
 * the project has no reporting periods of its own and its phases are its periods; without
 * {@code endDate} it ends with its last phase. {@code language} is the language of what the project
 * publishes (newsletters, feeds): one of {@link eu.practicehub.common.Languages#CODES}, English when none.
 */
public record ProjectSpec(
        String key,
        String name,
        String programme,
        String mission,
        LocalDate startDate,
        Integer semesterMonths,
        String website,
        List<Phase> phases,
        LocalDate endDate,
        String language) {

    public ProjectSpec {
        phases = phases == null ? List.of() : List.copyOf(phases);
    }

    /** A project that publishes in English. */
    public ProjectSpec(String key, String name, String programme, String mission, LocalDate startDate,
            Integer semesterMonths, String website, List<Phase> phases, LocalDate endDate) {
        this(key, name, programme, mission, startDate, semesterMonths, website, phases, endDate, null);
    }

    /** A project that ends with its last phase. */
    public ProjectSpec(String key, String name, String programme, String mission, LocalDate startDate,
            Integer semesterMonths, String website, List<Phase> phases) {
        this(key, name, programme, mission, startDate, semesterMonths, website, phases, null, null);
    }
}
