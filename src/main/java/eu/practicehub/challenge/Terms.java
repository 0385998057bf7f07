package eu.practicehub.challenge;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The terms of a text, for matching: lower case, accents folded (“Gävle” is “gavle”), without stop
 * words and words shorter than three letters, lightly stemmed (“citizens” is “citizen”, “planning”
 * is “plan”). Each term keeps the first word of the text it came from, to show people.
 */
final class Terms {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final int SHORTEST = 3;

    private static final Set<String> STOP_WORDS = Set.of("about", "above", "after", "again", "against", "all", "also",
            "among", "and", "any", "are", "because", "been", "before", "being", "between", "both", "but", "can",
            "could", "did", "does", "doing", "done", "down", "during", "each", "either", "else", "even", "ever",
            "every", "few", "for", "from", "further", "had", "has", "have", "having", "her", "here", "hers", "him",
            "his", "how", "however", "into", "its", "itself", "just", "less", "may", "might", "more", "most", "much",
            "must", "new", "nor", "not", "now", "off", "once", "one", "only", "other", "others", "our", "ours",
            "out", "over", "own", "per", "same", "shall", "she", "should", "some", "such", "than", "that", "the",
            "their", "theirs", "them", "then", "there", "these", "they", "this", "those", "through", "too", "under",
            "until", "upon", "use", "used", "uses", "using", "very", "via", "was", "way", "ways", "were", "what",
            "when", "where", "which", "while", "who", "whom", "whose", "why", "will", "with", "within", "without",
            "would", "yet", "you", "your", "yours");

    private Terms() {
    }

    /** The terms of the text, each with the first word (folded, lower case) that gave it, in text order. */
    static Map<String, String> of(String text) {
        Map<String, String> terms = new LinkedHashMap<>();
        if (text == null) {
            return terms;
        }
        for (String word : SEPARATORS.split(fold(text))) {
            if (word.length() >= SHORTEST && !STOP_WORDS.contains(word)) {
                terms.putIfAbsent(stem(word), word);
            }
        }
        return terms;
    }

    /** Lower case without accents: “Nyíregyháza” is “nyiregyhaza”. */
    static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("").toLowerCase(Locale.ROOT);
    }

    /** Light stemming of a folded word: plural “s”, “es” and “ies”, and “ing” (with a doubled consonant). */
    static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 4 && (word.endsWith("sses") || word.endsWith("shes") || word.endsWith("ches")
                || word.endsWith("xes") || word.endsWith("zes"))) {
            return word.substring(0, word.length() - 2);
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")
                && !word.endsWith("is")) {
            return word.substring(0, word.length() - 1);
        }
        if (word.length() > 5 && word.endsWith("ing")) {
            String stem = word.substring(0, word.length() - 3);
            int n = stem.length();
            if (n > 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiouls".indexOf(stem.charAt(n - 1)) < 0) {
                return stem.substring(0, n - 1);
            }
            return stem;
        }
        return word;
    }
}
