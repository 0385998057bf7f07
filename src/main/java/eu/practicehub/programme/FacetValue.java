package eu.practicehub.programme;

/**
 * One value of a filter with the number of projects it would list, the other filters applied:
 * {@code value} is what the filter's parameter takes, {@code label} what a reader sees.
 */
public record FacetValue(String value, String label, long count) {
}
