package eu.practicehub.newsletter;

import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The newsletter's words from the message bundle: texts, numbers as words, lists joined as a sentence. */
@Component
class Wording {

    private final MessageSource messages;

    Wording(MessageSource messages) {
        this.messages = messages;
    }

    String text(String code, Object... args) {
        return messages.getMessage(code, args, locale());
    }

    /** A number as a word where the bundle has one (one to ten in English), otherwise in digits. */
    String number(int n) {
        return messages.getMessage("newsletter.number." + n, null, String.valueOf(n), locale());
    }

    /** “a”, “a and b”, “a, b and c”. */
    String joined(List<String> parts) {
        if (parts.size() <= 1) {
            return String.join("", parts);
        }
        return String.join(text("newsletter.list.separator"), parts.subList(0, parts.size() - 1))
                + text("newsletter.list.and") + parts.get(parts.size() - 1);
    }

    Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
