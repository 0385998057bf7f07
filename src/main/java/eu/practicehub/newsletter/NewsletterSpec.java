package eu.practicehub.newsletter;

import eu.practicehub.common.KnownDate;

/**
 * A newsletter as the coordinator edits it: its title, its Markdown text and, for a published one,
 * its publication date as readers should read it (null leaves the date as it is).
 */
public record NewsletterSpec(String title, String body, KnownDate publishedOn) {

    /** An edit of the text alone. */
    public NewsletterSpec(String title, String body) {
        this(title, body, null);
    }
}
