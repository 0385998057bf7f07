package eu.practicehub.account;

import eu.practicehub.common.Violation;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * The one place that says who may do what. Services ask it before every change, for pages and API
 * alike; templates ask it (as {@code @access}) so that pages offer only what the person may do.
 * <ul>
 * <li>ADMIN: everything.</li>
 * <li>COORDINATOR of a project: everything in the project, including its members.</li>
 * <li>EDITOR of a partner: the partner's own records; reads the project's drafts.</li>
 * <li>VIEWER of a partner: reads the project's drafts.</li>
 * <li>Anyone else, signed in or not: what is published.</li>
 * </ul>
 * Work without any authentication at all (the demo loader, background listeners, tests that call
 * services directly) runs as the system and may do everything; a web request always carries one,
 * anonymous if nobody signed in.
 */
@Component("access")
public class Access {

    private static final String CACHE = Access.class.getName() + ".memberships";

    private final MembershipRepository memberships;

    Access(MembershipRepository memberships) {
        this.memberships = memberships;
    }

    /** The signed-in account, if there is one. */
    public Optional<AccountUser> currentUser() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.isAuthenticated()
                && authentication.getPrincipal() instanceof AccountUser user) {
            return Optional.of(user);
        }
        return Optional.empty();
    }

    public boolean isSignedIn() {
        return currentUser().isPresent();
    }

    public boolean isAdmin() {
        return isSystem() || currentUser().map(AccountUser::isAdmin).orElse(false);
    }

    /** Members (and administrators) see the project's drafts, minutes and draft action plans. */
    public boolean isMember(long projectId) {
        return isAdmin() || roles().stream().anyMatch(m -> m.getProjectId() == projectId);
    }

    /** The projects the current account is a member of (administrators, who see every project, are told by {@link #isAdmin()}). */
    public Set<Long> memberProjectIds() {
        return roles().stream().map(Membership::getProjectId).collect(Collectors.toUnmodifiableSet());
    }

    public boolean mayCoordinate(long projectId) {
        return isAdmin() || roles().stream().anyMatch(m -> m.getProjectId() == projectId && m.getRole() == Role.COORDINATOR);
    }

    /**
     * Whether the records of this partner may be changed: by its editors, the project's coordinators and
     * administrators. A null partner means a record of the whole project, which only coordinators change.
     */
    public boolean mayWrite(long projectId, Long partnerId) {
        if (mayCoordinate(projectId)) {
            return true;
        }
        return partnerId != null && roles().stream().anyMatch(m -> m.getProjectId() == projectId
                && partnerId.equals(m.getPartnerId()) && m.getRole() == Role.EDITOR);
    }

    /** Whether any of these partners' records may be changed, e.g. a transfer by its importer or, in part, its owner. */
    public boolean mayWriteAny(long projectId, Long... partnerIds) {
        for (Long partnerId : partnerIds) {
            if (mayWrite(projectId, partnerId)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The problem of a partner chosen in the field {@code field} of a record (an event's host, a practice's
     * owner, a transfer's importer) whose records the person may not change; none when they may. Services
     * refuse such a write with {@link eu.practicehub.common.ChoiceDeniedException}, so that a form can
     * show the message next to the field with the input kept.
     */
    public Optional<Violation> refusedChoice(long projectId, long partnerId, String field, String partnerName) {
        return mayWrite(projectId, partnerId) ? Optional.empty()
                : Optional.of(Violation.of(field, "access.choice.refused", partnerName));
    }

    /** Whether the person may change something in the project at all: an editor of any partner or more. */
    public boolean mayWriteSomething(long projectId) {
        return mayCoordinate(projectId)
                || roles().stream().anyMatch(m -> m.getProjectId() == projectId && m.getRole() == Role.EDITOR);
    }

    public void requireMember(long projectId) {
        if (!isMember(projectId)) {
            throw denied();
        }
    }

    public void requireCoordinator(long projectId) {
        if (!mayCoordinate(projectId)) {
            throw denied();
        }
    }

    public void requireWrite(long projectId, Long partnerId) {
        if (!mayWrite(projectId, partnerId)) {
            throw denied();
        }
    }

    public void requireWriteAny(long projectId, Long... partnerIds) {
        if (!mayWriteAny(projectId, partnerIds)) {
            throw denied();
        }
    }

    public void requireAdmin() {
        if (!isAdmin()) {
            throw denied();
        }
    }

    private static AccessDeniedException denied() {
        return new AccessDeniedException("Not allowed for this account");
    }

    private static boolean isSystem() {
        return SecurityContextHolder.getContext().getAuthentication() == null;
    }

    /** The current account's memberships, read once per request. */
    @SuppressWarnings("unchecked")
    private List<Membership> roles() {
        Optional<AccountUser> user = currentUser();
        if (user.isEmpty()) {
            return List.of();
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return memberships.findByAccountId(user.get().accountId());
        }
        Object cached = request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        if (cached instanceof CachedRoles roles && roles.accountId() == user.get().accountId()) {
            return roles.memberships();
        }
        List<Membership> found = memberships.findByAccountId(user.get().accountId());
        request.setAttribute(CACHE, new CachedRoles(user.get().accountId(), found), RequestAttributes.SCOPE_REQUEST);
        return found;
    }

    private record CachedRoles(long accountId, List<Membership> memberships) {
    }

}
