package eu.practicehub.web;

import eu.practicehub.account.Membership;
import eu.practicehub.account.Role;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Names the projects and partners of roles, which the account module keeps by id only: with one query
 * for all the roles of a page, never one per role.
 */
@Component
class AccountRoles {

    private final ProjectService projects;

    AccountRoles(ProjectService projects) {
        this.projects = projects;
    }

    /** A role as a page shows it. A project or partner that no longer exists shows as its id. */
    record RoleRow(long membershipId, long projectId, String projectKey, String projectName, Long partnerId,
            String partnerName, Role role, String email, String accountName, long version) {
    }

    List<RoleRow> rows(List<Membership> memberships) {
        Set<Long> projectIds = memberships.stream().map(Membership::getProjectId).collect(Collectors.toSet());
        Map<Long, Partner> partners = new HashMap<>();
        Map<Long, Project> projectsById = new HashMap<>();
        for (Partner partner : projects.partnersOfProjects(projectIds)) {
            partners.put(partner.getId(), partner);
            projectsById.put(partner.getProject().getId(), partner.getProject());
        }
        return memberships.stream().map(m -> {
            Project project = projectsById.get(m.getProjectId());
            Partner partner = m.getPartnerId() == null ? null : partners.get(m.getPartnerId());
            return new RoleRow(m.getId(), m.getProjectId(), project == null ? null : project.getKey(),
                    project == null ? "#" + m.getProjectId() : project.getName(), m.getPartnerId(),
                    m.getPartnerId() == null ? null : partner == null ? "#" + m.getPartnerId() : partner.getShortName(),
                    m.getRole(), m.getAccount().getEmail(), m.getAccount().getName(), m.getVersion());
        }).toList();
    }
}
