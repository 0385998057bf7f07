package eu.practicehub.challenge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import eu.practicehub.challenge.Matchmaking.Need;
import eu.practicehub.challenge.Matchmaking.Offer;
import eu.practicehub.transfer.TransferStage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The ranking on a small hand-made data set whose right order is known. */
class MatchmakingTests {

    private static final Need FLOODS = new Need("Tartu", List.of("Security and resilience", "Open data"),
            "Warning citizens of floods", "Rain sensors and river levels should warn citizens in time.");

    private static Offer offer(long id, String title, String owner, List<String> themes, String... texts) {
        return new Offer(id, title, owner, themes, List.of(texts), null, null);
    }

    private static final List<Offer> OFFERS = List.of(
            offer(1, "Parking app", "Genoa", List.of("Mobility"), "Parking app", "Pay for parking by phone."),
            offer(2, "Flood model", "Genoa", List.of("Security and resilience", "Open data"), "Flood model",
                    "A digital model of rain and river level data that warns the citizens."),
            offer(3, "Police center", "Gävle", List.of("Security and resilience"), "Police center",
                    "A new operation centre."),
            offer(4, "Citizen folder", "Birmingham", List.of(), "Citizen folder", "A folder for each citizen."),
            offer(5, "River sensors", "Tartu", List.of("Security and resilience"), "River sensors",
                    "Our own sensors on the river."),
            offer(6, "Warnings by text message", "Nyíregyháza", List.of("Open data"), "Warnings by text message",
                    "Warning each citizen of floods and heavy rain."));

    @Test
    void ranksSharedThemesAndMatchingTermsBestFirstAndLeavesOutWhatMatchesNothing() {
        List<Suggestion> ranked = Matchmaking.rank(FLOODS, OFFERS);

        assertThat(ranked).extracting(Suggestion::title, Suggestion::score).containsExactly(
                tuple("Flood model", 2 * 3 + 6),
                tuple("Warnings by text message", 3 + 4),
                tuple("Police center", 3),
                tuple("Citizen folder", 1));
    }

    @Test
    void saysWhyEachPracticeIsSuggested() {
        Suggestion best = Matchmaking.rank(FLOODS, OFFERS).get(0);

        assertThat(best.sharedThemes()).containsExactly("Security and resilience", "Open data");
        assertThat(best.matchedTerms()).containsExactly("warning", "citizens", "floods", "rain", "river", "levels");
        assertThat(best.owner()).isEqualTo("Genoa");
    }

    @Test
    void neverSuggestsThePartnersOwnPractices() {
        assertThat(Matchmaking.rank(FLOODS, OFFERS)).extracting(Suggestion::owner).doesNotContain("Tartu");
    }

    @Test
    void matchesAcrossAccentsAndPlurals() {
        Need need = new Need("Genoa", List.of(), "E-services in Gävle", null);
        Offer offer = offer(7, "Service design", "Gävle", List.of(), "Service design at Gavle municipality");

        assertThat(Matchmaking.rank(need, List.of(offer))).singleElement()
                .satisfies(s -> assertThat(s.matchedTerms()).containsExactly("services", "gavle"));
    }

    @Test
    void marksPracticesAlreadyInATransferToThePartner() {
        Offer held = new Offer(2, "Flood model", "Genoa", List.of("Open data"), List.of("Flood model"), 40L,
                TransferStage.ADAPT);

        assertThat(Matchmaking.rank(FLOODS, List.of(held))).singleElement().satisfies(s -> {
            assertThat(s.canStartTransfer()).isFalse();
            assertThat(s.transferStage()).isEqualTo(TransferStage.ADAPT);
        });
    }
}
