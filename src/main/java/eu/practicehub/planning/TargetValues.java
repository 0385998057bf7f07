package eu.practicehub.planning;

import eu.practicehub.common.Violation;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads targets as a form or a client sends them, by measure name: a whole number (a text of one
 * from a form) is a target, an empty value none. Every value that is no whole number, too large or
 * negative, and every name that is no measure, becomes a problem under {@code prefix + name}.
 */
public final class TargetValues {

    private TargetValues() {
    }

    /** The targets read and the problems found; the targets hold only the values that could be read. */
    public record Read(Map<Measure, Integer> targets, List<Violation> problems) {
    }

    public static Read read(Map<String, ?> values, String prefix) {
        Map<Measure, Integer> targets = new EnumMap<>(Measure.class);
        List<Violation> problems = new ArrayList<>();
        if (values == null) {
            return new Read(targets, problems);
        }
        values.forEach((name, value) -> {
            String field = prefix + name;
            Measure measure = measure(name);
            if (measure == null) {
                problems.add(Violation.of(field, "targets.measure.unknown", name));
                return;
            }
            BigInteger number;
            if (value == null || value instanceof String text && text.isBlank()) {
                return;
            } else if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
                number = new BigInteger(value.toString());
            } else if (value instanceof String text && text.strip().matches("[+-]?\\d{1,30}")) {
                number = new BigInteger(text.strip());
            } else {
                problems.add(Violation.of(field, "targets.target.notANumber", String.valueOf(value)));
                return;
            }
            if (number.signum() < 0) {
                problems.add(Violation.of(field, "targets.target.negative", number));
            } else if (number.compareTo(BigInteger.valueOf(PlanningService.MAX_TARGET)) > 0) {
                problems.add(Violation.of(field, "targets.target.tooLarge", number, PlanningService.MAX_TARGET));
            } else {
                targets.put(measure, number.intValueExact());
            }
        });
        return new Read(targets, problems);
    }

    private static Measure measure(String name) {
        for (Measure measure : Measure.values()) {
            if (measure.name().equals(name)) {
                return measure;
            }
        }
        return null;
    }
}
