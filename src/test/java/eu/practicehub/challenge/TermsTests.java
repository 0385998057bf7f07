package eu.practicehub.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTests {

    @Test
    void foldsAccentsAndCaseSoGavleMatchesGavle() {
        assertThat(Terms.of("Gävle and NYÍREGYHÁZA").keySet()).containsExactly("gavle", "nyiregyhaza");
        assertThat(Terms.of("Gavle").keySet()).isEqualTo(Terms.of("Gävle").keySet());
    }

    @Test
    void stemsPluralsAndIngSoCitizensMatchesCitizen() {
        assertThat(Terms.of("citizens").keySet()).isEqualTo(Terms.of("Citizen").keySet()).containsExactly("citizen");
        assertThat(Terms.stem("services")).isEqualTo(Terms.stem("service"));
        assertThat(Terms.stem("cities")).isEqualTo("city");
        assertThat(Terms.stem("processes")).isEqualTo("process");
        assertThat(Terms.stem("planning")).isEqualTo("plan");
        assertThat(Terms.stem("monitoring")).isEqualTo("monitor");
        assertThat(Terms.stem("process")).isEqualTo("process");
        assertThat(Terms.stem("bus")).isEqualTo("bus");
    }

    @Test
    void dropsStopWordsAndShortWordsAndKeepsTheFirstWordOfEachTerm() {
        assertThat(Terms.of("The e-services of the city, and its services for citizens")).containsExactly(
                java.util.Map.entry("service", "services"), java.util.Map.entry("city", "city"),
                java.util.Map.entry("citizen", "citizens"));
    }

    @Test
    void readsNothingFromNoText() {
        assertThat(Terms.of(null)).isEmpty();
        assertThat(Terms.of(" – ; ")).isEmpty();
    }
}
