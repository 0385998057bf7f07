package eu.practicehub.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.ui.Model;

/**
 * The page that asks before an action that cannot simply be taken back: what will happen to which record,
 * whether and how it can be undone, a button that sends the action's own form (POST, with the record's
 * version where it has one) and a link back. Showing it changes nothing. Texts are resolved here, in the
 * reader's language, so that the one template {@link #VIEW} serves every action.
 *
 * @param heading the page's only h1, a question naming the record
 * @param facts what identifies the record (label and value), shown as a list
 * @param consequences what the action will do, one paragraph each
 * @param undo whether and how it can be undone
 * @param button the text of the button, naming the action and the record
 * @param destructive whether the button deletes or closes something (shown as a danger button)
 * @param action the path the form posts to
 * @param fields the hidden fields the form sends
 * @param cancel the path of the page to go back to
 */
public record Confirmation(String heading, List<Fact> facts, List<String> consequences, String undo, String button,
        boolean destructive, String action, Map<String, String> fields, String cancel) {

    public static final String VIEW = "confirm";

    /** One line of what identifies the record: a label and its value. */
    public record Fact(String label, String value) {
    }

    public static Builder of(MessageSource messages, Locale locale) {
        return new Builder(messages, locale);
    }

    /** Collects the page's texts from message codes and their arguments. */
    public static final class Builder {

        private final MessageSource messages;
        private final Locale locale;
        private String heading;
        private final List<Fact> facts = new ArrayList<>();
        private final List<String> consequences = new ArrayList<>();
        private String undo;
        private String button;
        private boolean destructive;
        private String action;
        private final Map<String, String> fields = new LinkedHashMap<>();
        private String cancel;

        private Builder(MessageSource messages, Locale locale) {
            this.messages = messages;
            this.locale = locale;
        }

        public Builder heading(String code, Object... args) {
            this.heading = text(code, args);
            return this;
        }

        /** A line of what identifies the record; left out when the value is empty. */
        public Builder fact(String labelCode, Object value) {
            if (value != null && !value.toString().isBlank()) {
                facts.add(new Fact(text(labelCode), value.toString()));
            }
            return this;
        }

        public Builder says(String code, Object... args) {
            consequences.add(text(code, args));
            return this;
        }

        public Builder undo(String code, Object... args) {
            this.undo = text(code, args);
            return this;
        }

        public Builder button(String code, Object... args) {
            this.button = text(code, args);
            return this;
        }

        /** The action deletes, closes or takes away something: its button says so by its colour too. */
        public Builder destructive() {
            this.destructive = true;
            return this;
        }

        public Builder posts(String path) {
            this.action = path;
            return this;
        }

        /** A hidden field of the form; left out when the value is null. */
        public Builder with(String name, Object value) {
            if (value != null) {
                fields.put(name, value.toString());
            }
            return this;
        }

        public Builder cancel(String path) {
            this.cancel = path;
            return this;
        }

        public Confirmation build() {
            return new Confirmation(heading, List.copyOf(facts), List.copyOf(consequences), undo, button, destructive,
                    action, Collections.unmodifiableMap(new LinkedHashMap<>(fields)), cancel);
        }

        /** Puts the confirmation in the model and returns the view that shows it. */
        public String show(Model model) {
            model.addAttribute("confirmation", build());
            return VIEW;
        }

        /** The message with this code in the reader's language, for texts the page shows besides these. */
        public String text(String code, Object... args) {
            return messages.getMessage(code, args, locale);
        }
    }
}
