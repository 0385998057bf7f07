package eu.practicehub.common;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * While a whole project document is imported in one transaction, the project's records by natural key
 * (partners by short name, practices by title, events by title and start…) are kept in memory: each
 * module loads its index of a project once, with one query, on first use, and adds the records it
 * creates, so that a record named a thousand times in the document is found a thousand times without a
 * query (and without the flush that a query inside the transaction would cause). Outside an import,
 * {@link #index} is empty and the modules query as usual. An index lives on the importing thread and
 * ends with the import, committed or rolled back.
 */
public final class ImportScope {

    private static final ThreadLocal<Map<List<Object>, Map<?, ?>>> CURRENT = new ThreadLocal<>();

    private ImportScope() {
    }

    /** Runs the work with an import scope of its own (or in the one already open). */
    public static <T> T run(Supplier<T> work) {
        if (CURRENT.get() != null) {
            return work.get();
        }
        CURRENT.set(new HashMap<>());
        try {
            return work.get();
        } finally {
            CURRENT.remove();
        }
    }

    public static boolean active() {
        return CURRENT.get() != null;
    }

    /**
     * The project's index of this name while an import runs, {@code load}ed on first use; the caller
     * keeps it up to date with what it writes. Empty when no import runs.
     */
    @SuppressWarnings("unchecked")
    public static <K, V> Optional<Map<K, V>> index(String name, long projectId, Supplier<Map<K, V>> load) {
        Map<List<Object>, Map<?, ?>> indexes = CURRENT.get();
        if (indexes == null) {
            return Optional.empty();
        }
        return Optional.of((Map<K, V>) indexes.computeIfAbsent(List.of(name, projectId), key -> new HashMap<>(load.get())));
    }

    /** Forgets the project's index of this name, e.g. after records were removed; it is loaded again when next used. */
    public static void forget(String name, long projectId) {
        Map<List<Object>, Map<?, ?>> indexes = CURRENT.get();
        if (indexes != null) {
            indexes.remove(List.of(name, projectId));
        }
    }
}
