package eu.practicehub.search;

import eu.practicehub.practice.PracticeStatus;
import eu.practicehub.project.OrganisationType;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reads a search of the good-practice database from request parameters: {@code q}, each facet's
 * parameter (repeatable), {@code sort} ({@code relevance} or {@code date}), {@code page} and
 * {@code size}. Strictly for the API (a value not understood is a 400 naming it); leniently for pages
 * (it is left out).
 */
public final class SearchParameters {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    /** How deep the results may be paged, as search engines allow. */
    public static final int MAX_RESULT = 10_000;

    private SearchParameters() {
    }

    /** For the API: pages from 0. */
    public static PracticeQuery strict(Map<String, List<String>> parameters) {
        return read(parameters, true, 0);
    }

    /** For pages: pages from 1, as the page links count them. */
    public static PracticeQuery lenient(Map<String, List<String>> parameters) {
        return read(parameters, false, 1);
    }

    private static PracticeQuery read(Map<String, List<String>> parameters, boolean strict, int firstPage) {
        Map<Facet, Set<String>> filters = new EnumMap<>(Facet.class);
        for (Facet facet : Facet.values()) {
            Set<String> values = new LinkedHashSet<>();
            for (String value : parameters.getOrDefault(facet.parameter(), List.of())) {
                String stripped = value == null ? "" : value.strip();
                if (stripped.isEmpty()) {
                    continue;
                }
                if (facet == Facet.STATUS || facet == Facet.OWNER_TYPE) {
                    Class<? extends Enum<?>> type = facet == Facet.STATUS ? PracticeStatus.class : OrganisationType.class;
                    String name = stripped.toUpperCase(Locale.ROOT);
                    if (Arrays.stream(type.getEnumConstants()).noneMatch(c -> c.name().equals(name))) {
                        if (strict) {
                            throw bad(facet.parameter(), stripped, "search.parameter.value",
                                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList().toString());
                        }
                        continue;
                    }
                    stripped = name;
                } else if (facet == Facet.COUNTRY) {
                    stripped = stripped.toUpperCase(Locale.ROOT);
                }
                values.add(stripped);
            }
            filters.put(facet, values);
        }
        String sort = first(parameters, "sort");
        PracticeQuery.Order order = PracticeQuery.Order.RELEVANCE;
        if (sort != null && !sort.isBlank()) {
            try {
                order = PracticeQuery.Order.valueOf(sort.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                if (strict) {
                    throw bad("sort", sort, "search.parameter.value", "[relevance, date]");
                }
            }
        }
        int size = number(parameters, "size", DEFAULT_SIZE, 1, strict);
        size = Math.min(size, MAX_SIZE);
        int page = number(parameters, "page", firstPage, firstPage, strict) - firstPage;
        if (((long) page + 1) * size > MAX_RESULT) {
            if (strict) {
                throw bad("page", Integer.toString(page), "search.parameter.tooDeep", Integer.toString(MAX_RESULT));
            }
            page = MAX_RESULT / size - 1;
        }
        return new PracticeQuery(first(parameters, "q"), filters, order, page, size);
    }

    private static int number(Map<String, List<String>> parameters, String name, int fallback, int least, boolean strict) {
        String value = first(parameters, name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number >= least) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        if (strict) {
            throw bad(name, value, "search.parameter.number", Integer.toString(least));
        }
        return fallback;
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    private static ResponseStatusException bad(String parameter, String value, String code, String allowed) {
        return new BadSearchParameter(parameter, value, code, allowed);
    }

    /** A 400 whose detail the API's problem handler reads from the message bundle. */
    static final class BadSearchParameter extends ResponseStatusException {

        BadSearchParameter(String parameter, String value, String code, String allowed) {
            super(HttpStatus.BAD_REQUEST, "bad search parameter " + parameter, null, code,
                    new Object[] {parameter, value, allowed});
        }
    }
}
