package eu.practicehub.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Whole numbers in addresses, parameters and forms, pages and API alike, are plain decimal numbers:
 * {@code 0x10}, {@code #10} or {@code 010} read as anything but ten is no id. Spring would otherwise
 * fall back to a reading that takes hexadecimal and octal. A number that does not fit is refused too.
 */
@ControllerAdvice
class DecimalNumbers {

    private static final Pattern DECIMAL = Pattern.compile("-?[0-9]+");

    @InitBinder
    void decimalOnly(WebDataBinder binder) {
        binder.registerCustomEditor(long.class, new Decimal<>(Long::valueOf, false));
        binder.registerCustomEditor(Long.class, new Decimal<>(Long::valueOf, true));
        binder.registerCustomEditor(int.class, new Decimal<>(Integer::valueOf, false));
        binder.registerCustomEditor(Integer.class, new Decimal<>(Integer::valueOf, true));
    }

    private static final class Decimal<T extends Number> extends PropertyEditorSupport {

        private final Function<String, T> parse;
        private final boolean blankIsNull;

        Decimal(Function<String, T> parse, boolean blankIsNull) {
            this.parse = parse;
            this.blankIsNull = blankIsNull;
        }

        @Override
        public void setAsText(String text) {
            String trimmed = text == null ? "" : text.strip();
            if (trimmed.isEmpty() && blankIsNull) {
                setValue(null);
                return;
            }
            if (!DECIMAL.matcher(trimmed).matches()) {
                throw new IllegalArgumentException("not a decimal number");
            }
            setValue(parse.apply(trimmed));
        }

        @Override
        public String getAsText() {
            return getValue() == null ? "" : getValue().toString();
        }
    }
}
