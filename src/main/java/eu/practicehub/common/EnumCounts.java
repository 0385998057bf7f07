package eu.practicehub.common;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** Grouped counts by an enum, as pages and answers show them: every value present, in declaration order. */
public final class EnumCounts {

    private EnumCounts() {
    }

    /** The rows of a grouped count by value, and 0 for each value no row names. */
    public static <E extends Enum<E>, R> Map<E, Long> of(Class<E> type, Collection<R> rows, Function<R, E> value,
            ToLongFunction<R> count) {
        Map<E, Long> counts = new EnumMap<>(type);
        for (E each : type.getEnumConstants()) {
            counts.put(each, 0L);
        }
        // A row of records whose value is not known (null) is counted under no value.
        rows.stream().filter(row -> value.apply(row) != null)
                .forEach(row -> counts.put(value.apply(row), count.applyAsLong(row)));
        return counts;
    }
}
