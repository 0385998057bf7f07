package eu.practicehub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.QueryCount;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The dashboard counts in the database: a fixed number of queries however many records the project
 * holds. Most of them are the planning module's progress counts (one grouped count per kind of record
 * and period, for the whole plan and for the semester).
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Tag("database")
class DashboardQueriesTests {

    private static final int BOUND = 32;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void readsThePageAndTheApiInAFewQueriesWhateverTheProjectHolds() {
        String larger = DashboardDocuments.withPlannedEvents(mvc);

        long better = QueryCount.of(mvc, entityManagerFactory, "/projects/BETTER/dashboard");
        assertThat(better).isLessThanOrEqualTo(BOUND);
        // The larger project has more than a dashboard's worth of upcoming events: one more query counts them all.
        assertThat(QueryCount.of(mvc, entityManagerFactory, "/projects/" + larger + "/dashboard")).isLessThanOrEqualTo(better + 1);
        assertThat(QueryCount.of(mvc, entityManagerFactory, "/api/v1/projects/BETTER/dashboard")).isLessThanOrEqualTo(BOUND);
    }
}
