package eu.practicehub.common;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/** Collects the violations of one record so that a request hears of all its problems at once. */
public final class Checks {

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2200, 12, 31);

    private final List<Violation> found = new ArrayList<>();

    public Checks required(String field, Object value) {
        boolean missing = value == null || (value instanceof String s && s.isBlank());
        return check(!missing, field, "validation.required");
    }

    /** A text of at most {@code maxLength} characters, without control characters (see {@link Text#isClean}). */
    public Checks text(String field, String value, int maxLength, boolean required) {
        if (required) {
            required(field, value);
        }
        check(Text.isClean(value), field, "validation.controlCharacter");
        return check(value == null || value.length() <= maxLength, field, "validation.tooLong", maxLength);
    }

    /** A date within the years a cooperation project can span (1900 to 2200). */
    public Checks date(String field, LocalDate value, boolean required) {
        if (required) {
            required(field, value);
        }
        return check(value == null || (!value.isBefore(EARLIEST) && !value.isAfter(LATEST)), field,
                "validation.dateRange", EARLIEST.getYear(), LATEST.getYear());
    }

    public Checks webAddress(String field, String value) {
        return check(value == null || value.isBlank() || isWebAddress(value), field, "validation.webAddress");
    }

    public Checks email(String field, String value) {
        return check(value == null || value.isBlank() || EMAIL.matcher(value).matches(), field, "validation.email");
    }

    /** The instant a text gives (ISO 8601, such as 2021-07-17T09:30:00Z); none when it is blank or no instant (then a violation). */
    public Instant instant(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            check(false, field, "import.instant.format", value);
            return null;
        }
    }

    /** The constant a text names; none when it is blank or names none of them (then a violation listing them). */
    public <E extends Enum<E>> E constant(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            check(false, field, "import.constant.unknown", value,
                    String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
            return null;
        }
    }

    public Checks check(boolean ok, String field, String code, Object... args) {
        if (!ok) {
            found.add(Violation.of(field, code, args));
        }
        return this;
    }

    public Checks addAll(Collection<Violation> violations) {
        found.addAll(violations);
        return this;
    }

    public boolean hasViolation(String field) {
        return found.stream().anyMatch(v -> v.field().equals(field));
    }

    public List<Violation> violations() {
        return List.copyOf(found);
    }

    public void throwIfAny() {
        RuleViolationException.throwIfAny(found);
    }

    private static boolean isWebAddress(String value) {
        try {
            URI uri = new URI(value);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
