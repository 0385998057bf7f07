package eu.practicehub.history;

import java.time.Instant;

/**
 * One line of a project's audit log: a record (or a part of an action plan) changed in a revision.
 * {@code label} names the record readably; {@code part} and {@code partName} say which action
 * ("ACTION") or monitoring update ("UPDATE") of a plan changed, when it was one, or, for a
 * membership, its role ("ROLE" and the role's name).
 */
public record AuditEntry(long revision, Instant changedAt, String actor, RecordKind kind, long recordId,
        ChangeType type, String label, String part, String partName) {
}
