package eu.practicehub.common;

/** Rules for the text people send. */
public final class Text {

    /** The longest piece of someone's input that a message repeats. */
    private static final int SHOWN_LENGTH = 60;

    private Text() {
    }

    /**
     * True when a text holds no control characters other than tab, line feed and carriage return,
     * and nothing that is not a character at all: no half of a surrogate pair and neither U+FFFE nor
     * U+FFFF. Such characters are never meant, PostgreSQL refuses the NUL character outright, and
     * none of them may stand in XML (the Atom feed, SVG charts, workbooks).
     */
    public static boolean isClean(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isPair(value, i)) {
                i++;
            } else if (isRefused(c)) {
                return false;
            }
        }
        return true;
    }

    /** The text with each character that {@link #isClean} refuses replaced by U+FFFD. */
    public static String cleaned(String value) {
        if (isClean(value)) {
            return value;
        }
        StringBuilder cleaned = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            if (isPair(value, i)) {
                cleaned.append(value, i, i + 2);
                i++;
            } else {
                cleaned.append(isRefused(value.charAt(i)) ? '\uFFFD' : value.charAt(i));
            }
        }
        return cleaned.toString();
    }

    private static boolean isPair(String value, int i) {
        return Character.isHighSurrogate(value.charAt(i)) && i + 1 < value.length()
                && Character.isLowSurrogate(value.charAt(i + 1));
    }

    private static boolean isRefused(char c) {
        return Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }

    /**
     * Input as a message may repeat it: each character that {@link #isClean} refuses, line breaks
     * and tabs too, shown as U+FFFD, and cut after 60 characters with an ellipsis.
     */
    public static String shown(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder shown = new StringBuilder();
        value.codePoints().limit(SHOWN_LENGTH).forEach(c -> {
            String character = Character.toString(c);
            shown.append(isClean(character) && !Character.isWhitespace(c) || c == ' ' ? character : "\uFFFD");
        });
        return value.codePointCount(0, value.length()) > SHOWN_LENGTH ? shown + "…" : shown.toString();
    }
}
