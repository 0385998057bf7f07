package eu.practicehub.actionplan.documents;

import eu.practicehub.actionplan.documents.Block.Field;
import eu.practicehub.actionplan.documents.Block.Heading;
import eu.practicehub.actionplan.documents.Block.Table;
import eu.practicehub.actionplan.documents.Block.Text;
import eu.practicehub.actionplan.documents.Block.Title;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Writes a plan's outline as a Word document (DOCX). */
final class DocxWriter {

    private static final String FONT = "Calibri";
    private static final int[] HEADING_SIZES = {16, 14, 12, 11};

    private DocxWriter() {
    }

    static byte[] write(String documentTitle, List<Block> blocks) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getProperties().getCoreProperties().setTitle(documentTitle);
            for (Block block : blocks) {
                add(document, block);
            }
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void add(XWPFDocument document, Block block) {
        if (block instanceof Title title) {
            run(document.createParagraph(), title.text(), 22, true);
            run(document.createParagraph(), title.subtitle(), 14, false);
        } else if (block instanceof Heading heading) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setSpacingBefore(heading.level() == 1 ? 360 : 200);
            run(paragraph, heading.text(), HEADING_SIZES[Math.min(heading.level(), HEADING_SIZES.length) - 1], true);
        } else if (block instanceof Field field) {
            XWPFParagraph paragraph = document.createParagraph();
            run(paragraph, field.label() + ": ", 11, true);
            run(paragraph, field.value(), 11, false);
        } else if (block instanceof Text text) {
            run(document.createParagraph(), text.text(), 11, false);
        } else if (block instanceof Table table) {
            table(document, table);
        }
    }

    private static void table(XWPFDocument document, Table table) {
        XWPFTable grid = document.createTable(table.rows().size() + 1, table.header().size());
        row(grid.getRow(0), table.header(), true);
        for (int i = 0; i < table.rows().size(); i++) {
            row(grid.getRow(i + 1), table.rows().get(i), false);
        }
    }

    private static void row(XWPFTableRow row, List<String> cells, boolean bold) {
        for (int i = 0; i < cells.size(); i++) {
            run(row.getCell(i).getParagraphs().get(0), cells.get(i), 10, bold);
        }
    }

    /** Adds the text to the paragraph, line breaks kept as breaks within it. */
    private static void run(XWPFParagraph paragraph, String text, int size, boolean bold) {
        XWPFRun run = paragraph.createRun();
        run.setFontFamily(FONT);
        run.setFontSize(size);
        run.setBold(bold);
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                run.addBreak();
            }
            run.setText(lines[i]);
        }
    }
}
