/**
 * Semesters, targets and progress: a project's whole plan and each semester's targets per measure,
 * set against what its events, practices, transfers and action plans show was achieved.
 */
package eu.practicehub.planning;
