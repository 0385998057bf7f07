package eu.practicehub.common;

/** Rules for the text people send. */
public final class Text {

    private Text() {
    }

    /**
     * True when a text holds no control characters other than tab, line feed and carriage return.
     * Such characters are never meant, and PostgreSQL refuses the NUL character outright.
     */
    public static boolean isClean(String value) {
        if (value == null) {
            return true;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}
