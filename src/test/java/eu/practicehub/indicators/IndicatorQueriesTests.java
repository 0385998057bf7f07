package eu.practicehub.indicators;

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
 * Each indicator is counted by one grouped query for all semesters and the total, so the report
 * costs the same few queries however many semesters, events, practices, transfers and plans there are.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Tag("database")
class IndicatorQueriesTests {

    private static final int BOUNDED = 8;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theReportItsDownloadsAndTheApiCountInABoundedNumberOfQueries() {
        String key = IndicatorDataSet.importNew(mvc);
        for (String uri : new String[] {"/projects/BETTER/reports/indicators", "/projects/BETTER/reports/indicators?semester=5",
                "/projects/BETTER/reports/indicators.csv", "/projects/BETTER/reports/indicators.xlsx",
                "/api/v1/projects/BETTER/indicators", "/projects/" + key + "/reports/indicators",
                "/api/v1/projects/" + key + "/indicators?semester=2"}) {
            assertThat(QueryCount.of(mvc, entityManagerFactory, uri)).as(uri).isLessThanOrEqualTo(BOUNDED);
        }
    }
}
