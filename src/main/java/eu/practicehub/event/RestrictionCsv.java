package eu.practicehub.event;

import eu.practicehub.common.Checks;
import eu.practicehub.common.Text;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads restrictions from CSV text with the header {@code country,from,to,level,note,source}. Every
 * problem of form is reported at {@code lines[n].column}, n being the line of the text (the header is line 1).
 */
final class RestrictionCsv {

    static final List<String> COLUMNS = List.of("country", "from", "to", "level", "note", "source");
    static final int MAX_LINES = 5000;

    /** One line read: its number in the text and what it says. */
    record Line(int number, RestrictionSpec spec) {

        String path() {
            return path(number);
        }

        static String path(int number) {
            return "lines[" + number + "]";
        }
    }

    private final Checks checks;

    RestrictionCsv(Checks checks) {
        this.checks = checks;
    }

    List<Line> read(String text) {
        String csv = text == null ? "" : text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<Line> lines = new ArrayList<>();
        LineCounter counter = new LineCounter(csv);
        try (CSVParser parser = CSVFormat.DEFAULT.parse(new StringReader(csv))) {
            boolean header = true;
            for (CSVRecord record : parser) {
                int number = counter.lineAt(record.getCharacterPosition());
                if (header) {
                    header = false;
                    checkHeader(record, number);
                    if (checks.hasViolation(Line.path(number))) {
                        return List.of();
                    }
                } else if (lines.size() >= MAX_LINES) {
                    checks.check(false, Line.path(number), "restriction.csv.tooLong", MAX_LINES);
                    return lines;
                } else {
                    line(record, number).ifPresent(lines::add);
                }
            }
            checks.check(!header, Line.path(1), "restriction.csv.header", String.join(",", COLUMNS));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // The parser stops at the record it cannot read, the one after the last it read.
            checks.check(false, Line.path(counter.line() + 1), "restriction.csv.malformed");
        }
        return lines;
    }

    private void checkHeader(CSVRecord record, int number) {
        List<String> names = record.stream().map(n -> n.strip().toLowerCase(Locale.ROOT)).toList();
        checks.check(names.equals(COLUMNS), Line.path(number), "restriction.csv.header", String.join(",", COLUMNS));
    }

    private java.util.Optional<Line> line(CSVRecord record, int number) {
        String path = Line.path(number);
        if (record.size() != COLUMNS.size()) {
            checks.check(false, path, "restriction.csv.columns", record.size(), COLUMNS.size());
            return java.util.Optional.empty();
        }
        String[] values = record.values();
        for (int i = 0; i < values.length; i++) {
            checks.check(Text.isClean(values[i]), path + "." + COLUMNS.get(i), "restriction.csv.controlCharacter");
        }
        RestrictionSpec spec = new RestrictionSpec(values[0].strip(), date(path + ".from", values[1]),
                date(path + ".to", values[2]), level(path + ".level", values[3]), values[4].strip(), values[5].strip());
        return java.util.Optional.of(new Line(number, spec));
    }

    private LocalDate date(String path, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            checks.check(false, path, "restriction.csv.date", value.strip());
            return null;
        }
    }

    private RestrictionLevel level(String path, String value) {
        if (value.isBlank()) {
            return null;
        }
        try {
            return RestrictionLevel.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            checks.check(false, path, "restriction.csv.level", value.strip(),
                    String.join(", ", Arrays.stream(RestrictionLevel.values()).map(Enum::name).toList()));
            return null;
        }
    }

    /** The line numbers (from 1) of positions in the text, asked in increasing order. */
    private static final class LineCounter {

        private final String text;
        private int position;
        private int line = 1;
        private int lastAsked;

        LineCounter(String text) {
            this.text = text;
        }

        /** The line of the record at {@code target}; the parser counts empty lines it skipped into the next record. */
        int lineAt(long target) {
            int end = (int) Math.min(target, text.length());
            while (end < text.length() && (text.charAt(end) == '\r' || text.charAt(end) == '\n')) {
                end++;
            }
            for (; position < end; position++) {
                if (text.charAt(position) == '\n') {
                    line++;
                }
            }
            lastAsked = line;
            return line;
        }

        int line() {
            return lastAsked;
        }
    }
}
