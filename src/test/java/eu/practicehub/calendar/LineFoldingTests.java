package eu.practicehub.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class LineFoldingTests {

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() {
        String line = "DESCRIPTION:" + "Nyíregyháza, Gävle – 🙂 ".repeat(12);

        String folded = LineFolding.fold(line + "\r\nUID:1\r\n");

        assertThat(folded).endsWith("\r\nUID:1\r\n");
        assertThat(Arrays.stream(folded.split("\r\n")).mapToInt(l -> l.getBytes(StandardCharsets.UTF_8).length).max())
                .hasValue(LineFolding.MAX_OCTETS);
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\nUID:1\r\n");
    }

    @Test
    void shortLinesStayAsTheyAre() {
        assertThat(LineFolding.fold("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n")).isEqualTo("BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n");
    }
}
