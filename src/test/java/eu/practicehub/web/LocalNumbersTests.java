package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.text.ParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LocalNumbersTests {

    private static final Locale ITALIAN = Locale.forLanguageTag("it");

    private static final Locale SWEDISH = Locale.forLanguageTag("sv");

    private static final Locale HUNGARIAN = Locale.forLanguageTag("hu");

    private final LocalNumbers<BigDecimal> decimals = LocalNumbers.decimals();

    @Test
    void eachLanguageWritesItsOwnSeparators() throws ParseException {
        assertThat(decimals.parse("12.345,50", ITALIAN)).isEqualByComparingTo("12345.50");
        assertThat(decimals.parse("12,345.50", Locale.ENGLISH)).isEqualByComparingTo("12345.50");
        assertThat(decimals.parse("12 345,50", SWEDISH)).isEqualByComparingTo("12345.50");
        assertThat(decimals.parse("12\u00a0345,50", HUNGARIAN)).isEqualByComparingTo("12345.50");
        assertThat(decimals.parse("1\u202f234\u202f567,5", Locale.forLanguageTag("et"))).isEqualByComparingTo("1234567.5");
        assertThat(decimals.parse(" 12345,5 ", ITALIAN)).isEqualByComparingTo("12345.5");
        assertThat(decimals.parse("-3,25", ITALIAN)).isEqualByComparingTo("-3.25");
    }

    @Test
    void aSeparatorOutOfPlaceIsRefusedNotMisread() {
        assertThatThrownBy(() -> decimals.parse("12.5", ITALIAN)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> decimals.parse("12,5", Locale.ENGLISH)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> decimals.parse("1,2,3", ITALIAN)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> decimals.parse("12 34,5", SWEDISH)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> decimals.parse("many", Locale.ENGLISH)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> LocalNumbers.integers().parse("3,5", ITALIAN)).isInstanceOf(ParseException.class);
        assertThatThrownBy(() -> LocalNumbers.integers().parse("99999999999", Locale.ENGLISH)).isInstanceOf(ParseException.class);
    }

    @Test
    void aFormShowsANumberSoThatItReadsBackTheSame() throws ParseException {
        BigDecimal cost = new BigDecimal("250000.00");
        assertThat(decimals.print(cost, ITALIAN)).isEqualTo("250000,00");
        assertThat(decimals.print(cost, Locale.ENGLISH)).isEqualTo("250000.00");
        assertThat(decimals.parse(decimals.print(cost, HUNGARIAN), HUNGARIAN)).isEqualByComparingTo(cost);
        assertThat(LocalNumbers.integers().parse("1.200", ITALIAN)).isEqualTo(1200);
        assertThat(LocalNumbers.longs().print(1200L, ITALIAN)).isEqualTo("1200");
    }
}
