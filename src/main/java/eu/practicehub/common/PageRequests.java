package eu.practicehub.common;

import java.util.List;
import java.util.Set;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The page a list request may ask for: at most {@code maxSize} records, sorted only by properties
 * meant for it; sorting by anything else is a bad request. A page so far beyond the last that its
 * first record would lie past the largest offset a database query takes is read as the furthest page
 * it can address, which is just as empty.
 */
public final class PageRequests {

    private PageRequests() {
    }

    /** The furthest page number a page's own {@code page} parameter may ask for. */
    public static final int MAX_PAGE_NUMBER = 100_000;

    /**
     * A page's {@code page} parameter as the page number (from 1) it asks for: 1 when missing or no
     * number, at most {@link #MAX_PAGE_NUMBER}, so that a page never fails on the number typed.
     */
    public static int pageNumber(String page) {
        try {
            int number = page == null ? 1 : Integer.parseInt(page.strip());
            return Math.min(Math.max(number, 1), MAX_PAGE_NUMBER);
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    public static Pageable checked(Pageable pageable, int maxSize, Set<String> sortable) {
        List<String> unknown = pageable.getSort().stream().map(Sort.Order::getProperty)
                .filter(property -> !sortable.contains(property)).toList();
        if (!unknown.isEmpty()) {
            String allowed = String.join(", ", sortable.stream().sorted().toList());
            throw new UnknownSortProperty(String.join(", ", unknown), allowed);
        }
        int size = Math.min(pageable.getPageSize(), maxSize);
        int furthest = Integer.MAX_VALUE / size - 1;
        if (size == pageable.getPageSize() && pageable.getPageNumber() <= furthest) {
            return pageable;
        }
        return PageRequest.of(Math.min(pageable.getPageNumber(), furthest), size, pageable.getSort());
    }

    /** A 400 whose detail the problem handler resolves from the message bundle. */
    static final class UnknownSortProperty extends ResponseStatusException {

        UnknownSortProperty(String unknown, String allowed) {
            super(HttpStatus.BAD_REQUEST, "cannot sort by " + unknown, null, "validation.sort.unknown",
                    new Object[] {unknown, allowed});
        }
    }
}
