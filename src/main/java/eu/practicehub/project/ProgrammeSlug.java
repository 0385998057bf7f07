package eu.practicehub.project;

import java.text.Normalizer;
import java.util.Locale;

/**
 * A programme's name as the last part of its address: lower case letters and digits joined by hyphens,
 * accents dropped ("Interreg Europe 2014-2020" is {@code interreg-europe-2014-2020}).
 */
public final class ProgrammeSlug {

    private ProgrammeSlug() {
    }

    /** The slug of a programme's name; null for no programme or a name with no letter or digit. */
    public static String of(String programme) {
        if (programme == null) {
            return null;
        }
        String plain = Normalizer.normalize(programme, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT);
        String slug = plain.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? null : slug;
    }
}
