package eu.practicehub.actionplan.documents;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Liberation Sans that ships inside PDFBox, embedded in the document as a subset, so that names
 * such as Gävle and Nyíregyháza and the € sign show wherever the PDF is read; the PDF's standard fonts
 * cannot encode all of them. Measures and wraps text for the writer.
 */
final class PdfFont {

    private static final String RESOURCE = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private final PDType0Font font;

    private PdfFont(PDType0Font font) {
        this.font = font;
    }

    static PdfFont embedIn(PDDocument document) throws IOException {
        try (InputStream ttf = PdfFont.class.getResourceAsStream(RESOURCE)) {
            if (ttf == null) {
                throw new IllegalStateException("PDFBox no longer ships " + RESOURCE);
            }
            return new PdfFont(PDType0Font.load(document, ttf));
        }
    }

    PDType0Font font() {
        return font;
    }

    float width(String text, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text's lines within the width: its own line breaks kept, words wrapped, and a word wider than
     * the width cut where it reaches the edge.
     */
    List<String> wrap(String text, float size, float width) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : printable(text == null ? "" : text).split("\\R", -1)) {
            StringBuilder line = new StringBuilder();
            for (String word : paragraph.split(" ", -1)) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (width(candidate, size) <= width) {
                    line = new StringBuilder(candidate);
                    continue;
                }
                if (!line.isEmpty()) {
                    lines.add(line.toString());
                }
                line = new StringBuilder(cutToWidth(word, size, width, lines));
            }
            lines.add(line.toString());
        }
        return lines;
    }

    /** Adds the word's full-width pieces to the lines and returns what is left of it. */
    private String cutToWidth(String word, float size, float width, List<String> lines) {
        String rest = word;
        while (width(rest, size) > width && rest.codePointCount(0, rest.length()) > 1) {
            int end = rest.offsetByCodePoints(0, 1);
            while (end < rest.length()) {
                int next = rest.offsetByCodePoints(end, 1);
                if (width(rest.substring(0, next), size) > width) {
                    break;
                }
                end = next;
            }
            lines.add(rest.substring(0, end));
            rest = rest.substring(end);
        }
        return rest;
    }

    /** The widest word of the text, so that a column can be made wide enough not to cut it. */
    float widestWord(String text, float size) {
        float widest = 0;
        for (String word : printable(text == null ? "" : text).split("\\s+")) {
            widest = Math.max(widest, width(word, size));
        }
        return widest;
    }

    /** The text with tabs as spaces and any character the font has no glyph for as a question mark. */
    String printable(String text) {
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
}
