package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.QueryCount;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventService;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The pages read what they show in a few queries, however many rows they list: no query per row,
 * and nothing read lazily after the service's transaction (that would fail the page).
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Tag("database")
class PageQueriesTests {

    private static final int FEW = 8;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    PracticeService practices;

    @Autowired
    EventService events;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void eachPageReadsItsDataInAFewQueries() {
        Project better = projects.project("BETTER");
        Event genoa = events.events(better).stream()
                .filter(e -> e.getTitle().equals("Study visit hosted by Genoa")).findFirst().orElseThrow();
        long partner = projects.partner(better, "Genoa").orElseThrow().getId();
        long segnalaci = practices.byTitles(better, List.of("Segnalaci")).get(0).getId();

        assertThat(queriesFor("/projects/BETTER")).isLessThanOrEqualTo(FEW);
        assertThat(queriesFor("/projects/BETTER/partners/" + partner)).isLessThanOrEqualTo(FEW);
        assertThat(queriesFor("/projects/BETTER/practices")).isLessThanOrEqualTo(FEW);
        assertThat(queriesFor("/projects/BETTER/practices/" + segnalaci)).isLessThanOrEqualTo(FEW);
        assertThat(queriesFor("/projects/BETTER/events")).isLessThanOrEqualTo(FEW);
        assertThat(queriesFor("/projects/BETTER/events/timeline")).isLessThanOrEqualTo(FEW);
        assertThat(queriesFor("/projects/BETTER/events/" + genoa.getId())).isLessThanOrEqualTo(FEW);
        assertThat(queriesFor("/projects/BETTER/events/" + genoa.getId() + "/edit")).isLessThanOrEqualTo(FEW);
    }

    private long queriesFor(String page) {
        return QueryCount.of(mvc, entityManagerFactory, page);
    }
}
