package eu.practicehub;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Paged lists load their rows' associations in batches: the number of queries does not grow with the rows. */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class PagedListQueriesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    Statistics statistics;

    @BeforeEach
    void countQueries() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.setStatisticsEnabled(true);
    }

    @AfterEach
    void stopCounting() {
        statistics.setStatisticsEnabled(false);
    }

    @Test
    void readsAPageOfEventsWithHostsVisitorsPracticesAndThemesInAFixedNumberOfQueries() {
        long forOne = queriesFor("/api/v1/projects/BETTER/events?size=1");
        long forAll = queriesFor("/api/v1/projects/BETTER/events?size=100");
        assertThat(forOne).isPositive();
        assertThat(forAll).isLessThanOrEqualTo(forOne);
    }

    @Test
    void readsAPageOfPracticesWithOwnersAndThemesInAFixedNumberOfQueries() {
        long forOne = queriesFor("/api/v1/projects/BETTER/practices?size=1");
        long forAll = queriesFor("/api/v1/projects/BETTER/practices?size=100");
        assertThat(forOne).isPositive();
        assertThat(forAll).isLessThanOrEqualTo(forOne);
    }

    private long queriesFor(String uri) {
        statistics.clear();
        assertThat(mvc.get().uri(uri)).hasStatusOk();
        return statistics.getPrepareStatementCount();
    }
}
