package eu.practicehub.history;

import java.time.Instant;
import java.util.List;

/** One recorded version of a record: the revision, when and by whom, and what differs from the version before. */
public record Version(long revision, Instant changedAt, String actor, ChangeType type, List<Change> changes) {
}
