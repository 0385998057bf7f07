package eu.practicehub.planning;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * The targets of one semester, or of the whole project when {@code semester} is 0, with the version
 * an edit must be based on (0 while none were ever stored). A measure that is not in the map has no target.
 */
public record Targets(int semester, long version, Map<Measure, Integer> targets) {

    public static final int WHOLE_PROJECT = TargetPlan.WHOLE_PROJECT;

    public Targets {
        Map<Measure, Integer> copy = new EnumMap<>(Measure.class);
        if (targets != null) {
            copy.putAll(targets);
        }
        targets = Collections.unmodifiableMap(copy);
    }

    public boolean isWholeProject() {
        return semester == WHOLE_PROJECT;
    }

    /** The target of a measure, or null when none is set. */
    public Integer target(Measure measure) {
        return targets.get(measure);
    }
}
