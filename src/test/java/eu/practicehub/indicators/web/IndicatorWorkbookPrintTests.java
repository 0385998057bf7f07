package eu.practicehub.indicators.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.LibreOffice;
import eu.practicehub.event.DatePrecision;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventType;
import eu.practicehub.indicators.IndicatorReport;
import eu.practicehub.indicators.IndicatorReport.HeldEvent;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/**
 * The workbook as LibreOffice prints it: a project of twelve semesters and 150 held events, wider
 * than a portrait page and longer than one page.
 */
class IndicatorWorkbookPrintTests {

    static final int SEMESTERS = 12;
    static final int EVENTS = 150;

    @Test
    void libreOfficePrintsEachSheetOnePageWideInLandscapeWithItsHeaderOnEveryPage() throws Exception {
        LibreOffice.requireInstalled();
        byte[] xlsx = IndicatorWorkbook.write(report(), table(), messages(), Locale.ENGLISH);

        try (PDDocument pdf = Loader.loadPDF(LibreOffice.convertToPdf(xlsx, "xlsx"))) {
            List<String> pages = new ArrayList<>();
            for (int page = 1; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                pages.add(stripper.getText(pdf));
            }
            String all = String.join("\n", pages);

            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).as("landscape").isGreaterThan(page.getMediaBox().getHeight());
            }
            List<String> indicatorPages = pages.stream().filter(text -> text.contains("CODE_")).toList();
            List<String> eventPages = pages.stream().filter(text -> text.contains("Visit ")).toList();
            assertThat(indicatorPages).as("the indicators on one page").hasSize(1);
            assertThat(eventPages).as("the events over several pages").hasSizeGreaterThanOrEqualTo(2);
            assertThat(indicatorPages.size() + eventPages.size()).isEqualTo(pages.size());
            assertThat(indicatorPages).allSatisfy(text -> assertThat(text).contains("Code", "Indicator", "Semester 1", "Total"));
            assertThat(eventPages).as("each page holds the header, first column to last")
                    .allSatisfy(text -> assertThat(text).contains("Date", "End", "Type", "Event", "Host", "Visitors", "Partners"));
            assertThat(all).contains(IntStream.rangeClosed(1, 30).mapToObj(n -> "CODE_%02d".formatted(n)).toList())
                    .contains(IntStream.rangeClosed(1, 30).mapToObj(n -> String.valueOf(9000 + n)).toList())
                    .contains(IntStream.rangeClosed(1, EVENTS).mapToObj(n -> "Visit %03d".formatted(n)).toList());
        }
    }

    private static IndicatorTable table() {
        List<String> headings = new ArrayList<>(IntStream.rangeClosed(1, SEMESTERS).mapToObj(n -> "Semester " + n).toList());
        headings.add("Total");
        List<IndicatorTable.Row> rows = IntStream.rangeClosed(1, 30).mapToObj(n -> {
            List<Number> values = new ArrayList<>(IntStream.rangeClosed(1, SEMESTERS).mapToObj(s -> (Number) (n * 100 + s)).toList());
            values.add(9000 + n);
            return new IndicatorTable.Row("CODE_%02d".formatted(n), "Indicator number %d of the programme, counted each semester".formatted(n),
                    false, false, values);
        }).toList();
        return new IndicatorTable("Indicators", headings, rows);
    }

    private static IndicatorReport report() {
        List<HeldEvent> events = IntStream.rangeClosed(1, EVENTS).mapToObj(n -> {
            LocalDate day = LocalDate.of(2020, 1, 1).plusDays(n * 7L);
            return new HeldEvent(n, "Visit %03d to the good practice of the host city and its stakeholders".formatted(n),
                    EventType.STUDY_VISIT, day, day.plusDays(1), EventMode.IN_PERSON, "Nyíregyháza", 3, 4, DatePrecision.DAY);
        }).toList();
        return new IndicatorReport("PRINT", "Print test", null, List.of(), null, events);
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
