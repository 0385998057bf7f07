package eu.practicehub.challenge;

import eu.practicehub.transfer.TransferStage;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Ranks good practices for a challenge. A practice scores {@value #THEME_WEIGHT} for each theme it
 * shares with the challenge and 1 for each term of the challenge's title and description found in
 * its title, summary, problem addressed, description or potential for transfer (see {@link Terms}).
 * Practices of the challenge's own partner and practices that match nothing are left out; the rest
 * come best first, then by title.
 */
final class Matchmaking {

    static final int THEME_WEIGHT = 3;

    private static final Comparator<Suggestion> BEST_FIRST = Comparator.comparingInt(Suggestion::score).reversed()
            .thenComparing(Suggestion::title, String.CASE_INSENSITIVE_ORDER)
            .thenComparingLong(Suggestion::practiceId);

    private Matchmaking() {
    }

    /** What the challenge asks for: its partner, themes and text. */
    record Need(String partner, List<String> themes, String title, String description) {
    }

    /**
     * A practice on offer, with the transfer to the challenge's partner that it already has (open or
     * adopted), if any.
     */
    record Offer(long practiceId, String title, String owner, List<String> themes, List<String> texts,
            Long transferId, TransferStage transferStage) {
    }

    static List<Suggestion> rank(Need need, List<Offer> offers) {
        Map<String, String> wanted = Terms.of(need.title() + "\n" + Objects.toString(need.description(), ""));
        return offers.stream()
                .filter(offer -> !offer.owner().equals(need.partner()))
                .map(offer -> suggest(need, wanted, offer))
                .filter(suggestion -> suggestion.score() > 0)
                .sorted(BEST_FIRST)
                .toList();
    }

    private static Suggestion suggest(Need need, Map<String, String> wanted, Offer offer) {
        Set<String> offered = Terms.of(String.join("\n", offer.texts().stream().filter(Objects::nonNull).toList()))
                .keySet();
        Set<String> offeredThemes = offer.themes().stream().map(Terms::fold).collect(Collectors.toSet());
        List<String> sharedThemes = need.themes().stream().filter(t -> offeredThemes.contains(Terms.fold(t))).toList();
        List<String> matchedTerms = wanted.entrySet().stream().filter(e -> offered.contains(e.getKey()))
                .map(Map.Entry::getValue).toList();
        int score = THEME_WEIGHT * sharedThemes.size() + matchedTerms.size();
        return new Suggestion(offer.practiceId(), offer.title(), offer.owner(), score, sharedThemes, matchedTerms,
                offer.transferId(), offer.transferStage());
    }

    static List<String> texts(String... texts) {
        return Stream.of(texts).filter(Objects::nonNull).toList();
    }
}
