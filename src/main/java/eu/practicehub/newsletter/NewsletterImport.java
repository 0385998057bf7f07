package eu.practicehub.newsletter;

import java.time.Instant;
import java.time.LocalDate;

/** A newsletter as a project document states it. */
public record NewsletterImport(String title, LocalDate periodFrom, LocalDate periodTo, String body,
        NewsletterStatus status, Instant updatedAt, Instant publishedAt) {
}
