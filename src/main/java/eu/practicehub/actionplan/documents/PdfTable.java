package eu.practicehub.actionplan.documents;

import eu.practicehub.actionplan.documents.Block.Table;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/**
 * A table laid out for the PDF's page width: each column as wide as its text needs (no narrower than
 * its widest word while the page allows), the first column taking what is left over, each cell's text
 * wrapped within its column, and numbers aligned right. Draws a row as ruled cells.
 */
final class PdfTable {

    static final float SIZE = 9;
    private static final float PADDING = 4;
    private static final float LEADING = SIZE * 1.3f;
    private static final float HEADER_GREY = 0.88f;
    private static final Pattern NUMBER = Pattern.compile("[-+−]?\\d[\\d.,\u00a0\u202f ]*%?");

    /** A row's cells as their lines, and the height it takes. */
    record Row(List<List<String>> cells, float height) {
    }

    private final float[] widths;
    private final boolean[] numeric;
    private final Row header;
    private final List<Row> rows;

    private PdfTable(float[] widths, boolean[] numeric, Row header, List<Row> rows) {
        this.widths = widths;
        this.numeric = numeric;
        this.header = header;
        this.rows = rows;
    }

    static PdfTable layOut(Table table, PdfFont font, float width) {
        float[] widths = widths(table, font, width);
        Row header = row(table.header(), widths, font);
        List<Row> rows = table.rows().stream().map(cells -> row(cells, widths, font)).toList();
        return new PdfTable(widths, numericColumns(table), header, rows);
    }

    Row header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    /** Draws the row with its top at {@code top}: the header on grey, the text, then the cells' rules. */
    void draw(PDPageContentStream page, PdfFont font, Row row, float left, float top) throws IOException {
        if (row == header) {
            page.setNonStrokingColor(HEADER_GREY);
            page.addRect(left, top - row.height(), ColumnWidths.sum(widths), row.height());
            page.fill();
            page.setNonStrokingColor(0f);
        }
        float x = left;
        for (int i = 0; i < widths.length; i++) {
            float baseline = top - PADDING - SIZE;
            for (String line : row.cells().get(i)) {
                float indent = numeric[i] ? widths[i] - PADDING - font.width(line, SIZE) : PADDING;
                page.beginText();
                page.setFont(font.font(), SIZE);
                page.newLineAtOffset(x + indent, baseline);
                page.showText(line);
                page.endText();
                baseline -= LEADING;
            }
            x += widths[i];
        }
        page.setLineWidth(0.5f);
        x = left;
        for (float width : widths) {
            page.addRect(x, top - row.height(), width, row.height());
            x += width;
        }
        page.stroke();
    }

    private static Row row(List<String> cells, float[] widths, PdfFont font) {
        List<List<String>> lines = new ArrayList<>();
        int most = 1;
        for (int i = 0; i < widths.length; i++) {
            List<String> cell = font.wrap(i < cells.size() ? cells.get(i) : "", SIZE, widths[i] - 2 * PADDING);
            lines.add(cell);
            most = Math.max(most, cell.size());
        }
        return new Row(lines, 2 * PADDING + (most - 1) * LEADING + SIZE * 1.2f);
    }

    /** Each column's share of the width, from its longest line and its widest word. */
    private static float[] widths(Table table, PdfFont font, float width) {
        int columns = table.header().size();
        float[] natural = new float[columns];
        float[] least = new float[columns];
        List<List<String>> all = new ArrayList<>(table.rows());
        all.add(table.header());
        for (List<String> cells : all) {
            for (int i = 0; i < Math.min(columns, cells.size()); i++) {
                String text = cells.get(i) == null ? "" : cells.get(i);
                for (String line : font.printable(text).split("\\R")) {
                    natural[i] = Math.max(natural[i], font.width(line, SIZE) + 2 * PADDING);
                }
                least[i] = Math.max(least[i], font.widestWord(text, SIZE) + 2 * PADDING);
            }
        }
        return ColumnWidths.share(natural, least, width);
    }

    /** A column whose every filled cell is a number. */
    private static boolean[] numericColumns(Table table) {
        boolean[] numeric = new boolean[table.header().size()];
        for (int i = 0; i < numeric.length; i++) {
            int column = i;
            List<String> filled = table.rows().stream().filter(cells -> column < cells.size())
                    .map(cells -> cells.get(column)).filter(text -> text != null && !text.isBlank()).toList();
            numeric[i] = !filled.isEmpty() && filled.stream().allMatch(text -> NUMBER.matcher(text.strip()).matches());
        }
        return numeric;
    }
}
