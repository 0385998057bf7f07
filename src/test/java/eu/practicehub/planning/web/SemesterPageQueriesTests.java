package eu.practicehub.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.QueryCount;
import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The semester page counts what was achieved with one grouped query per kind of record and period,
 * so the number of queries stays the same however many events, practices, transfers or plans there are.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Tag("database")
class SemesterPageQueriesTests {

    /** Project, targets, lead partner's time zone, and 2 × 5 counts (in the semester and up to its end) plus planned events. */
    private static final int BOUND = 16;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void theSemesterPageReadsItsFiguresInABoundedNumberOfQueriesWhateverTheNumberOfRecords() {
        String key = ApiTestProjects.copyOfBetter(mvc, "SEMESTER-QUERIES");
        String page = "/projects/" + key + "/semesters/5";
        long before = QueryCount.of(mvc, entityManagerFactory, page);

        for (int i = 1; i <= 5; i++) {
            assertThat(mvc.post().uri("/api/v1/projects/{key}/events", key).contentType(MediaType.APPLICATION_JSON)
                    .content("""
                            {"type": "REGIONAL_EVENT", "title": "Regional event %d", "start": "2021-11-%02d",
                             "end": "2021-11-%02d", "timeZone": "Europe/Tallinn", "host": "Tartu", "participants": ["Genoa"],
                             "mode": "VIRTUAL", "practices": ["Segnalaci"], "status": "HELD"}
                            """.formatted(i, i, i))).hasStatus(HttpStatus.CREATED);
            assertThat(mvc.post().uri("/api/v1/projects/{key}/practices", key).contentType(MediaType.APPLICATION_JSON)
                    .content("""
                            {"title": "Practice %d", "owner": "Tartu", "identifiedOn": "2021-11-%02d"}
                            """.formatted(i, i))).hasStatus(HttpStatus.CREATED);
        }
        long after = QueryCount.of(mvc, entityManagerFactory, page);

        assertThat(before).isLessThanOrEqualTo(BOUND);
        assertThat(after).isEqualTo(before);
        assertThat(mvc.get().uri("/api/v1/projects/{key}/semesters/5", key)).bodyJson()
                .extractingPath("$.progress.inSemester[5].achieved").isEqualTo(5);
    }
}
