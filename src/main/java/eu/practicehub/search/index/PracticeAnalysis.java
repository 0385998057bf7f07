package eu.practicehub.search.index;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the practice index for the embedded Lucene backend. Every analyzer folds accents
 * ("Göteborg" is "goteborg") and lower-cases; the English one also stems ("recycling" is "recycl"),
 * the partner languages' ones stem their language. A configuration for another backend defines the
 * same names.
 */
public class PracticeAnalysis implements LuceneAnalysisConfigurer {

    @Override
    public void configure(LuceneAnalysisConfigurationContext context) {
        context.analyzer(PracticeFields.ENGLISH).custom()
                .tokenizer("standard")
                .tokenFilter("englishPossessive")
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding")
                .tokenFilter("porterStem");
        // The language's stemmer reads its own letters (å, ö, ő) before they are folded.
        context.analyzer(PracticeLanguage.ITALIAN.analyzer()).custom()
                .tokenizer("standard")
                .tokenFilter("elision")
                .tokenFilter("lowercase")
                .tokenFilter("italianLightStem")
                .tokenFilter("asciiFolding");
        context.analyzer(PracticeLanguage.SWEDISH.analyzer()).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("swedishLightStem")
                .tokenFilter("asciiFolding");
        context.analyzer(PracticeLanguage.ESTONIAN.analyzer()).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("snowballPorter").param("language", "Estonian")
                .tokenFilter("asciiFolding");
        context.analyzer(PracticeLanguage.HUNGARIAN.analyzer()).custom()
                .tokenizer("standard")
                .tokenFilter("lowercase")
                .tokenFilter("hungarianLightStem")
                .tokenFilter("asciiFolding");
        context.normalizer(PracticeFields.SORT).custom()
                .tokenFilter("lowercase")
                .tokenFilter("asciiFolding");
    }
}
