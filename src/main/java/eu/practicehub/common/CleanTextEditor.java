package eu.practicehub.common;

import org.springframework.beans.propertyeditors.StringTrimmerEditor;

/**
 * Binds form text as people mean it: without surrounding spaces, empty as null, and refused (a
 * field error) when it holds a control character other than tab and line breaks.
 */
public class CleanTextEditor extends StringTrimmerEditor {

    public CleanTextEditor() {
        super(true);
    }

    @Override
    public void setAsText(String text) {
        if (!Text.isClean(text)) {
            throw new IllegalArgumentException("text holds a control character");
        }
        super.setAsText(text);
    }
}
