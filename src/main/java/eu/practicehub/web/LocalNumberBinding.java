package eu.practicehub.web;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.text.ParseException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Every form reads and shows its numbers as the page's language writes them ({@link LocalNumbers}).
 * An editor rather than a formatter: when a formatter refuses a value, the data binder falls back to
 * its default number editor, which would read the Italian 12.5 as twelve and a half.
 */
@ControllerAdvice
class LocalNumberBinding {

    @InitBinder
    void numbersAsTheLanguageWritesThem(WebDataBinder binder) {
        binder.registerCustomEditor(BigDecimal.class, new Editor<>(LocalNumbers.decimals()));
        binder.registerCustomEditor(Integer.class, new Editor<>(LocalNumbers.integers()));
        binder.registerCustomEditor(Long.class, new Editor<>(LocalNumbers.longs()));
    }

    private static final class Editor<N extends Number> extends PropertyEditorSupport {

        private final LocalNumbers<N> numbers;

        Editor(LocalNumbers<N> numbers) {
            this.numbers = numbers;
        }

        @Override
        public void setAsText(String text) {
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            try {
                setValue(numbers.parse(text, LocaleContextHolder.getLocale()));
            } catch (ParseException e) {
                throw new IllegalArgumentException("Not a number as the page's language writes it: " + text, e);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public String getAsText() {
            return getValue() == null ? "" : numbers.print((N) getValue(), LocaleContextHolder.getLocale());
        }
    }
}
