package eu.practicehub.history;

import eu.practicehub.common.Actor;
import org.hibernate.envers.RevisionListener;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Writes who made a revision: the signed-in {@link Actor}, the name of any other authentication, or
 * "system" for work without one (background work, the demo loader, tests calling services).
 */
class RevisionActor implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        Revision revision = (Revision) revisionEntity;
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null) {
            revision.madeBy(null, null, Revision.SYSTEM);
        } else if (authentication.getPrincipal() instanceof Actor actor) {
            revision.madeBy(actor.accountId(), actor.email(), actor.displayName());
        } else {
            revision.madeBy(null, null, authentication.getName());
        }
    }
}
