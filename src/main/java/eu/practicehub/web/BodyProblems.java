package eu.practicehub.web;

import eu.practicehub.common.Text;
import eu.practicehub.web.Utf8CheckingInputStream.MalformedBody;
import eu.practicehub.common.KnownDate;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The API's words for a body it could not read: bytes that are not UTF-8, JSON that breaks off or
 * repeats a key, a value of the wrong kind for its field. The parser's own messages name its
 * internals (features, classes) and are never repeated.
 */
final class BodyProblems {

    private final MessageSource messages;

    BodyProblems(MessageSource messages) {
        this.messages = messages;
    }

    /** What is wrong with a body that could not be read, naming the field where one is to blame. */
    String describe(HttpMessageNotReadableException e, Locale locale) {
        MalformedBody malformed = Causes.of(e, MalformedBody.class);
        if (malformed != null) {
            return text("api.problem.body.encoding", locale, malformed.offset());
        }
        JacksonException cause = Causes.of(e, JacksonException.class);
        if (cause == null) {
            boolean missing = e.getMessage() != null && e.getMessage().startsWith("Required request body is missing");
            return text(missing ? "api.problem.body.missing" : "api.problem.body.unreadable", locale);
        }
        String field = fieldPath(cause);
        if (cause instanceof ControlCharacterGuard.ControlCharacterInText && !field.isEmpty()) {
            return text("api.problem.body.controlCharacter", locale, field);
        }
        if (cause instanceof InvalidFormatException invalid && !field.isEmpty()) {
            return text("api.problem.body.value", locale, field, Text.shown(String.valueOf(invalid.getValue())),
                    expected(invalid.getTargetType(), locale));
        }
        if (cause instanceof MismatchedInputException && cause.getOriginalMessage() != null
                && cause.getOriginalMessage().startsWith("Trailing token")) {
            return text("api.problem.body.trailing", locale);
        }
        if (cause instanceof MismatchedInputException mismatch) {
            String expected = expected(mismatch.getTargetType(), locale);
            return field.isEmpty() ? text("api.problem.body.root", locale, expected)
                    : text("api.problem.body.type", locale, field, expected);
        }
        if (cause instanceof StreamReadException || cause instanceof StreamConstraintsException) {
            return syntaxProblem(cause, field, locale);
        }
        return text("api.problem.body.unreadable", locale);
    }

    /** Where the JSON breaks and, in our words, how. */
    private String syntaxProblem(JacksonException cause, String field, Locale locale) {
        TokenStreamLocation at = cause.getLocation();
        String line = at == null ? "?" : String.valueOf(at.getLineNr());
        String column = at == null ? "?" : String.valueOf(at.getColumnNr());
        if (cause instanceof InputCoercionException) {
            return field.isEmpty() ? text("api.problem.body.range", locale, line, column)
                    : text("api.problem.body.fieldRange", locale, field);
        }
        if (cause instanceof StreamReadException read && read.processor() != null && cause.getOriginalMessage() != null
                && cause.getOriginalMessage().startsWith("Duplicate")) {
            return text("api.problem.body.duplicate", locale, Text.shown(read.processor().currentName()));
        }
        String code = cause instanceof UnexpectedEndOfInputException ? "api.problem.body.incomplete"
                : cause instanceof StreamConstraintsException ? "api.problem.body.limits"
                : "api.problem.body.syntax";
        return text(code, locale, line, column);
    }

    /** The JSON path of the value that failed, e.g. {@code practices[1]} or {@code type}. */
    private static String fieldPath(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** The kind of value a field or parameter of this type takes, in words. */
    String expected(Class<?> type, Locale locale) {
        if (type == null) {
            return text("api.expected.object", locale);
        }
        if (type.isEnum()) {
            String constants = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                    .collect(Collectors.joining(", "));
            return text("api.expected.oneOf", locale, constants);
        }
        String code = switch (type.getSimpleName()) {
            case "int", "long", "short", "Integer", "Long", "Short", "BigInteger" -> "api.expected.number";
            case "double", "float", "Double", "Float", "BigDecimal" -> "api.expected.decimal";
            case "boolean", "Boolean" -> "api.expected.boolean";
            case "String", "char", "Character" -> "api.expected.text";
            default -> Collection.class.isAssignableFrom(type) || type.isArray() ? "api.expected.list"
                    : type == Instant.class ? "api.expected.instant"
                    : type == KnownDate.class ? "api.expected.date"
                    : Temporal.class.isAssignableFrom(type) ? "api.expected.date" : "api.expected.object";
        };
        return text(code, locale);
    }

    private String text(String code, Locale locale, Object... args) {
        return messages.getMessage(code, args, code, locale);
    }
}
