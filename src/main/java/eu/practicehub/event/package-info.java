/**
 * Learning events: thematic events, study visits, import workshops and the other meetings where
 * partners examine good practices, with their host, visitors, dates in the host's time zone and mode.
 */
package eu.practicehub.event;
