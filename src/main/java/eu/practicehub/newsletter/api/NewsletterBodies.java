package eu.practicehub.newsletter.api;

import eu.practicehub.common.KnownDate;
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

    /**
     * A newsletter's new title and Markdown text, for a published one its publication date if it changes
     * (a day, a month or a year; left out: as it is), with the version that was read.
     */
    record NewsletterBody(String title, String body, KnownDate publishedOn, Long version) {

        NewsletterSpec toSpec() {
            return new NewsletterSpec(title, body, publishedOn);
        }
    }

    /** The version that was read, for publishing. */
    record VersionBody(Long version) {
    }

    /**
     * A newsletter: its Markdown and that Markdown rendered as safe HTML; {@code publishedOn} is the
     * publication date the coordinator stated (null: the date of {@code publishedAt}).
     */
    record NewsletterView(long id, String title, LocalDate from, LocalDate to, NewsletterStatus status, String body,
            String html, Instant updatedAt, Instant publishedAt, KnownDate publishedOn, long version) {

        static NewsletterView of(Newsletter n) {
            return new NewsletterView(n.getId(), n.getTitle(), n.getPeriodFrom(), n.getPeriodTo(), n.getStatus(),
                    n.getBody(), Markdown.toHtml(n.getBody()), n.getUpdatedAt(), n.getPublishedAt(), n.getPublishedOn(),
                    n.getVersion());
        }
    }

    /** A newsletter in a list, without its text. */
    record NewsletterSummary(long id, String title, LocalDate from, LocalDate to, NewsletterStatus status,
            Instant publishedAt, KnownDate publishedOn, long version) {

        static NewsletterSummary of(Newsletter n) {
            return new NewsletterSummary(n.getId(), n.getTitle(), n.getPeriodFrom(), n.getPeriodTo(), n.getStatus(),
                    n.getPublishedAt(), n.getPublishedOn(), n.getVersion());
        }
    }
}
