package eu.practicehub.web;

import eu.practicehub.account.AccountAdministration.FirstRole;
import eu.practicehub.account.Role;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.validation.Errors;

/**
 * Where an invitation's first role is held, as a form's select offers it: a whole project
 * ({@code project:ID}, for coordinators) or one of its partners ({@code partner:ID}, for editors and viewers).
 */
final class Places {

    private Places() {
    }

    /** One option of the select. */
    record Place(String value, String projectName, String partnerName) {
    }

    /** The options for these partners (with their projects), each project before its partners. */
    static List<Place> of(List<Partner> partners) {
        List<Place> places = new ArrayList<>();
        Long lastProject = null;
        for (Partner partner : partners) {
            Project project = partner.getProject();
            if (!project.getId().equals(lastProject)) {
                places.add(new Place("project:" + project.getId(), project.getName(), null));
                lastProject = project.getId();
            }
            places.add(new Place("partner:" + partner.getId(), project.getName(), partner.getShortName()));
        }
        return places;
    }

    /**
     * The first role the form asks for, if any; a role without a place, a place without a role, or a
     * role that does not fit its place (a coordinator of a partner, an editor of a whole project) is a field error.
     */
    static Optional<FirstRole> firstRole(InviteForm form, List<Partner> partners, Errors errors) {
        boolean hasPlace = form.getPlace() != null && !form.getPlace().isBlank();
        boolean hasRole = form.getRole() != null && !form.getRole().isBlank();
        if (!hasPlace && !hasRole) {
            return Optional.empty();
        }
        Role role = role(form.getRole());
        if (role == null) {
            errors.rejectValue("role", "validation.required");
            return Optional.empty();
        }
        Optional<Partner> partner = partners.stream().filter(p -> ("partner:" + p.getId()).equals(form.getPlace())).findFirst();
        Optional<Project> project = partners.stream().map(Partner::getProject)
                .filter(p -> ("project:" + p.getId()).equals(form.getPlace())).findFirst();
        if (role == Role.COORDINATOR && project.isPresent()) {
            return Optional.of(new FirstRole(project.get().getId(), null, role));
        }
        if (role != Role.COORDINATOR && partner.isPresent()) {
            return Optional.of(new FirstRole(partner.get().getProject().getId(), partner.get().getId(), role));
        }
        errors.rejectValue("place", hasPlace ? "invite.place.mismatch" : "validation.required");
        return Optional.empty();
    }

    static Role role(String name) {
        if (name == null) {
            return null;
        }
        for (Role role : Role.values()) {
            if (role.name().equals(name)) {
                return role;
            }
        }
        return null;
    }
}
