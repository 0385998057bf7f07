package eu.practicehub.actionplan.documents;

import static eu.practicehub.actionplan.documents.PdfContent.child;
import static eu.practicehub.actionplan.documents.PdfContent.titles;
import static eu.practicehub.actionplan.documents.PdfContent.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.practicehub.actionplan.documents.Block.Heading;
import eu.practicehub.actionplan.documents.Block.Table;
import eu.practicehub.actionplan.documents.Block.Text;
import eu.practicehub.actionplan.documents.Block.Title;
import eu.practicehub.actionplan.documents.PdfContent.Word;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/** The PDF's tables and bookmarks, read back with PDFBox from a document longer than a page. */
class PdfWriterTests {

    static final String LONG_NAME = "Citizens who reported a broken street light, a pothole or an overflowing bin"
            + " through the app within its first year of service";

    @Test
    void aTableLongerThanAPageStartsEachPageWithItsHeaderRowAndKeepsItsColumns() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.write("Plan", plan()))) {
            List<Word> words = PdfContent.words(pdf);

            assertThat(pdf.getNumberOfPages()).isGreaterThanOrEqualTo(3);
            List<Integer> pagesWithRows = words.stream().filter(w -> w.text().matches("R\\d\\d")).map(Word::page).distinct().toList();
            List<Integer> pagesWithHeader = words.stream().filter(w -> w.text().equals("Baseline")).map(Word::page).toList();
            assertThat(pagesWithRows).hasSizeGreaterThanOrEqualTo(2).isEqualTo(pagesWithHeader);
            for (int page : pagesWithRows) {
                float header = words.stream().filter(w -> w.page() == page && w.text().equals("Baseline")).findFirst().orElseThrow().baseline();
                assertThat(words.stream().filter(w -> w.page() == page && w.text().matches("R\\d\\d")))
                        .allSatisfy(row -> assertThat(row.baseline()).isGreaterThan(header));
            }
            assertThat(words.stream().filter(w -> w.text().matches("R\\d\\d")).map(Word::text))
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 90).mapToObj(PdfWriterTests::name).toList());
            Word first = word(words, "R01");
            Word last = word(words, "R90");
            assertThat(last.left()).isEqualTo(first.left());
            assertThat(word(words, "1001").right()).isCloseTo(word(words, "1090").right(), within(0.1f))
                    .isCloseTo(first(words, "Target").right(), within(0.1f));
            assertThat(PdfContent.rectangles(pdf.getPage(pagesWithRows.get(0) - 1))).isGreaterThanOrEqualTo(4 * 10);
            assertThat(new PDFTextStripper().getText(pdf)).doesNotContain("|");
        }
    }

    @Test
    void aLongCellWrapsWithinItsColumnAndItsRowStaysLevel() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.write("Plan", plan()))) {
            List<Word> words = PdfContent.words(pdf);
            Word unit = word(words, "citizens");
            Word baseline = first(words, "Baseline");
            List<Word> name = words.stream().filter(w -> w.page() == unit.page() && LONG_NAME.contains(w.text())
                    && Math.abs(w.baseline() - unit.baseline()) < 40).toList();

            assertThat(name.stream().map(Word::baseline).distinct().count()).isGreaterThanOrEqualTo(2);
            assertThat(name).allSatisfy(w -> assertThat(w.right()).isLessThan(unit.left()));
            assertThat(String.join(" ", name.stream().map(Word::text).toList())).as("its lines").isEqualTo(LONG_NAME);
            assertThat(name.get(0).baseline()).isEqualTo(unit.baseline());
            assertThat(unit.left()).isLessThan(baseline.left());
        }
    }

    @Test
    void eachHeadingIsABookmarkUnderTheHeadingAboveItLeadingToItsPage() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.write("Plan", plan()))) {
            PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();

            assertThat(pdf.getDocumentCatalog().getPageMode()).isEqualTo(PageMode.USE_OUTLINES);
            assertThat(titles(outline)).containsExactly("Part I – General information", "Part III – Details of the actions",
                    "Endorsement");
            PDOutlineItem partThree = child(outline, "Part III – Details of the actions");
            assertThat(partThree.isNodeOpen()).isTrue();
            assertThat(titles(partThree)).containsExactly("Action 1: Citizen reports app", "Action 2: Lego studio");
            assertThat(titles(child(partThree, "Action 1: Citizen reports app"))).containsExactly("Indicators");
            PDOutlineItem endorsement = child(outline, "Endorsement");
            int page = pdf.getPages().indexOf(((PDPageDestination) endorsement.getDestination()).getPage());
            assertThat(page).isEqualTo(pdf.getNumberOfPages() - 1).isGreaterThan(0);
            assertThat(PdfContent.words(pdf).stream().filter(w -> w.text().equals("Endorsement")).map(Word::page))
                    .containsExactly(page + 1);
        }
    }

    /** Two parts, an action whose indicator table runs over three pages, a second action and the endorsement. */
    private static List<Block> plan() {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(LONG_NAME, "citizens", "0", "2000"));
        IntStream.rangeClosed(1, 90).forEach(n -> rows.add(List.of(name(n), "people", String.valueOf(n), String.valueOf(1000 + n))));
        return List.of(new Title("Regional Action Plan of Gävle", "BETTER – Gävle kommun"),
                new Heading(1, "Part I – General information"), new Text("Gävle kommun"),
                new Heading(1, "Part III – Details of the actions"),
                new Heading(2, "Action 1: Citizen reports app"),
                new Heading(3, "Indicators"),
                new Table(List.of("Indicator", "Unit", "Baseline", "Target"), rows),
                new Heading(2, "Action 2: Lego studio"), new Text("Open a studio"),
                new Heading(1, "Endorsement"), new Text("Gävle City Council"));
    }

    private static Word first(List<Word> words, String text) {
        return words.stream().filter(w -> w.text().equals(text)).findFirst().orElseThrow();
    }

    private static String name(int n) {
        return "R%02d".formatted(n);
    }
}
