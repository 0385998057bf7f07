package eu.practicehub.search.index;

import java.util.Arrays;
import java.util.Optional;

/**
 * The partner languages a practice may be written in, chosen by its owner partner's country: the
 * practice's text is indexed once more in a field of that language, with its stemming.
 */
public enum PracticeLanguage {
    ITALIAN("IT", "practice_italian"),
    SWEDISH("SE", "practice_swedish"),
    ESTONIAN("EE", "practice_estonian"),
    HUNGARIAN("HU", "practice_hungarian");

    private final String country;
    private final String analyzer;

    PracticeLanguage(String country, String analyzer) {
        this.country = country;
        this.analyzer = analyzer;
    }

    public String field() {
        return "text_" + country.toLowerCase(java.util.Locale.ROOT);
    }

    public String analyzer() {
        return analyzer;
    }

    public static Optional<PracticeLanguage> ofCountry(String country) {
        return Arrays.stream(values()).filter(l -> l.country.equalsIgnoreCase(country)).findFirst();
    }
}
