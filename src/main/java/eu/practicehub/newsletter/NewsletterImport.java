package eu.practicehub.newsletter;

import eu.practicehub.common.KnownDate;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A newsletter as a project document states it; a published one with when it was published, its
 * publication date as readers read it, or both.
 */
public record NewsletterImport(String title, LocalDate periodFrom, LocalDate periodTo, String body,
        NewsletterStatus status, Instant updatedAt, Instant publishedAt, KnownDate publishedOn) {
}
