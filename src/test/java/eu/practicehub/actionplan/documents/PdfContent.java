package eu.practicehub.actionplan.documents;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** What a PDF shows, read back with PDFBox: its words where they stand, its rectangles, its bookmarks. */
final class PdfContent {

    /** A word on a page (1 for the first): its left and right edge and its baseline, from the page's top. */
    record Word(String text, int page, float left, float right, float baseline) {
    }

    private PdfContent() {
    }

    static List<Word> words(PDDocument document) throws IOException {
        List<Word> words = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String text, List<TextPosition> positions) {
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                words.add(new Word(text, getCurrentPageNo(), first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                        first.getYDirAdj()));
            }
        };
        stripper.setSortByPosition(true);
        stripper.getText(document);
        return words;
    }

    /** The one word of that text; fails if there is none or more than one. */
    static Word word(List<Word> words, String text) {
        List<Word> found = words.stream().filter(w -> w.text().equals(text)).toList();
        if (found.size() != 1) {
            throw new AssertionError("Expected one word “" + text + "”, found " + found);
        }
        return found.get(0);
    }

    /** How many rectangles the page's content draws (the {@code re} operator). */
    static long rectangles(PDPage page) throws IOException {
        return new PDFStreamParser(page).parse().stream()
                .filter(token -> token instanceof Operator operator && operator.getName().equals("re")).count();
    }

    static List<String> titles(PDOutlineNode node) {
        return children(node).stream().map(PDOutlineItem::getTitle).toList();
    }

    static PDOutlineItem child(PDOutlineNode node, String title) {
        return children(node).stream().filter(item -> title.equals(item.getTitle())).findFirst()
                .orElseThrow(() -> new AssertionError("No bookmark “" + title + "” in " + titles(node)));
    }

    private static List<PDOutlineItem> children(PDOutlineNode node) {
        return StreamSupport.stream(node.children().spliterator(), false).toList();
    }
}
