package eu.practicehub.practice.api;

import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeExaminations;
import eu.practicehub.practice.PracticeExaminations.Examination;
import eu.practicehub.practice.PracticeFilter;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.PracticeStatus;
import eu.practicehub.practice.Theme;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.common.KnownDate;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads good practices for the API and turns them into views while the persistence context is open. */
@Service
@Transactional(readOnly = true)
class PracticeViews {

    private static final long NO_SUCH_ID = -1L;

    private final ProjectService projects;
    private final PracticeService practices;
    private final PracticeExaminations examinations;

    PracticeViews(ProjectService projects, PracticeService practices, PracticeExaminations examinations) {
        this.projects = projects;
        this.practices = practices;
        this.examinations = examinations;
    }

    /** Filters name a theme and an owner; one that does not exist in the project matches nothing. */
    PagedModel<PracticeSummary> catalogue(String key, String text, String themeName, String ownerName,
            PracticeStatus status, Pageable pageable) {
        Project project = projects.project(key);
        Long themeId = isBlank(themeName) ? null
                : practices.theme(project, themeName.strip()).map(Theme::getId).orElse(NO_SUCH_ID);
        Long ownerId = isBlank(ownerName) ? null
                : projects.partner(project, ownerName.strip()).map(Partner::getId).orElse(NO_SUCH_ID);
        PracticeFilter filter = new PracticeFilter(text, themeId, ownerId, status);
        Page<Practice> page = practices.catalogue(project, filter, pageable);
        return new PagedModel<>(page.map(PracticeSummary::of));
    }

    PracticeDetail practice(String key, long id) {
        Practice practice = practices.practice(projects.project(key), id);
        return PracticeDetail.of(practice, examinations.examinationsOf(practice));
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** A practice in the paged catalogue. */
    record PracticeSummary(long id, String title, String owner, List<String> themes, String summary,
            PracticeStatus status) {

        static PracticeSummary of(Practice p) {
            return new PracticeSummary(p.getId(), p.getTitle(), p.getOwner().getShortName(), themeNames(p),
                    p.getSummary(), p.getStatus());
        }
    }

    /** A practice with all its fields, its version for updates and the events that examined it. */
    record PracticeDetail(long id, String title, String owner, List<String> themes, String summary,
            String problemAddressed, String description, String resourcesNeeded, String timescale,
            String evidenceOfSuccess, String potentialForTransfer, String location, String website,
            PracticeStatus status,
            @Schema(type = "string", nullable = true, description = "When it was identified, as exactly as known: 2021-07-17, 2021-07 or 2021; null when not known", example = "2021-07-17")
            KnownDate identifiedOn, boolean publicVisible, long version, List<Examination> examinedAt) {

        static PracticeDetail of(Practice p, List<Examination> examinedAt) {
            return new PracticeDetail(p.getId(), p.getTitle(), p.getOwner().getShortName(), themeNames(p),
                    p.getSummary(), p.getProblemAddressed(), p.getDescription(), p.getResourcesNeeded(),
                    p.getTimescale(), p.getEvidenceOfSuccess(), p.getPotentialForTransfer(), p.getLocation(),
                    p.getWebsite(), p.getStatus(), p.getIdentified(), p.isPublicVisible(), p.getVersion(), examinedAt);
        }
    }

    private static List<String> themeNames(Practice practice) {
        return practice.getThemes().stream().map(Theme::getName).toList();
    }
}
