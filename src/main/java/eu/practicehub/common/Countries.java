package eu.practicehub.common;

import java.util.Locale;

/** Country names from ISO 3166-1 alpha-2 codes, as the JDK knows them. */
public final class Countries {

    private Countries() {
    }

    /** The country's name in the given language, e.g. "Italy" for IT; the code itself when none is known. */
    public static String name(String code, Locale locale) {
        if (code == null) {
            return "";
        }
        String name = new Locale("", code).getDisplayCountry(locale);
        return name.isBlank() ? code : name;
    }
}
