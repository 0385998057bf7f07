package eu.practicehub.web;

import java.math.BigDecimal;
import java.text.DecimalFormatSymbols;
import java.text.ParseException;
import java.util.Locale;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Numbers typed into a form the way the page's language writes them: English groups thousands with
 * commas and writes a decimal point, Italian groups with points and writes a decimal comma, Swedish,
 * Estonian and Hungarian group with spaces and write a decimal comma (see README, Languages); digits
 * alone are read in every language. Separators must stand where they belong, so that 12.5 on an
 * Italian page is refused instead of being read as 125. A form shows numbers back without grouping
 * and with the language's decimal separator, so that they read back the same.
 */
final class LocalNumbers<N extends Number> {

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00a0\\u2007\\u202f]");

    private final Function<BigDecimal, N> exact;

    private final boolean fractions;

    private LocalNumbers(Function<BigDecimal, N> exact, boolean fractions) {
        this.exact = exact;
        this.fractions = fractions;
    }

    static LocalNumbers<BigDecimal> decimals() {
        return new LocalNumbers<>(Function.identity(), true);
    }

    static LocalNumbers<Integer> integers() {
        return new LocalNumbers<>(BigDecimal::intValueExact, false);
    }

    static LocalNumbers<Long> longs() {
        return new LocalNumbers<>(BigDecimal::longValueExact, false);
    }

    N parse(String text, Locale locale) throws ParseException {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(locale);
        char decimal = symbols.getDecimalSeparator();
        char grouping = symbols.getGroupingSeparator();
        boolean spaceGroups = Character.isSpaceChar(grouping) || Character.isWhitespace(grouping);
        String value = text.strip();
        if (spaceGroups) {
            value = WHITESPACE.matcher(value).replaceAll(" ");
        }
        String sign = "";
        if (value.startsWith("-") || value.startsWith("\u2212")) {
            sign = "-";
            value = value.substring(1);
        }
        int point = value.indexOf(decimal);
        String whole = point < 0 ? value : value.substring(0, point);
        String fraction = point < 0 ? "" : value.substring(point + 1);
        String group = spaceGroups ? " " : Pattern.quote(String.valueOf(grouping));
        boolean wellFormed = !whole.isEmpty()
                && (whole.matches("\\d+") || whole.matches("\\d{1,3}(" + group + "\\d{3})+"))
                && (point < 0 || (fractions && fraction.matches("\\d+")));
        if (!wellFormed) {
            throw new ParseException(text, 0);
        }
        String plain = sign + whole.replaceAll("\\D", "") + (fraction.isEmpty() ? "" : "." + fraction);
        try {
            return exact.apply(new BigDecimal(plain));
        } catch (ArithmeticException tooLarge) {
            throw new ParseException(text, 0);
        }
    }

    String print(N number, Locale locale) {
        String plain = number instanceof BigDecimal decimal ? decimal.toPlainString() : number.toString();
        return plain.replace('.', DecimalFormatSymbols.getInstance(locale).getDecimalSeparator());
    }
}
