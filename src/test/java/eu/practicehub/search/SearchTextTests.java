package eu.practicehub.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SearchTextTests {

    @Test
    void readsWordsPhrasesAndExclusionsAndLeavesOutCommonWords() {
        SearchText text = SearchText.parse("recycling of  \"bulky waste\" -sofa the Göteborg \"unclosed phrase");

        assertThat(text.words()).containsExactly("recycling", "Göteborg");
        assertThat(text.phrases()).containsExactly("bulky waste", "unclosed phrase");
        assertThat(text.excluded()).containsExactly("sofa");
        assertThat(SearchText.parse("  ").isEmpty()).isTrue();
        assertThat(SearchText.parse(null).isEmpty()).isTrue();
    }

    @Test
    void longerWordsMayHaveMoreTypos() {
        assertThat(SearchText.editDistance("sofa")).isZero();
        assertThat(SearchText.editDistance("waste")).isEqualTo(1);
        assertThat(SearchText.editDistance("recycle")).isEqualTo(1);
        assertThat(SearchText.editDistance("goteborg")).isEqualTo(2);
    }

    @Test
    void readsAtMostAFixedNumberOfTerms() {
        assertThat(SearchText.parse("word ".repeat(100)).words()).hasSize(SearchText.MAX_TERMS);
    }
}
