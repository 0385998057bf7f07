package eu.practicehub.history;

import eu.practicehub.common.NotFoundException;
import java.util.Arrays;

/** The kinds of records whose changes are recorded, with the segment that names them in addresses. */
public enum RecordKind {
    PRACTICE("practices"),
    EVENT("events"),
    TRANSFER("transfers"),
    ACTION_PLAN("action-plans"),
    /** A role an account holds in the project; listed in the audit log, without a history page of its own. */
    MEMBERSHIP("memberships");

    private final String path;

    RecordKind(String path) {
        this.path = path;
    }

    /** The address segment, as in {@code /projects/BETTER/practices/12}. */
    public String path() {
        return path;
    }

    public static RecordKind ofPath(String path) {
        return Arrays.stream(values()).filter(k -> k.path.equals(path)).findFirst()
                .orElseThrow(() -> new NotFoundException("page", path));
    }
}
