package eu.practicehub.actionplan.documents;

import eu.practicehub.actionplan.documents.Block.Field;
import eu.practicehub.actionplan.documents.Block.Heading;
import eu.practicehub.actionplan.documents.Block.Table;
import eu.practicehub.actionplan.documents.Block.Text;
import eu.practicehub.actionplan.documents.Block.Title;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Writes a plan's outline as a Word document (DOCX). The title and headings are paragraphs of Word's
 * own styles (Title, Subtitle, Heading 1 to 4 with their outline levels), defined in the document's
 * styles part, so that Word and LibreOffice show the plan's outline and can build a table of contents.
 */
final class DocxWriter {

    /** The styles part: Word's built-in names and ids, so that each program maps them onto its own. */
    private static final String STYLES = """
            <w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
              <w:docDefaults>
                <w:rPrDefault><w:rPr>
                  <w:rFonts w:ascii="Calibri" w:eastAsia="Calibri" w:hAnsi="Calibri" w:cs="Calibri"/>
                  <w:sz w:val="22"/><w:szCs w:val="22"/>
                </w:rPr></w:rPrDefault>
                <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault>
              </w:docDefaults>
              <w:style w:type="paragraph" w:default="1" w:styleId="Normal">
                <w:name w:val="Normal"/><w:qFormat/>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Title">
                <w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Subtitle"/><w:uiPriority w:val="10"/><w:qFormat/>
                <w:pPr><w:spacing w:after="60"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:sz w:val="44"/><w:szCs w:val="44"/></w:rPr>
              </w:style>
              <w:style w:type="paragraph" w:styleId="Subtitle">
                <w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/>
                <w:pPr><w:spacing w:after="240"/></w:pPr>
                <w:rPr><w:color w:val="404040"/><w:sz w:val="28"/><w:szCs w:val="28"/></w:rPr>
              </w:style>
            %s</w:styles>
            """;

    private static final String HEADING = """
              <w:style w:type="paragraph" w:styleId="Heading%1$d">
                <w:name w:val="heading %1$d"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>
                <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="%2$d" w:after="80"/><w:outlineLvl w:val="%3$d"/></w:pPr>
                <w:rPr><w:b/><w:bCs/><w:sz w:val="%4$d"/><w:szCs w:val="%4$d"/></w:rPr>
              </w:style>
            """;

    /** Sizes in half points of the headings of levels 1 to 4. */
    private static final int[] HEADING_SIZES = {32, 28, 24, 22};
    private static final int TABLE_TEXT_SIZE = 10;
    /** The text width of an A4 or Letter page with margins of an inch, in twentieths of a point (twips). */
    private static final int TEXT_WIDTH = 9000;
    /** A character of bold 10 pt text in twips, wide enough for the fonts a reader may have instead of Calibri. */
    private static final int TABLE_CHARACTER = 150;
    /** The default cell margins of Word and LibreOffice (108 twips on each side) and the rules. */
    private static final int CELL_MARGINS = 2 * 108 + 20;

    private DocxWriter() {
    }

    static byte[] write(String documentTitle, List<Block> blocks) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(documentTitle);
            document.createStyles().setStyles(StylesDocument.Factory.parse(styles()).getStyles());
            for (Block block : blocks) {
                add(document, block);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException("The styles part does not parse", e);
        }
    }

    private static String styles() {
        StringBuilder headings = new StringBuilder();
        for (int level = 1; level <= HEADING_SIZES.length; level++) {
            headings.append(HEADING.formatted(level, level == 1 ? 360 : 240, level - 1, HEADING_SIZES[level - 1]));
        }
        return STYLES.formatted(headings);
    }

    private static void add(XWPFDocument document, Block block) {
        if (block instanceof Title title) {
            paragraph(document, "Title", title.text());
            paragraph(document, "Subtitle", title.subtitle());
        } else if (block instanceof Heading heading) {
            paragraph(document, "Heading" + Math.min(heading.level(), HEADING_SIZES.length), heading.text());
        } else if (block instanceof Field field) {
            XWPFParagraph paragraph = document.createParagraph();
            run(paragraph, field.label() + ": ").setBold(true);
            run(paragraph, field.value());
        } else if (block instanceof Text text) {
            run(document.createParagraph(), text.text());
        } else if (block instanceof Table table) {
            table(document, table);
        }
    }

    private static void paragraph(XWPFDocument document, String styleId, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle(styleId);
        run(paragraph, text);
    }

    /**
     * The table across the text width, each column's share taken from its text as in the PDF, its
     * header row repeated at the top of each page it runs onto. The columns are set, not left to the
     * program, because LibreOffice would make them all equal.
     */
    private static void table(XWPFDocument document, Table table) {
        int[] widths = columnWidths(table);
        XWPFTable grid = document.createTable(table.rows().size() + 1, widths.length);
        grid.setWidth(String.valueOf(TEXT_WIDTH));
        CTTblGrid columns = grid.getCTTbl().getTblGrid() == null ? grid.getCTTbl().addNewTblGrid() : grid.getCTTbl().getTblGrid();
        for (int width : widths) {
            columns.addNewGridCol().setW(BigInteger.valueOf(width));
        }
        grid.getRow(0).setRepeatHeader(true);
        row(grid.getRow(0), table.header(), widths, true);
        for (int i = 0; i < table.rows().size(); i++) {
            row(grid.getRow(i + 1), table.rows().get(i), widths, false);
        }
    }

    /** In twips, from a generous width per character, so that a fallback font wider than Calibri fits too. */
    private static int[] columnWidths(Table table) {
        int columns = table.header().size();
        float[] natural = new float[columns];
        float[] least = new float[columns];
        List<List<String>> all = new ArrayList<>(table.rows());
        all.add(table.header());
        for (List<String> cells : all) {
            for (int i = 0; i < Math.min(columns, cells.size()); i++) {
                String text = cells.get(i) == null ? "" : cells.get(i).strip();
                for (String line : text.split("\\R")) {
                    natural[i] = Math.max(natural[i], line.length() * TABLE_CHARACTER + CELL_MARGINS);
                }
                for (String word : text.split("\\s+")) {
                    least[i] = Math.max(least[i], word.length() * TABLE_CHARACTER + CELL_MARGINS);
                }
            }
        }
        float[] shares = ColumnWidths.share(natural, least, TEXT_WIDTH);
        int[] widths = new int[columns];
        for (int i = 0; i < columns; i++) {
            widths[i] = Math.round(shares[i]);
        }
        return widths;
    }

    private static void row(XWPFTableRow row, List<String> cells, int[] widths, boolean bold) {
        row.setCantSplitRow(true);
        for (int i = 0; i < widths.length; i++) {
            row.getCell(i).setWidth(String.valueOf(widths[i]));
            XWPFParagraph paragraph = row.getCell(i).getParagraphs().get(0);
            paragraph.setSpacingAfter(0);
            XWPFRun run = run(paragraph, i < cells.size() ? cells.get(i) : "");
            run.setBold(bold);
            run.setFontSize(TABLE_TEXT_SIZE);
        }
    }

    /** Adds the text to the paragraph, line breaks kept as breaks within it. */
    private static XWPFRun run(XWPFParagraph paragraph, String text) {
        XWPFRun run = paragraph.createRun();
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
        return run;
    }
}
