package eu.practicehub.search;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeFilter;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.PracticeSpec;
import eu.practicehub.practice.PracticeStatus;
import eu.practicehub.project.PartnerRole;
import eu.practicehub.project.PartnerSpec;
import eu.practicehub.project.Phase;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.project.ProjectSpec;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;

/** A project's catalogue filtered by words: read from the index, with its other filters applied there too. */
@SpringBootTest
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProjectCatalogueSearchTests {

    @Autowired
    ProjectService projects;
    @Autowired
    PracticeService practices;

    Project project;
    Long citizens;

    @BeforeAll
    void aProjectWithFourPractices() {
        String key = "CS" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        project = projects.createOrUpdate(new ProjectSpec(key, key, null, null, LocalDate.of(2019, 8, 1), 6, null,
                List.of(new Phase("Learning phase", LocalDate.of(2019, 8, 1), LocalDate.of(2022, 7, 31)))));
        projects.createOrUpdatePartner(project, new PartnerSpec("Genoa", "Municipality of Genoa", "IT", null,
                PartnerRole.LEAD, "Europe/Rome", null, null, null));
        projects.createOrUpdatePartner(project, new PartnerSpec("Tartu", "Tartu City Government", "EE", null,
                PartnerRole.PARTNER, "Europe/Tallinn", null, null, null));
        citizens = practices.createOrGetTheme(project, "Digital services to citizens").getId();
        practices.createOrGetTheme(project, "Security and resilience");
        practices.create(project, spec("Digital Citizen Folder", "Genoa", "Digital services to citizens"));
        practices.create(project, spec("Segnalaci", "Genoa", "Digital services to citizens"));
        practices.create(project, spec("Rain model", "Genoa", "Security and resilience"));
        practices.create(project, spec("Tartu citizen app", "Tartu"));
    }

    @Test
    void findsWordsInAnyCaseAndFormWithTheOtherFilters() {
        assertThat(titles(new PracticeFilter("CITIZEN", null, null, null)))
                .containsExactlyInAnyOrder("Digital Citizen Folder", "Tartu citizen app");
        assertThat(titles(new PracticeFilter("citizens", citizens, null, PracticeStatus.IDENTIFIED)))
                .containsExactly("Digital Citizen Folder");
        assertThat(titles(new PracticeFilter("100%", null, null, null))).isEmpty();
        Long tartu = projects.partner(project, "Tartu").orElseThrow().getId();
        assertThat(titles(new PracticeFilter("citizen", null, tartu, null))).containsExactly("Tartu citizen app");
        assertThat(titles(new PracticeFilter("citizen", null, null, PracticeStatus.EXAMINED))).isEmpty();
    }

    @Test
    void pagesTheMatchesByRelevance() {
        var page = practices.catalogue(project, new PracticeFilter("citizen", null, null, null), PageRequest.of(1, 1));

        assertThat(page.getTotalElements()).isEqualTo(2);
        assertThat(page.getContent()).hasSize(1);
    }

    private List<String> titles(PracticeFilter filter) {
        return practices.catalogue(project, filter, PageRequest.of(0, 20)).map(Practice::getTitle).getContent();
    }

    private static PracticeSpec spec(String title, String owner, String... themes) {
        return new PracticeSpec(title, owner, List.of(themes), null, null, null, null, null, null, null, null, null, null);
    }
}
