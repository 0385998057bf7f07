package eu.practicehub.programme.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.springframework.data.domain.Page;

/**
 * The links of a pager that does not list every page: first, previous, the current page with up to
 * {@value #AROUND} pages either side, next and last; a link is null where it would lead nowhere.
 */
public record Pager(int number, int totalPages, String first, String previous, List<PageLink> window, boolean gapBefore,
        boolean gapAfter, String next, String last) {

    static final int AROUND = 2;

    /** {@code href} gives the address of a page by its number from 1. */
    static Pager of(Page<?> page, IntFunction<String> href) {
        int number = page.getNumber() + 1;
        int total = Math.max(page.getTotalPages(), 1);
        int from = Math.max(1, number - AROUND);
        int to = Math.min(total, number + AROUND);
        List<PageLink> window = new ArrayList<>();
        for (int n = from; n <= to; n++) {
            window.add(new PageLink(n, href.apply(n), n == number));
        }
        boolean notFirst = number > 1;
        boolean notLast = number < total;
        return new Pager(number, total, notFirst ? href.apply(1) : null, notFirst ? href.apply(number - 1) : null,
                List.copyOf(window), from > 1, to < total, notLast ? href.apply(number + 1) : null,
                notLast ? href.apply(total) : null);
    }

    /** Whether there is more than one page, so that a pager is shown. */
    public boolean shown() {
        return totalPages > 1;
    }

    public record PageLink(int number, String href, boolean current) {
    }
}
