package eu.practicehub.history.web;

import eu.practicehub.ApiTestProjects;
import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.QueryCount;
import eu.practicehub.actionplan.ActionPlanService;
import eu.practicehub.history.HistoryFixtures;
import eu.practicehub.practice.Practice;
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

/** The history and audit pages read a page of versions in a few queries, however many versions it lists. */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Tag("database")
class HistoryQueriesTests {

    private static String key;

    private static final int FEW = 12;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    PracticeService practices;

    @Autowired
    ActionPlanService plans;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void historyAndAuditPagesReadAPageInAFewQueriesHoweverManyVersionsItLists() {
        Project better = project();
        String title = HistoryFixtures.freshTitle("Queries");
        Practice practice = practices.create(better, HistoryFixtures.practice(title, "Genoa", "Summary 0", List.of()));
        long twoVersions = queriesFor("/projects/" + key() + "/practices/" + practice.getId() + "/history");
        for (int i = 1; i <= 25; i++) {
            practice = practices.update(better, practice.getId(), practice.getVersion(), HistoryFixtures.practice(title,
                    i % 2 == 0 ? "Genoa" : "Tartu", "Summary " + i,
                    List.of(i % 2 == 0 ? "Digital services to citizens" : "Security and resilience")));
        }

        long fullPage = queriesFor("/projects/" + key() + "/practices/" + practice.getId() + "/history");

        assertThat(fullPage).isLessThanOrEqualTo(FEW).isLessThanOrEqualTo(twoVersions + 2);
        assertThat(queriesFor("/projects/" + key() + "/practices/" + practice.getId() + "/history?page=2")).isLessThanOrEqualTo(FEW);
        assertThat(queriesFor("/projects/" + key() + "/audit")).isLessThanOrEqualTo(FEW);
        assertThat(queriesFor("/projects/" + key() + "/audit?kind=ACTION_PLAN&page=2")).isLessThanOrEqualTo(FEW);
        long plan = plans.plans(better).get(0).getId();
        assertThat(queriesFor("/projects/" + key() + "/action-plans/" + plan + "/history")).isLessThanOrEqualTo(FEW);
    }

    private long queriesFor(String page) {
        return QueryCount.of(mvc, entityManagerFactory, page);
    }

    /** A copy of BETTER of this class's own, so that the demo project's figures stay as other tests expect them. */
    private String key() {
        if (key == null || projects.projects().stream().noneMatch(p -> p.getKey().equals(key))) {
            key = ApiTestProjects.copyOfBetter(mvc, "HISTORY-QUERIES");
        }
        return key;
    }

    private Project project() {
        return projects.project(key());
    }
}
