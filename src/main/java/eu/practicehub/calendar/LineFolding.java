package eu.practicehub.calendar;

/**
 * Folds content lines as RFC 5545 (3.1) asks: no line longer than 75 octets of UTF-8, a longer one
 * continued on the next line after a space. A character is never split across two lines, as some
 * clients do not join split UTF-8 sequences again.
 */
final class LineFolding {

    static final int MAX_OCTETS = 75;
    private static final String BREAK = "\r\n";

    private LineFolding() {
    }

    /** The content with each of its CRLF-ended lines folded. */
    static String fold(String content) {
        StringBuilder folded = new StringBuilder(content.length() + content.length() / 64 * 3);
        int start = 0;
        while (start < content.length()) {
            int end = content.indexOf(BREAK, start);
            int lineEnd = end < 0 ? content.length() : end;
            foldLine(content.substring(start, lineEnd), folded);
            folded.append(BREAK);
            start = lineEnd + BREAK.length();
        }
        return folded.toString();
    }

    private static void foldLine(String line, StringBuilder folded) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int codePoint = line.codePointAt(i);
            int size = utf8Length(codePoint);
            if (octets + size > MAX_OCTETS) {
                folded.append(BREAK).append(' ');
                octets = 1;
            }
            folded.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
    }

    private static int utf8Length(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }
}
