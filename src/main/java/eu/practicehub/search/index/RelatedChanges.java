package eu.practicehub.search.index;

import eu.practicehub.practice.Practice;
import eu.practicehub.practice.Theme;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import jakarta.persistence.EntityManagerFactory;
import java.util.Set;
import org.hibernate.FlushMode;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.work.SearchIndexingPlan;
import org.springframework.stereotype.Component;

/**
 * Reindexes, in the same transaction, the practices whose document holds a value of a project,
 * partner or theme that changed (a project's name or programme, a partner's short name, country or
 * type, a theme's name): the mapping embeds them without following them (see {@link PracticeMapping}),
 * as they have no association back to their practices. Whatever writes them (pages, API, import,
 * restore) goes through Hibernate, and so through here.
 */
@Component
class RelatedChanges implements PostUpdateEventListener {

    private static final Set<String> PROJECT = Set.of("key", "name", "programme");
    private static final Set<String> PARTNER = Set.of("shortName", "country", "organisationType");
    private static final Set<String> THEME = Set.of("name");

    RelatedChanges(EntityManagerFactory entityManagerFactory) {
        entityManagerFactory.unwrap(SessionFactoryImplementor.class).getEventListenerRegistry()
                .appendListeners(EventType.POST_UPDATE, this);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        Object entity = event.getEntity();
        if (!(event.getSession() instanceof SessionImplementor session)) {
            return;
        }
        if (entity instanceof Project project && changed(event, PROJECT)) {
            reindex(session, "select p from Practice p where p.project.id = :id", project.getId());
        } else if (entity instanceof Partner partner && changed(event, PARTNER)) {
            reindex(session, "select p from Practice p where p.owner.id = :id", partner.getId());
        } else if (entity instanceof Theme theme && changed(event, THEME)) {
            reindex(session, "select p from Practice p join p.themes t where t.id = :id", theme.getId());
        }
    }

    /**
     * Adds the practices to the transaction's indexing plan, which Hibernate Search processes before
     * the commit; read without flushing, as this runs inside a flush.
     */
    private static void reindex(SessionImplementor session, String query, Long id) {
        SearchIndexingPlan plan = Search.session(session).indexingPlan();
        session.createSelectionQuery(query, Practice.class).setParameter("id", id)
                .setHibernateFlushMode(FlushMode.MANUAL).getResultList().forEach(plan::addOrUpdate);
    }

    private static boolean changed(PostUpdateEvent event, Set<String> indexed) {
        int[] dirty = event.getDirtyProperties();
        if (dirty == null) {
            return true;
        }
        String[] names = event.getPersister().getPropertyNames();
        for (int index : dirty) {
            if (indexed.contains(names[index])) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
