package eu.practicehub.newsletter;

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
 * Writing a newsletter reads the period's events, then their visitors, practices and themes in
 * batches, and the targets with one count per kind of record and period: the same number of queries however many
 * events the period holds.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Tag("database")
class NewsletterQueriesTests {

    private static final int BOUNDED = 35;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void previewingANewsletterTakesTheSameBoundedNumberOfQueriesForOneEventOrSeveral() {
        long three = queriesFor("/projects/BETTER/newsletters/new?from=2021-07-01&to=2021-10-31&types=STUDY_VISIT");
        long all = queriesFor("/projects/BETTER/newsletters/new?from=2019-08-01&to=2023-07-31");
        long one = queriesFor("/projects/BETTER/newsletters/new?from=2021-07-01&to=2021-07-31");

        assertThat(three).isLessThanOrEqualTo(BOUNDED).isEqualTo(one);
        assertThat(all).isLessThanOrEqualTo(BOUNDED);
        assertThat(queriesFor("/projects/BETTER/news")).isLessThanOrEqualTo(5);
    }

    private long queriesFor(String page) {
        return QueryCount.of(mvc, entityManagerFactory, page);
    }
}
