package eu.practicehub.search;

import static eu.practicehub.ApiTestProjects.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;

import eu.practicehub.OpenSearchNode;
import eu.practicehub.practice.Practice;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestInstancePreConstructCallback;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The good-practice database of {@link PracticeDatabaseTests}, every test of it, under the cluster
 * profile: on PostgreSQL (system property opensearch.database) and a real OpenSearch node, writes
 * reaching the index through the outbox. Accent folding, stemming, typos, facets, highlights and who
 * sees what are asserted as on the embedded Lucene index; each search first waits until the outbox is
 * empty, and a test of its own bounds how long a write takes to be found without that wait.
 */
@Tag("opensearch")
@ActiveProfiles({"postgres", "cluster"})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class PracticeDatabaseOpenSearchIT extends PracticeDatabaseTests {

    /** How long a write may take to be found: a poll of the outbox (100 ms), indexing, a refresh (1 s). */
    static final Duration FOUND_WITHIN = Duration.ofSeconds(5);
    /**
     * The node, started before the test instance and its application context, and kept in the class's
     * store, which JUnit closes after everything else of the class, the context included (dirtied after it).
     */
    @RegisterExtension
    static final TestInstancePreConstructCallback NODE = (factory, context) -> node = context
            .getStore(ExtensionContext.Namespace.GLOBAL)
            .computeIfAbsent(OpenSearchNode.class, type -> {
                emptySchema();
                return OpenSearchNode.start();
            }, OpenSearchNode.class);
    /** A schema of the test's own, so that it finds only its own practices whatever else the database holds. */
    private static final String SCHEMA = "opensearch_it";
    private static final String DATABASE = System.getProperty("opensearch.database", "jdbc:postgresql://127.0.0.1:5432/test");
    private static OpenSearchNode node;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    @DynamicPropertySource
    static void postgresAndOpenSearch(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> DATABASE + (DATABASE.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA);
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.hikari.maximum-pool-size", () -> "4");
        // The tests copy the demo project, which the postgres profile leaves out of a production database.
        registry.add("practicehub.demo.enabled", () -> "true");
        registry.add("practicehub.search.uris", () -> node.uri());
    }

    @Test
    void aPracticeWrittenOnOneRequestIsFoundWithinTheBoundWithoutWaitingForTheOutbox() {
        long written = System.nanoTime();
        post("/api/v1/projects/" + north + "/practices", Map.of("title", "Tidal energy cooperative", "owner", "Gävle"));
        List<String> found = List.of();
        while (found.isEmpty() && System.nanoTime() - written < FOUND_WITHIN.toNanos()) {
            found = titles(searchNow("q", "tidal", "project", north));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - written);
        assertThat(found).as("found within %s (took %s)", FOUND_WITHIN, took).containsExactly("Tidal energy cooperative");
    }

    @Override
    void indexed() {
        long deadline = System.nanoTime() + FOUND_WITHIN.toNanos();
        while (jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class) > 0) {
            if (System.nanoTime() > deadline) {
                fail("the outbox still holds events after %s", FOUND_WITHIN);
            }
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos());
        }
        Search.mapping(entityManagerFactory).scope(Practice.class).workspace().refresh();
    }

    private static void emptySchema() {
        try (Connection connection = DriverManager.getConnection(DATABASE, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
            statement.execute("create schema " + SCHEMA);
        } catch (SQLException e) {
            String message = "The OpenSearch tests need PostgreSQL at " + DATABASE
                    + " (user postgres; another database with -Dopensearch.database=jdbc:postgresql://...): " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true and " + message);
            }
            assumeTrue(false, "Skipped. " + message);
        }
    }

    private JsonNode searchNow(String... parameters) {
        var request = mvc.get().uri("/api/v1/practices").with(anonymous());
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.param(parameters[i], parameters[i + 1]);
        }
        return json(request.exchange());
    }
}
