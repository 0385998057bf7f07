package eu.practicehub.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The label of an enum value ({@code @labels.of(event.type)} in templates), from {@code enum.Type.VALUE}. */
@Component("labels")
public class EnumLabels {

    private final MessageSource messages;

    EnumLabels(MessageSource messages) {
        this.messages = messages;
    }

    /** The label of an enum constant; any other value as text. */
    public String of(Object value) {
        if (value instanceof Enum<?> constant) {
            return of(constant.getDeclaringClass().getSimpleName(), constant.name());
        }
        return value == null ? "" : value.toString();
    }

    /** The label of a value held by name, e.g. {@code of("EventType", "STUDY_VISIT")}. */
    public String of(String type, String name) {
        String code = "enum." + type + "." + name;
        return messages.getMessage(code, null, "??" + code + "??", LocaleContextHolder.getLocale());
    }
}
