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
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PageMode;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;

/**
 * Writes a plan's outline as a PDF on A4 pages: paragraphs wrapped to the page, tables as ruled cells
 * whose header row starts each page a table runs onto, and a bookmark for each heading, nested as the
 * headings are, so that a reader's outline lists the parts and under them the actions.
 */
final class PdfWriter {

    private static final float MARGIN = 56;
    private static final float BODY = 10;
    private static final int LEVELS = 4;

    private final PDDocument document = new PDDocument();
    private final PdfFont font;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private final PDDocumentOutline outline = new PDDocumentOutline();
    /** The last bookmark of each heading level, under which the next deeper level goes. */
    private final PDOutlineItem[] bookmarks = new PDOutlineItem[LEVELS + 1];
    private PDPage page;
    private PDPageContentStream content;
    private float y;

    private PdfWriter() throws IOException {
        font = PdfFont.embedIn(document);
    }

    static byte[] write(String documentTitle, List<Block> blocks) {
        try {
            PdfWriter writer = new PdfWriter();
            try (PDDocument document = writer.document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
                document.getDocumentInformation().setTitle(documentTitle);
                writer.newPage();
                for (Block block : blocks) {
                    writer.add(block);
                }
                writer.content.close();
                writer.finishOutline();
                document.save(out);
                return out.toByteArray();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(Block block) throws IOException {
        if (block instanceof Title title) {
            paragraph(title.text(), 20, 0);
            paragraph(title.subtitle(), 13, 6);
        } else if (block instanceof Heading heading) {
            heading(heading);
        } else if (block instanceof Field field) {
            paragraph(field.label() + ": " + field.value(), BODY, 2);
        } else if (block instanceof Text text) {
            paragraph(text.text(), BODY, 2);
        } else if (block instanceof Table table) {
            table(PdfTable.layOut(table, font, width));
        }
    }

    /** The heading on the page of the lines after it, and its bookmark pointing there. */
    private void heading(Heading heading) throws IOException {
        float size = switch (heading.level()) {
            case 1 -> 15;
            case 2 -> 13;
            case 3 -> 11.5f;
            default -> 10.5f;
        };
        space(heading.level() == 1 ? 14 : 8);
        float height = font.wrap(heading.text(), size, width).size() * size * 1.35f + 2 * BODY * 1.35f;
        if (y - height < MARGIN) {
            newPage();
        }
        bookmark(Math.min(Math.max(heading.level(), 1), LEVELS), heading.text());
        paragraph(heading.text(), size, 2);
    }

    private void bookmark(int level, String title) {
        PDPageXYZDestination destination = new PDPageXYZDestination();
        destination.setPage(page);
        destination.setLeft(0);
        destination.setTop(Math.round(y + BODY));
        PDOutlineItem bookmark = new PDOutlineItem();
        bookmark.setTitle(title);
        bookmark.setDestination(destination);
        PDOutlineNode parent = outline;
        for (int above = level - 1; above >= 1; above--) {
            if (bookmarks[above] != null) {
                parent = bookmarks[above];
                break;
            }
        }
        parent.addLast(bookmark);
        bookmarks[level] = bookmark;
        for (int deeper = level + 1; deeper <= LEVELS; deeper++) {
            bookmarks[deeper] = null;
        }
    }

    /** The outline shown when the document opens, the parts unfolded to their actions. */
    private void finishOutline() {
        outline.children().forEach(PDOutlineItem::openNode);
        outline.openNode();
        document.getDocumentCatalog().setDocumentOutline(outline);
        document.getDocumentCatalog().setPageMode(PageMode.USE_OUTLINES);
    }

    /** The table's rows, each kept whole on one page; a page the table runs onto starts with its header row. */
    private void table(PdfTable table) throws IOException {
        space(4);
        float start = table.header().height() + (table.rows().isEmpty() ? 0 : table.rows().get(0).height());
        if (y - start < MARGIN) {
            newPage();
        }
        row(table, table.header());
        for (PdfTable.Row row : table.rows()) {
            if (y - row.height() < MARGIN) {
                newPage();
                row(table, table.header());
            }
            row(table, row);
        }
        space(8);
    }

    private void row(PdfTable table, PdfTable.Row row) throws IOException {
        table.draw(content, font, row, MARGIN, y);
        y -= row.height();
    }

    /** Writes the text at the given size, wrapped to the page's width, and leaves a gap after it. */
    private void paragraph(String text, float size, float after) throws IOException {
        float leading = size * 1.35f;
        for (String line : font.wrap(text, size, width)) {
            if (y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            content.beginText();
            content.setFont(font.font(), size);
            content.newLineAtOffset(MARGIN, y);
            content.showText(line);
            content.endText();
        }
        space(after);
    }

    private void space(float points) {
        y -= points;
    }

    private void newPage() throws IOException {
        if (content != null) {
            content.close();
        }
        page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        content = new PDPageContentStream(document, page);
        y = page.getMediaBox().getHeight() - MARGIN;
    }
}
