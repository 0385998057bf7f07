package eu.practicehub.newsletter.api;

import eu.practicehub.event.EventType;
import eu.practicehub.newsletter.Markdown;
import eu.practicehub.newsletter.Newsletter;
import eu.practicehub.newsletter.NewsletterRequest;
import eu.practicehub.newsletter.NewsletterSpec;
import eu.practicehub.newsletter.NewsletterStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What the newsletter API reads and answers. */
final class NewsletterBodies {

    private NewsletterBodies() {
    }

    /** The period (the current semester when left out) and the event types (those held when none are given). */
    record GenerateBody(LocalDate from, LocalDate to, List<EventType> types) {

        NewsletterRequest toRequest() {
            return new NewsletterRequest(from, to, types);
        }
    }

    /** A newsletter's new title and Markdown text, with the version that was read. */
    record NewsletterBody(String title, String body, Long version) {

        NewsletterSpec toSpec() {
            return new NewsletterSpec(title, body);
        }
    }

    /** The version that was read, for publishing. */
    record VersionBody(Long version) {
    }

    /** A newsletter: its Markdown and that Markdown rendered as safe HTML. */
    record NewsletterView(long id, String title, LocalDate from, LocalDate to, NewsletterStatus status, String body,
            String html, Instant updatedAt, Instant publishedAt, long version) {

        static NewsletterView of(Newsletter n) {
            return new NewsletterView(n.getId(), n.getTitle(), n.getPeriodFrom(), n.getPeriodTo(), n.getStatus(),
                    n.getBody(), Markdown.toHtml(n.getBody()), n.getUpdatedAt(), n.getPublishedAt(), n.getVersion());
        }
    }

    /** A newsletter in a list, without its text. */
    record NewsletterSummary(long id, String title, LocalDate from, LocalDate to, NewsletterStatus status,
            Instant publishedAt, long version) {

        static NewsletterSummary of(Newsletter n) {
            return new NewsletterSummary(n.getId(), n.getTitle(), n.getPeriodFrom(), n.getPeriodTo(), n.getStatus(),
                    n.getPublishedAt(), n.getVersion());
        }
    }
}
