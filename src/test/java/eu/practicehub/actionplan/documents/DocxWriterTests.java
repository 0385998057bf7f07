package eu.practicehub.actionplan.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.practicehub.actionplan.documents.Block.Field;
import eu.practicehub.actionplan.documents.Block.Heading;
import eu.practicehub.actionplan.documents.Block.Table;
import eu.practicehub.actionplan.documents.Block.Title;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.junit.jupiter.api.Test;

/** The Word document's styles, read back with Apache POI. */
class DocxWriterTests {

    static final List<Block> PLAN = List.of(new Title("Regional Action Plan of Gävle", "BETTER – Gävle kommun"),
            new Heading(1, "Part I – General information"), new Field("Project", "BETTER"),
            new Heading(2, "Action 1: Citizen reports app"), new Heading(3, "Indicators"),
            new Table(List.of("Indicator", "Unit"), List.of(List.of("Users", "people"))),
            new Heading(4, "Semester 5, 10 January 2022"));

    @Test
    void theTitleAndHeadingsAreParagraphsOfWordsOwnStyles() throws IOException {
        try (XWPFDocument document = read(DocxWriter.write("Plan", PLAN))) {
            assertThat(document.getParagraphs()).extracting(XWPFParagraph::getText, XWPFParagraph::getStyle).containsExactly(
                    tuple("Regional Action Plan of Gävle", "Title"),
                    tuple("BETTER – Gävle kommun", "Subtitle"),
                    tuple("Part I – General information", "Heading1"),
                    tuple("Project: BETTER", null),
                    tuple("Action 1: Citizen reports app", "Heading2"),
                    tuple("Indicators", "Heading3"),
                    tuple("Semester 5, 10 January 2022", "Heading4"));
            assertThat(document.getParagraphs().stream().filter(p -> p.getStyle() != null).flatMap(p -> p.getRuns().stream()))
                    .as("headings look as their style says, without formatting of their own")
                    .allSatisfy(run -> assertThat(run.isBold()).isFalse())
                    .allSatisfy(run -> assertThat(run.getFontSizeAsDouble()).isNull());
        }
    }

    @Test
    void theStylesPartDefinesEachHeadingWithWordsNameAndItsOutlineLevel() throws IOException {
        try (XWPFDocument document = read(DocxWriter.write("Plan", PLAN))) {
            for (int level = 1; level <= 4; level++) {
                XWPFStyle heading = document.getStyles().getStyle("Heading" + level);
                assertThat(heading).as("Heading%d", level).isNotNull();
                assertThat(heading.getName()).isEqualTo("heading " + level);
                assertThat(heading.getCTStyle().getPPr().getOutlineLvl().getVal().intValue()).isEqualTo(level - 1);
                assertThat(heading.getCTStyle().getRPr().sizeOfBArray()).isEqualTo(1);
            }
            assertThat(document.getStyles().getStyle("Title").getName()).isEqualTo("Title");
            assertThat(document.getStyles().getStyle("Subtitle").getName()).isEqualTo("Subtitle");
            assertThat(document.getStyles().getStyle("Normal").getName()).isEqualTo("Normal");
        }
    }

    @Test
    void aTablesHeaderRowRepeatsOnEachPageItRunsOntoAndItsNameColumnIsTheWidest() throws IOException {
        try (XWPFDocument document = read(DocxWriter.write("Plan", PLAN))) {
            assertThat(document.getTables()).hasSize(1);
            assertThat(document.getTables().get(0).getRow(0).isRepeatHeader()).isTrue();
            assertThat(document.getTables().get(0).getRow(0).getCell(0).getParagraphs().get(0).getRuns())
                    .allSatisfy(run -> assertThat(run.isBold()).isTrue());
            assertThat(document.getTables().get(0).getRow(1).getCell(1).getText()).isEqualTo("people");
            assertThat(document.getTables().get(0).getCTTbl().getTblGrid().getGridColList())
                    .as("the name's column wider than the others").hasSize(2)
                    .satisfies(columns -> assertThat(new BigInteger(columns.get(0).getW().toString()))
                            .isGreaterThan(new BigInteger(columns.get(1).getW().toString())));
        }
    }

    private static XWPFDocument read(byte[] docx) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(docx));
    }
}
