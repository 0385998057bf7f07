package eu.practicehub.search.index;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;
import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer;

/**
 * The analyzers of {@link PracticeAnalysis} for OpenSearch (the cluster profile): the same names, and
 * the same tokenizer and filters in the same order, as OpenSearch's analysis-common module names them.
 */
public class PracticeOpenSearchAnalysis implements ElasticsearchAnalysisConfigurer {

    @Override
    public void configure(ElasticsearchAnalysisConfigurationContext context) {
        context.tokenFilter("practice_english_possessive").type("stemmer").param("language", "possessive_english");
        context.tokenFilter("practice_italian_stem").type("stemmer").param("language", "light_italian");
        context.tokenFilter("practice_swedish_stem").type("stemmer").param("language", "light_swedish");
        context.tokenFilter("practice_estonian_stem").type("snowball").param("language", "Estonian");
        context.tokenFilter("practice_hungarian_stem").type("stemmer").param("language", "light_hungarian");

        context.analyzer(PracticeFields.ENGLISH).custom().tokenizer("standard")
                .tokenFilters("practice_english_possessive", "lowercase", "asciifolding", "porter_stem");
        // The language's stemmer reads its own letters (å, ö, ő) before they are folded.
        context.analyzer(PracticeLanguage.ITALIAN.analyzer()).custom().tokenizer("standard")
                .tokenFilters("elision", "lowercase", "practice_italian_stem", "asciifolding");
        context.analyzer(PracticeLanguage.SWEDISH.analyzer()).custom().tokenizer("standard")
                .tokenFilters("lowercase", "practice_swedish_stem", "asciifolding");
        context.analyzer(PracticeLanguage.ESTONIAN.analyzer()).custom().tokenizer("standard")
                .tokenFilters("lowercase", "practice_estonian_stem", "asciifolding");
        context.analyzer(PracticeLanguage.HUNGARIAN.analyzer()).custom().tokenizer("standard")
                .tokenFilters("lowercase", "practice_hungarian_stem", "asciifolding");
        context.normalizer(PracticeFields.SORT).custom().tokenFilters("lowercase", "asciifolding");
    }
}
