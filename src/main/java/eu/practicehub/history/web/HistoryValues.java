package eu.practicehub.history.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** A value of a version as a person reads it ({@code @historyValues.text(change.newValue)} in templates). */
@Component("historyValues")
class HistoryValues {

    private final MessageSource messages;

    HistoryValues(MessageSource messages) {
        this.messages = messages;
    }

    public String text(Object value) {
        if (value == null) {
            return message("value.none");
        }
        if (value instanceof Enum<?> constant) {
            String code = "enum." + constant.getDeclaringClass().getSimpleName() + "." + constant.name();
            return messages.getMessage(code, null, constant.name(), LocaleContextHolder.getLocale());
        }
        if (value instanceof LocalDate date) {
            return date.format(DateTimeFormatter.ofPattern(message("format.day"), LocaleContextHolder.getLocale()));
        }
        if (value instanceof LocalTime time) {
            return time.format(DateTimeFormatter.ofPattern(message("format.time"), LocaleContextHolder.getLocale()));
        }
        if (value instanceof Boolean flag) {
            return message(flag ? "value.yes" : "value.no");
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Collection<?> names) {
            return names.stream().map(this::text).collect(Collectors.joining("; "));
        }
        return value.toString();
    }

    private String message(String code) {
        return messages.getMessage(code, null, LocaleContextHolder.getLocale());
    }
}
