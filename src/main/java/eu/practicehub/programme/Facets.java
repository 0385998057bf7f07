package eu.practicehub.programme;

import java.util.List;

/**
 * The counts of each filter's values, most projects first; the themes are the {@value ProjectDirectory#THEMES}
 * most frequent (and the one chosen, if any).
 */
public record Facets(List<FacetValue> programme, List<FacetValue> country, List<FacetValue> theme,
        List<FacetValue> status) {
}
