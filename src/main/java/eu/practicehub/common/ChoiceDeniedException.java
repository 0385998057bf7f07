package eu.practicehub.common;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;

/**
 * A write refused because the person chose a partner whose records they may not change (an event's
 * host, a practice's owner, a transfer's importer). The API answers it as any refusal (403); a page
 * shows the form again with the input kept and every problem found, this one next to its field
 * (see {@link PageWrites}). Nothing was changed.
 */
public class ChoiceDeniedException extends AccessDeniedException {

    private final List<Violation> violations;

    public ChoiceDeniedException(List<Violation> violations) {
        super("Not allowed for this account: " + violations);
        this.violations = List.copyOf(violations);
    }

    /** The refused choice and every other problem of the same input. */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * Throws this refusal when {@code refusedChoice} is present, with it and the {@code others}; else the
     * broken rules among {@code others}, if any.
     */
    public static void throwIfAny(Optional<Violation> refusedChoice, List<Violation> others) {
        if (refusedChoice.isPresent()) {
            List<Violation> all = new ArrayList<>(others);
            all.add(refusedChoice.get());
            throw new ChoiceDeniedException(all);
        }
        RuleViolationException.throwIfAny(others);
    }
}
