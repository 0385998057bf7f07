package eu.practicehub.programme;

import java.time.LocalDate;

/** A project in a list of projects; {@code endDate} is null when the project states no end. */
public record ProjectCard(String key, String name, String programme, String programmeSlug, LocalDate startDate,
        LocalDate endDate, ProjectStatus status, long partners) {
}
