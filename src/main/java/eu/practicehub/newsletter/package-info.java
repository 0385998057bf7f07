/**
 * Newsletters: a period's news written from the project's events, practices, partners and remaining
 * targets, edited as Markdown by the coordinator, then published on the news page and in an Atom feed.
 */
package eu.practicehub.newsletter;
