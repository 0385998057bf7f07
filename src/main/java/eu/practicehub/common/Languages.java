package eu.practicehub.common;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.LocaleContextHolder;

/** The languages PracticeHub speaks: those of BETTER's partner cities, and English. */
public final class Languages {

    /** Their ISO 639-1 codes, in the order lists and the language switch show them. */
    public static final List<String> CODES = List.of("en", "it", "sv", "et", "hu");

    private Languages() {
    }

    /** The locale of a language code; English for none. */
    public static Locale locale(String code) {
        return Locale.forLanguageTag(code == null ? "en" : code);
    }

    /**
     * Runs work that writes text (a newsletter, a calendar feed) in the given language rather than the
     * reader's: texts published for everybody are written in their project's language.
     */
    public static <T> T writtenIn(Locale locale, Supplier<T> work) {
        LocaleContext before = LocaleContextHolder.getLocaleContext();
        LocaleContextHolder.setLocale(locale);
        try {
            return work.get();
        } finally {
            LocaleContextHolder.setLocaleContext(before);
        }
    }
}
