package eu.practicehub.search;

import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

/** A page of practices found, how many there are in all, and the count of each facet value. */
public record PracticeResults(List<PracticeHit> hits, long total, int page, int size,
        Map<Facet, List<FacetCount>> facets, boolean rebuilding) {

    /** A facet value, how many practices found have it, and whether the search filters by it. */
    public record FacetCount(String value, String label, long count, boolean selected) {
    }

    public Page<PracticeHit> asPage() {
        return new PageImpl<>(hits, PageRequest.of(page, size), total);
    }

    public int totalPages() {
        return size == 0 ? 0 : (int) Math.min(Integer.MAX_VALUE, (total + size - 1) / size);
    }
}
