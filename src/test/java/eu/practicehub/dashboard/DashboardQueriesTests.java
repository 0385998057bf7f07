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

/** The dashboard counts in the database: a fixed number of queries however many records the project holds. */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Tag("database")
class DashboardQueriesTests {

    private static final int BOUND = 12;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void readsThePageAndTheApiInAFewQueriesWhateverTheProjectHolds() {
        String larger = DashboardDocuments.withPlannedEvents(mvc);

        long better = QueryCount.of(mvc, entityManagerFactory, "/projects/BETTER/dashboard");
        assertThat(better).isLessThanOrEqualTo(BOUND);
        assertThat(QueryCount.of(mvc, entityManagerFactory, "/projects/" + larger + "/dashboard")).isLessThanOrEqualTo(BOUND);
        assertThat(QueryCount.of(mvc, entityManagerFactory, "/api/v1/projects/BETTER/dashboard")).isLessThanOrEqualTo(BOUND);
    }
}
