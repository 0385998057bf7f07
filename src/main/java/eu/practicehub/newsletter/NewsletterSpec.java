package eu.practicehub.newsletter;

/** A newsletter as the coordinator edits it: its title and its Markdown text. */
public record NewsletterSpec(String title, String body) {
}
