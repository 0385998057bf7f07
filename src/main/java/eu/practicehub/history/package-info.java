/**
 * The history of changes: who changed a practice, event, transfer or action plan, when, and what,
 * as Hibernate Envers records it; each record's versions with their differences, restoring an
 * earlier version through the owning module, and the project's audit log.
 */
package eu.practicehub.history;
