/**
 * Calendar feeds: a project's events, and one partner's, as iCalendar (RFC 5545) for calendar
 * clients to subscribe to, and each event as a file to add to a calendar.
 */
package eu.practicehub.calendar;
