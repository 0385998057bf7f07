package eu.practicehub.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a person typed in a search box: words that must all match, "quoted phrases" that must
 * match as written, and -words that must not match. Common English words are left out; a word of
 * {@value #FUZZY_ONE} letters or more may differ from the indexed one by one edit, of
 * {@value #FUZZY_TWO} or more by two.
 */
public record SearchText(List<String> words, List<String> phrases, List<String> excluded) {

    static final int FUZZY_ONE = 5;
    static final int FUZZY_TWO = 8;
    /** Longest text read; beyond it the rest is ignored. */
    static final int MAX_LENGTH = 500;
    static final int MAX_TERMS = 32;

    private static final Set<String> COMMON = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
            "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their", "then",
            "there", "these", "they", "this", "to", "was", "will", "with");

    public static SearchText parse(String text) {
        List<String> words = new ArrayList<>();
        List<String> phrases = new ArrayList<>();
        List<String> excluded = new ArrayList<>();
        if (text == null) {
            return new SearchText(words, phrases, excluded);
        }
        String input = text.length() > MAX_LENGTH ? text.substring(0, MAX_LENGTH) : text;
        int i = 0;
        while (i < input.length() && words.size() + phrases.size() + excluded.size() < MAX_TERMS) {
            char c = input.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '"') {
                int end = input.indexOf('"', i + 1);
                end = end < 0 ? input.length() : end;
                String phrase = input.substring(i + 1, end).strip();
                if (!phrase.isEmpty()) {
                    phrases.add(phrase);
                }
                i = end + 1;
            } else {
                int end = i;
                while (end < input.length() && !Character.isWhitespace(input.charAt(end)) && input.charAt(end) != '"') {
                    end++;
                }
                String word = input.substring(i, end);
                if (word.startsWith("-") && word.length() > 1) {
                    excluded.add(word.substring(1));
                } else if (!word.equals("-") && !COMMON.contains(word.toLowerCase(Locale.ROOT))) {
                    words.add(word);
                }
                i = end;
            }
        }
        return new SearchText(List.copyOf(words), List.copyOf(phrases), List.copyOf(excluded));
    }

    public boolean isEmpty() {
        return words.isEmpty() && phrases.isEmpty() && excluded.isEmpty();
    }

    /** How many edits a word may differ by: none for short words, one from 5 letters, two from 8. */
    static int editDistance(String word) {
        int letters = (int) word.codePoints().filter(Character::isLetterOrDigit).count();
        return letters >= FUZZY_TWO ? 2 : letters >= FUZZY_ONE ? 1 : 0;
    }
}
