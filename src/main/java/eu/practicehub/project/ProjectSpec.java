package eu.practicehub.project;

import java.time.LocalDate;
import java.util.List;

/** What a project is made of, as given by an import document or a form. */
public record ProjectSpec(
        String key,
        String name,
        String programme,
        String mission,
        LocalDate startDate,
        int semesterMonths,
        String website,
        List<Phase> phases) {

    public ProjectSpec {
        phases = phases == null ? List.of() : List.copyOf(phases);
    }
}
