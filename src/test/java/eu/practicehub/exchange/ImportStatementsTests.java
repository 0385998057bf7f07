package eu.practicehub.exchange;

import static eu.practicehub.ApiTestProjects.importDocument;
import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.bench.InterregScaleData;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.json.JsonMapper;

/**
 * An import finds the records a document names without a query per record and writes them in
 * batches: a document ten times as large takes the same queries and only a batch's worth of
 * statements more for every batch of records it adds.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Tag("database")
class ImportStatementsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private record Counts(long queries, long statements, long records) {
    }

    @Test
    void aDocumentTenTimesAsLargeTakesTheSameQueriesAndStatementsByTheBatch() {
        Counts small = imported(InterregScaleData.largeProject(60, 20));
        Counts large = imported(InterregScaleData.largeProject(600, 200));

        assertThat(large.records()).isGreaterThan(small.records() * 4);
        // Reading what the document names: the same queries, whatever its size.
        assertThat(large.queries()).isEqualTo(small.queries());
        // Writing: statements by the batch, not by the record (one per record and table would be several times as many).
        long addedRecords = large.records() - small.records();
        long addedStatements = large.statements() - small.statements();
        System.out.printf("[import statements] %d records: %d queries, %d statements; %d records: %d queries, %d statements%n",
                small.records(), small.queries(), small.statements(), large.records(), large.queries(), large.statements());
        assertThat(addedStatements).isLessThan(addedRecords / 5);
    }

    private Counts imported(eu.practicehub.exchange.ProjectDocument document) {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        assertThat(importDocument(mvc, JSON.valueToTree(document))).hasStatus(HttpStatus.CREATED);
        return new Counts(statistics.getQueryExecutionCount(), statistics.getPrepareStatementCount(),
                InterregScaleData.records(document));
    }
}
