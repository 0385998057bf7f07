package eu.practicehub;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * How many SQL statements answering a GET took, from Hibernate's statistics (the test's context
 * needs {@code hibernate.generate_statistics=true}); the answer must be 200.
 */
public final class QueryCount {

    private QueryCount() {
    }

    public static long of(MockMvcTester mvc, EntityManagerFactory entityManagerFactory, String uri) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        assertThat(mvc.get().uri(uri)).as(uri).hasStatusOk();
        return statistics.getPrepareStatementCount();
    }
}
