package eu.practicehub.common;

import java.util.List;

/** Helpers for the ordered collections of entities. */
public final class Lists {

    private Lists() {
    }

    /**
     * Makes {@code target} hold what {@code source} holds, touching it only when they differ, so
     * that saving unchanged data leaves a record's collections and its version as they were.
     */
    public static <T> void replace(List<T> target, List<? extends T> source) {
        if (!target.equals(source)) {
            target.clear();
            target.addAll(source);
        }
    }
}
