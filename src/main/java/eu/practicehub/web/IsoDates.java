package eu.practicehub.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Dates and instants in JSON are ISO 8601 text and nothing else: {@code "2021-07-17"} for a date,
 * {@code "2021-09-01T08:00:00Z"} for an instant. A number (epoch days or seconds), a list of numbers,
 * empty text or a date with a time of day is refused with a problem naming the field, where Jackson
 * would read each of them as some date.
 */
final class IsoDates {

    private IsoDates() {
    }

    static SimpleModule module() {
        return new SimpleModule("iso-dates")
                .addDeserializer(LocalDate.class, new Iso<>(LocalDate.class, LocalDate::parse))
                .addDeserializer(Instant.class, new Iso<>(Instant.class, Instant::parse));
    }

    private static final class Iso<T> extends StdDeserializer<T> {

        private final transient Function<String, T> parse;

        Iso(Class<T> type, Function<String, T> parse) {
            super(type);
            this.parse = parse;
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            String text = parser.getString();
            try {
                return parse.apply(text);
            } catch (DateTimeParseException e) {
                return (T) context.handleWeirdStringValue(handledType(), text, "not an ISO 8601 value");
            }
        }
    }
}
