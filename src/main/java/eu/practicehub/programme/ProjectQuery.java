package eu.practicehub.programme;

import eu.practicehub.common.Violation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a reader asks of the list of projects: the filters (a programme's slug, a partner's country code,
 * a theme's name, a status, words of the name or key; each null when not asked) and the page (from 1)
 * of {@code size} projects.
 */
public record ProjectQuery(String programme, String country, String theme, ProjectStatus status, String text,
        int page, int size) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    private static final int MAX_TEXT = 200;
    private static final Pattern COUNTRY = Pattern.compile("^[A-Za-z]{2}$");
    private static final Pattern NUMBER = Pattern.compile("^\\d{1,9}$");

    /** The first page of every project. */
    public static ProjectQuery all() {
        return new ProjectQuery(null, null, null, null, null, 1, DEFAULT_SIZE);
    }

    /**
     * Reads the request's parameters as given (any may be null); a value that cannot be read is a
     * {@link BadProjectQuery} naming each parameter and what it takes.
     */
    public static ProjectQuery of(String programme, String country, String theme, String status, String text,
            String page, String size) {
        List<Violation> problems = new ArrayList<>();
        String countryCode = clean(country);
        if (countryCode != null && !COUNTRY.matcher(countryCode).matches()) {
            problems.add(Violation.of("country", "programmeHome.problem.country", countryCode));
        }
        String words = clean(text);
        if (words != null && words.length() > MAX_TEXT) {
            problems.add(Violation.of("q", "programmeHome.problem.text", MAX_TEXT));
        }
        ProjectStatus chosen = status(clean(status), problems);
        int pageNumber = number(clean(page), 1, "page", "programmeHome.problem.page", Integer.MAX_VALUE, problems);
        int pageSize = number(clean(size), DEFAULT_SIZE, "size", "programmeHome.problem.size", MAX_SIZE, problems);
        if (!problems.isEmpty()) {
            throw new BadProjectQuery(problems);
        }
        return new ProjectQuery(clean(programme), countryCode == null ? null : countryCode.toUpperCase(Locale.ROOT),
                clean(theme), chosen, words, pageNumber, pageSize);
    }

    private static ProjectStatus status(String status, List<Violation> problems) {
        if (status == null) {
            return null;
        }
        return Arrays.stream(ProjectStatus.values()).filter(s -> s.name().equalsIgnoreCase(status.replace('-', '_')))
                .findFirst().orElseGet(() -> {
                    problems.add(Violation.of("status", "programmeHome.problem.status", status,
                            String.join(", ", Arrays.stream(ProjectStatus.values()).map(Enum::name).toList())));
                    return null;
                });
    }

    private static int number(String value, int absent, String field, String code, int max, List<Violation> problems) {
        if (value == null) {
            return absent;
        }
        if (!NUMBER.matcher(value).matches() || Integer.parseInt(value) < 1 || Integer.parseInt(value) > max) {
            problems.add(Violation.of(field, code, value, max));
            return absent;
        }
        return Integer.parseInt(value);
    }

    private static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Whether a filter is chosen. */
    public boolean filtered() {
        return programme != null || country != null || theme != null || status != null || text != null;
    }

    /** The same filters on another page. */
    public ProjectQuery onPage(int number) {
        return new ProjectQuery(programme, country, theme, status, text, number, size);
    }

    /** The same query with one filter changed ({@code value} null to leave it out), from the first page. */
    public ProjectQuery with(String parameter, String value) {
        return new ProjectQuery("programme".equals(parameter) ? value : programme,
                "country".equals(parameter) ? value : country, "theme".equals(parameter) ? value : theme,
                "status".equals(parameter) ? (value == null ? null : ProjectStatus.valueOf(value)) : status,
                "q".equals(parameter) ? value : text, 1, size);
    }

    /** The request parameters that ask for this query, those left at their default left out. */
    public Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "programme", programme);
        put(parameters, "country", country);
        put(parameters, "theme", theme);
        put(parameters, "status", status == null ? null : status.name());
        put(parameters, "q", text);
        put(parameters, "page", page == 1 ? null : String.valueOf(page));
        put(parameters, "size", size == DEFAULT_SIZE ? null : String.valueOf(size));
        return parameters;
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }
}
