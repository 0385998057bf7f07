package eu.practicehub.chain;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.QueryCount;
import eu.practicehub.actionplan.ActionPlan;
import eu.practicehub.actionplan.ActionPlanService;
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
 * A chain reads the project's transfers and plans once and matches them in memory: its pages cost a
 * bounded number of queries (one more per practice shown, for the events that examined it), never
 * one per transfer, move, workshop, action or indicator.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Tag("database")
class ChainQueriesTests {

    private static final int BOUNDED = 12;

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
    void theChainPagesAndTheMapReadTheirDataInABoundedNumberOfQueries() {
        Project better = projects.project("BETTER");
        long eServices = practices.byTitles(better, List.of("E-services at Gävle municipality")).get(0).getId();
        long tartu = projects.partner(better, "Tartu").orElseThrow().getId();
        ActionPlan plan = plans.plans(better).stream()
                .filter(p -> p.getPartner().getShortName().equals("Tartu")).findFirst().orElseThrow();
        long action = plan.getActions().get(0).getId();

        assertThat(queriesFor("/projects/BETTER/practices/" + eServices + "/chain")).isLessThanOrEqualTo(BOUNDED);
        assertThat(queriesFor("/projects/BETTER/partners/" + tartu + "/chain")).isLessThanOrEqualTo(BOUNDED);
        assertThat(queriesFor("/projects/BETTER/action-plans/" + plan.getId() + "/actions/" + action + "/chain"))
                .isLessThanOrEqualTo(BOUNDED);
        assertThat(queriesFor("/projects/BETTER/transfers/map")).isLessThanOrEqualTo(BOUNDED);
    }

    private long queriesFor(String page) {
        return QueryCount.of(mvc, entityManagerFactory, page);
    }
}
