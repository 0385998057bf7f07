package eu.practicehub.common;

import java.util.List;
import java.util.Optional;

/** A request broke one or more rules; nothing was changed. */
public class RuleViolationException extends RuntimeException {

    private final List<Violation> violations;

    public RuleViolationException(List<Violation> violations) {
        super(violations.size() + " rule(s) broken: " + violations);
        this.violations = List.copyOf(violations);
    }

    public RuleViolationException(Violation violation) {
        this(List.of(violation));
    }

    public List<Violation> violations() {
        return violations;
    }

    /**
     * The broken rules behind a failure, if any: the last check of stored text ({@link StoredTextCheck})
     * may refuse a record while its transaction commits, and then reaches the caller wrapped.
     */
    public static Optional<RuleViolationException> within(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof RuleViolationException broken) {
                return Optional.of(broken);
            }
        }
        return Optional.empty();
    }

    /** Throws when any violation was collected. */
    public static void throwIfAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new RuleViolationException(violations);
        }
    }
}
