package eu.practicehub.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * One broken rule: the field it concerns (a property path such as {@code events[2].host}, or
 * empty for the whole record), a message code from the bundle and the arguments of that message.
 */
public record Violation(String field, String code, List<Object> args) {

    /** Arguments may be null (a value that was not given), so that naming it never fails. */
    public Violation {
        args = Collections.unmodifiableList(new ArrayList<>(args));
    }

    public static Violation of(String field, String code, Object... args) {
        return new Violation(field, code, Arrays.asList(args));
    }

    public Violation under(String prefix) {
        String path = field.isEmpty() ? prefix : prefix + "." + field;
        return new Violation(path, code, args);
    }
}
