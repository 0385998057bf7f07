package eu.practicehub.event.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.QueryCount;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventSpec;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.event.Restriction;
import eu.practicehub.event.RestrictionLevel;
import eu.practicehub.event.RestrictionService;
import eu.practicehub.event.RestrictionSpec;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import jakarta.persistence.EntityManagerFactory;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The restriction and at-risk pages read what they show in a few queries, however many events are at risk. */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Tag("database")
class RestrictionQueriesTests {

    private static final int FEW = 8;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    EventService events;

    @Autowired
    RestrictionService restrictions;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theAtRiskAndRestrictionPagesReadTheirDataInAFewQueriesWhateverTheNumberOfEvents() {
        String key = ApiTestProjects.copyOfBetter(mvc, "RESTRICTION-QUERIES");
        Project project = projects.project(key);
        LocalDate day = LocalDate.of(2022, 11, 15);
        plan(project, day, 1);
        plan(project, day.plusDays(1), 6);
        Restriction sweden = restrictions.create(project, new RestrictionSpec("SE", day, day, RestrictionLevel.RESTRICTED,
                null, null));
        assertThat(restrictions.eventsAtRisk(project)).hasSize(1);
        long withOne = QueryCount.of(mvc, entityManagerFactory, "/projects/" + key + "/events/at-risk");

        restrictions.update(project, sweden.getId(), sweden.getVersion(), new RestrictionSpec("SE", day, day.plusDays(1),
                RestrictionLevel.RESTRICTED, null, null));
        assertThat(restrictions.eventsAtRisk(project)).hasSize(7);

        long withSeven = QueryCount.of(mvc, entityManagerFactory, "/projects/" + key + "/events/at-risk");
        assertThat(withSeven).isLessThanOrEqualTo(FEW).isEqualTo(withOne);
        assertThat(QueryCount.of(mvc, entityManagerFactory, "/api/v1/projects/" + key + "/events/at-risk")).isLessThanOrEqualTo(FEW);
        assertThat(QueryCount.of(mvc, entityManagerFactory, "/projects/" + key + "/restrictions")).isLessThanOrEqualTo(FEW);
    }

    private void plan(Project project, LocalDate day, int count) {
        List<String> visitors = List.of("Gävle", "Tartu", "Birmingham", "Nyíregyháza");
        for (int i = 0; i < count; i++) {
            events.create(project, new EventSpec(EventType.STUDY_VISIT, "Planned visit " + i + " on " + day, day, null, day, null,
                    null, null, "Genoa", visitors.subList(0, 1 + i % visitors.size()), EventMode.IN_PERSON, null, null,
                    List.of(), null, null, null, EventStatus.PLANNED));
        }
    }
}
