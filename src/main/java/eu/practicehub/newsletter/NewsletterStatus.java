package eu.practicehub.newsletter;

/** Where a newsletter stands: being written, or out for everyone to read. */
public enum NewsletterStatus {
    DRAFT,
    PUBLISHED
}
