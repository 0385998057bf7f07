package eu.practicehub.actionplan.documents;

import eu.practicehub.actionplan.documents.Block.Field;
import eu.practicehub.actionplan.documents.Block.Heading;
import eu.practicehub.actionplan.documents.Block.Table;
import eu.practicehub.actionplan.documents.Block.Text;
import eu.practicehub.actionplan.documents.Block.Title;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Writes a plan's outline as a PDF. The font is the Liberation Sans that ships inside PDFBox, embedded
 * as a subset, so the document shows names such as Gävle and Nyíregyháza and the € sign wherever it is
 * written and read; the PDF's standard fonts cannot encode all of them.
 */
final class PdfWriter {

    private static final String FONT_RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float MARGIN = 56;
    private static final float BODY = 10;

    private final PDDocument document = new PDDocument();
    private final PDType0Font font;
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream page;
    private float y;

    private PdfWriter() throws IOException {
        try (InputStream ttf = PdfWriter.class.getResourceAsStream(FONT_RESOURCE)) {
            if (ttf == null) {
                throw new IllegalStateException("PDFBox no longer ships " + FONT_RESOURCE);
            }
            font = PDType0Font.load(document, ttf);
        }
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
                writer.page.close();
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
            float size = switch (heading.level()) {
                case 1 -> 15;
                case 2 -> 13;
                case 3 -> 11.5f;
                default -> 10.5f;
            };
            space(heading.level() == 1 ? 14 : 8);
            paragraph(heading.text(), size, 2);
        } else if (block instanceof Field field) {
            paragraph(field.label() + ": " + field.value(), BODY, 2);
        } else if (block instanceof Text text) {
            paragraph(text.text(), BODY, 2);
        } else if (block instanceof Table table) {
            paragraph(String.join(" | ", table.header()), BODY, 1);
            for (List<String> row : table.rows()) {
                paragraph(String.join(" | ", row), BODY, 1);
            }
            space(3);
        }
    }

    /** Writes the text at the given size, wrapped to the page's width, and leaves a gap after it. */
    private void paragraph(String text, float size, float after) throws IOException {
        float leading = size * 1.35f;
        for (String line : wrap(printable(text == null ? "" : text), size)) {
            if (y - leading < MARGIN) {
                newPage();
            }
            y -= leading;
            page.beginText();
            page.setFont(font, size);
            page.newLineAtOffset(MARGIN, y);
            page.showText(line);
            page.endText();
        }
        space(after);
    }

    private List<String> wrap(String text, float size) throws IOException {
        List<String> lines = new ArrayList<>();
        for (String paragraph : text.split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ", -1)) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && widthOf(candidate, size) > width) {
                    lines.add(line.toString());
                    line = new StringBuilder(word);
                } else {
                    line = new StringBuilder(candidate);
                }
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private float widthOf(String text, float size) throws IOException {
        return font.getStringWidth(text) / 1000 * size;
    }

    /** The text with tabs as spaces and any character the font has no glyph for as a question mark. */
    private String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.replace('\t', ' ').codePoints().forEach(c -> {
            if (c == '\n' || c == '\r' || hasGlyph(c)) {
                out.appendCodePoint(c);
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    private boolean hasGlyph(int codePoint) {
        try {
            font.encode(new String(Character.toChars(codePoint)));
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    private void space(float points) {
        y -= points;
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = next.getMediaBox().getHeight() - MARGIN;
    }
}
