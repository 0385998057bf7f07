/**
 * The project dashboard: where the project stands today, its upcoming events and its records counted
 * by theme, owner, stage and status, as a page with server-drawn charts and as JSON.
 */
package eu.practicehub.dashboard;
