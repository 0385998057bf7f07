package eu.practicehub.search.index;

import static eu.practicehub.search.index.PracticeFields.ENGLISH;
import static eu.practicehub.search.index.PracticeFields.SORT;

import eu.practicehub.practice.Practice;
import eu.practicehub.practice.Theme;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import java.util.List;
import org.hibernate.search.engine.backend.types.Aggregable;
import org.hibernate.search.engine.backend.types.Highlightable;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;

/**
 * How a good practice becomes a document of the index, kept here so that the practice module stays
 * free of search concerns. The project, owner partner and themes are embedded without following
 * their own changes ({@link ReindexOnUpdate#SHALLOW}): {@link RelatedChanges} reindexes the practices
 * of a project or partner whose indexed values change.
 * <p>
 * Raise {@link #VERSION} whenever what is indexed changes: an index built by an older mapping is
 * rebuilt at start.
 */
public class PracticeMapping implements HibernateOrmSearchMappingConfigurer {

    /**
     * The version of this mapping, kept beside the index. 2: the text fields are highlighted by the unified
     * highlighter from their stored text, without term vectors (reading a hit's term vectors of every
     * field to highlight each one cost more than analysing its text again). 3: the project facet counts
     * project ids (numbers), not "key and name" strings, whose lookup in each segment's terms dictionary was
     * the most costly part of a search with thousands of hits.
     */
    public static final int VERSION = 3;

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
        TypeMappingStep practice = mapping.type(Practice.class);
        practice.indexed().index("practice");
        practice.binder(new PracticeDocumentBinder());
        practice.property("title")
                .fullTextField().analyzer(ENGLISH).highlightable(List.of(Highlightable.UNIFIED)).projectable(Projectable.YES)
                .keywordField(PracticeFields.TITLE_SORT).normalizer(SORT).sortable(Sortable.YES);
        practice.property("summary").fullTextField().analyzer(ENGLISH).highlightable(List.of(Highlightable.UNIFIED))
                .projectable(Projectable.YES);
        for (String text : new String[] {"problemAddressed", "description", "evidenceOfSuccess", "location"}) {
            practice.property(text).fullTextField().analyzer(ENGLISH).highlightable(List.of(Highlightable.UNIFIED));
        }
        practice.property("identifiedOn").genericField().sortable(Sortable.YES).projectable(Projectable.YES);
        practice.property("status").keywordField().aggregable(Aggregable.YES).projectable(Projectable.YES);
        practice.property("publicVisible").genericField().projectable(Projectable.YES);
        practice.property("project").indexedEmbedded().includePaths("id", "key", "name", "programme")
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        practice.property("owner").indexedEmbedded().includePaths("id", "shortName", "country", "organisationType")
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);
        practice.property("themes").indexedEmbedded().includePaths("id", "name")
                .indexingDependency().reindexOnUpdate(ReindexOnUpdate.SHALLOW);

        TypeMappingStep project = mapping.type(Project.class);
        project.property("id").genericField().projectable(Projectable.YES).aggregable(Aggregable.YES);
        project.property("key").keywordField().aggregable(Aggregable.YES).projectable(Projectable.YES);
        project.property("name").keywordField().projectable(Projectable.YES);
        project.property("programme").keywordField().aggregable(Aggregable.YES).projectable(Projectable.YES);

        TypeMappingStep partner = mapping.type(Partner.class);
        partner.property("id").genericField();
        partner.property("shortName").keywordField().projectable(Projectable.YES);
        partner.property("country").keywordField().aggregable(Aggregable.YES).projectable(Projectable.YES);
        partner.property("organisationType").keywordField().aggregable(Aggregable.YES);

        TypeMappingStep theme = mapping.type(Theme.class);
        theme.property("id").genericField();
        theme.property("name").keywordField().aggregable(Aggregable.YES).projectable(Projectable.YES);
    }
}
