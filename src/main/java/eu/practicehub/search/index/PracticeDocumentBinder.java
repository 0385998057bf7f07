package eu.practicehub.search.index;

import eu.practicehub.practice.Practice;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

/**
 * The fields of a practice's document that no single property gives: its text once more in the
 * language of its owner partner's country (analysed with that language's stemming).
 */
class PracticeDocumentBinder implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("title").use("summary").use("problemAddressed").use("description")
                .use("evidenceOfSuccess").use("location").use("owner.country");
        IndexSchemaElement schema = context.indexSchemaElement();
        Map<PracticeLanguage, IndexFieldReference<String>> texts = new EnumMap<>(PracticeLanguage.class);
        for (PracticeLanguage language : PracticeLanguage.values()) {
            texts.put(language, schema.field(language.field(), f -> f.asString().analyzer(language.analyzer())).toReference());
        }
        context.bridge(Practice.class, new Bridge(texts));
    }

    private record Bridge(Map<PracticeLanguage, IndexFieldReference<String>> texts) implements TypeBridge<Practice> {

        @Override
        public void write(DocumentElement target, Practice practice, TypeBridgeWriteContext context) {
            PracticeLanguage.ofCountry(practice.getOwner().getCountry()).ifPresent(language -> target.addValue(
                    texts.get(language), Stream.of(practice.getTitle(), practice.getSummary(), practice.getProblemAddressed(),
                            practice.getDescription(), practice.getEvidenceOfSuccess(), practice.getLocation())
                            .filter(Objects::nonNull).collect(Collectors.joining("\n"))));
        }
    }
}
