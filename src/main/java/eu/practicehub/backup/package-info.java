/**
 * Backup and restore of a whole instance: every project's document and the accounts with their roles,
 * read as one snapshot, and restored all or nothing into an empty instance.
 */
package eu.practicehub.backup;
