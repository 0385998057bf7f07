/**
 * Learning events: thematic events, study visits, import workshops and the other meetings where
 * partners examine good practices, with their host, visitors, dates in the host's time zone and mode;
 * the travel and entry restrictions that keep planned events from meeting in person, and the events they put at risk.
 */
package eu.practicehub.event;
