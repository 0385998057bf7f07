package eu.practicehub.common;

/** Rules for the text people send. */
public final class Text {

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
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                    || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
