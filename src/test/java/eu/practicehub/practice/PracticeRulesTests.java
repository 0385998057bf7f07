package eu.practicehub.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.practicehub.account.Access;
import eu.practicehub.SystemClock;
import eu.practicehub.common.StoredTextCleanup;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.common.Violation;
import eu.practicehub.project.PartnerRole;
import eu.practicehub.project.PartnerSpec;
import eu.practicehub.project.Phase;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.project.ProjectSpec;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageRequest;

@Tag("database")
@DataJpaTest(showSql = false)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import({ProjectService.class, PracticeService.class, PracticeRulesTests.NoExaminations.class, SystemClock.class, Access.class,
        StoredTextCleanup.class})
class PracticeRulesTests {

    @Autowired
    ProjectService projects;
    @Autowired
    PracticeService practices;

    Project project;

    @BeforeEach
    void createProject() {
        String key = "PR" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        project = projects.createOrUpdate(new ProjectSpec(key, key, null, null, LocalDate.of(2019, 8, 1), 6, null,
                List.of(new Phase("Learning phase", LocalDate.of(2019, 8, 1), LocalDate.of(2022, 7, 31)))));
        projects.createOrUpdatePartner(project, new PartnerSpec("Genoa", "Municipality of Genoa", "IT", null,
                PartnerRole.LEAD, "Europe/Rome", null, null, null));
        projects.createOrUpdatePartner(project, new PartnerSpec("Tartu", "Tartu City Government", "EE", null,
                PartnerRole.PARTNER, "Europe/Tallinn", null, null, null));
        practices.createOrGetTheme(project, "Digital services to citizens");
        practices.createOrGetTheme(project, "Security and resilience");
    }

    @Test
    void twoPracticesOfAProjectCannotShareATitle() {
        practices.create(project, spec("Segnalaci", "Genoa"));

        assertThatThrownBy(() -> practices.create(project, spec("Segnalaci", "Tartu")))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .containsExactly(Violation.of("title", "practice.title.taken", "Segnalaci")));
    }

    @Test
    void theOwnerAndThemesMustExistInTheProject() {
        PracticeSpec spec = new PracticeSpec("Orphan", "Atlantis", List.of("Space travel"), null, null, null, null,
                null, null, null, null, "not a link", null);

        assertThatThrownBy(() -> practices.create(project, spec))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations()).containsExactlyInAnyOrder(
                        Violation.of("owner", "practice.owner.unknown", "Atlantis"),
                        Violation.of("themes", "practice.theme.unknown", "Space travel"),
                        Violation.of("website", "validation.webAddress")));
        assertThat(practices.practices(project)).isEmpty();
    }

    @Test
    void aPracticeOnlyMovesForward() {
        Practice practice = practices.create(project, spec("Segnalaci", "Genoa"));
        Practice examined = practices.update(project, practice.getId(), practice.getVersion(),
                withStatus(spec("Segnalaci", "Genoa"), PracticeStatus.EXAMINED));

        assertThatThrownBy(() -> practices.update(project, examined.getId(), examined.getVersion(),
                withStatus(spec("Segnalaci", "Genoa"), PracticeStatus.IDENTIFIED)))
                .isInstanceOfSatisfying(RuleViolationException.class, e -> assertThat(e.violations())
                        .extracting(Violation::code).containsExactly("practice.status.backwards"));
        assertThat(practices.practice(project, practice.getId()).getStatus()).isEqualTo(PracticeStatus.EXAMINED);
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefusedAndTheStoredOneStays() {
        Practice practice = practices.create(project, spec("Segnalaci", "Genoa"));
        long version = practice.getVersion();
        practices.update(project, practice.getId(), version, spec("Segnalaci!", "Genoa"));

        assertThatThrownBy(() -> practices.update(project, practice.getId(), version, spec("Segnalaci?", "Tartu")))
                .isInstanceOf(StaleVersionException.class);
        assertThat(practices.practice(project, practice.getId()).getTitle()).isEqualTo("Segnalaci!");
    }

    @Test
    void theCatalogueFiltersByThemeAndOwner() {
        practices.create(project, spec("Digital Citizen Folder", "Genoa", "Digital services to citizens"));
        practices.create(project, spec("Segnalaci", "Genoa", "Digital services to citizens"));
        practices.create(project, spec("Rain model", "Genoa", "Security and resilience"));
        practices.create(project, spec("Tartu citizen app", "Tartu"));
        Long citizens = practices.themes(project).get(0).getId();
        Long tartu = projects.partner(project, "Tartu").orElseThrow().getId();

        assertThat(titles(new PracticeFilter(null, citizens, null, null)))
                .containsExactlyInAnyOrder("Digital Citizen Folder", "Segnalaci");
        assertThat(titles(new PracticeFilter(null, null, tartu, null))).containsExactly("Tartu citizen app");
        // The text filter reads the practice index, which follows commits: see search.ProjectCatalogueSearchTests.
    }

    @Test
    void theCatalogueIsPaged() {
        for (int i = 0; i < 5; i++) {
            practices.create(project, spec("Practice " + i, "Genoa"));
        }
        var page = practices.catalogue(project, PracticeFilter.none(), PageRequest.of(1, 2));

        assertThat(page.getTotalElements()).isEqualTo(5);
        assertThat(page.getTotalPages()).isEqualTo(3);
        assertThat(page.getContent()).hasSize(2);
    }

    private List<String> titles(PracticeFilter filter) {
        return practices.catalogue(project, filter, PageRequest.of(0, 20)).map(Practice::getTitle).getContent();
    }

    private static PracticeSpec spec(String title, String owner, String... themes) {
        return new PracticeSpec(title, owner, List.of(themes), null, null, null, null, null, null, null, null, null, null);
    }

    private static PracticeSpec withStatus(PracticeSpec s, PracticeStatus status) {
        return new PracticeSpec(s.title(), s.owner(), s.themes(), s.summary(), s.problemAddressed(), s.description(),
                s.resourcesNeeded(), s.timescale(), s.evidenceOfSuccess(), s.potentialForTransfer(), s.location(),
                s.website(), status);
    }

    /** Stands in for the event module, which this slice does not load: no practice is examined anywhere. */
    static class NoExaminations implements PracticeExaminations {
        @Override
        public List<Examination> examinationsOf(Practice practice) {
            return List.of();
        }

        @Override
        public boolean isExamined(Practice practice) {
            return false;
        }
    }
}
