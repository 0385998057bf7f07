package eu.practicehub.project.api;

import eu.practicehub.project.OrganisationType;
import eu.practicehub.project.Partner;
import eu.practicehub.project.PartnerRole;
import eu.practicehub.project.Phase;
import eu.practicehub.project.Project;
import eu.practicehub.project.Semester;
import java.time.LocalDate;
import java.util.List;

/** What the API shows of projects and partners. */
final class ProjectViews {

    private ProjectViews() {
    }

    /**
     * One project with its phases, its periods and the period running today (null outside the project's
     * run). {@code endDate} is the project's end (its own, else its last phase's); {@code semesterMonths}
     * is null when the phases are the periods (then each period carries its phase's {@code name});
     * {@code language} is the language the project publishes in.
     */
    record ProjectView(String key, String name, String programme, String mission, LocalDate startDate,
            LocalDate endDate, Integer semesterMonths, String website, List<Phase> phases, List<Semester> semesters,
            Semester currentSemester, String language) {

        static ProjectView of(Project project, LocalDate today) {
            return new ProjectView(project.getKey(), project.getName(), project.getProgramme(), project.getMission(),
                    project.getStartDate(), project.endDate().orElse(null), project.getSemesterMonths(),
                    project.getWebsite(), project.getPhases(), project.semesters(),
                    project.runningSemester(today).orElse(null), project.publishingLocale().getLanguage());
        }
    }

    /** A partner; {@code organisationType} is null when not known. */
    record PartnerView(long id, String shortName, String name, String country, String nutsCode, PartnerRole role,
            OrganisationType organisationType, String timeZone, Contact contact, String website) {

        static PartnerView of(Partner partner) {
            return new PartnerView(partner.getId(), partner.getShortName(), partner.getName(), partner.getCountry(),
                    partner.getNutsCode(), partner.getRole(), partner.getOrganisationType(), partner.getTimeZone(),
                    new Contact(partner.getContactName(), partner.getContactEmail()), partner.getWebsite());
        }
    }

    /** Whom to contact at a partner; either part may be unknown. */
    record Contact(String name, String email) {
    }
}
