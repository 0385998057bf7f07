package eu.practicehub.search;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A search of the good-practice database: the text, the facet values to filter by (several values
 * of one facet are alternatives, facets together all apply), the order and the page (from 0).
 */
public record PracticeQuery(String text, Map<Facet, Set<String>> filters, Order order, int page, int size) {

    public enum Order {
        RELEVANCE, DATE
    }

    public PracticeQuery {
        EnumMap<Facet, Set<String>> copy = new EnumMap<>(Facet.class);
        filters.forEach((facet, values) -> {
            if (!values.isEmpty()) {
                copy.put(facet, Set.copyOf(values));
            }
        });
        filters = copy;
    }

    public Set<String> values(Facet facet) {
        return filters.getOrDefault(facet, Set.of());
    }

    public long offset() {
        return (long) page * size;
    }
}
