package eu.practicehub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import eu.practicehub.account.DemoAccounts;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.TestAbortedException;
import tools.jackson.databind.JsonNode;

/**
 * Two nodes of the packaged application under the cluster profile, on one PostgreSQL database (a schema of
 * their own, new for each run, in the database of the system property opensearch.database) and one real
 * OpenSearch node, driven over HTTP as behind a load balancer: a person signed in on node A goes on on node B;
 * a practice written on A is found through B's search within {@link #FOUND_WITHIN}; a practice kept to the
 * project's members is found by no visitor on either node; and node B killed and started again has lost
 * nothing. The tests build on each other, in order, to start each process once (a start takes about half a
 * minute on two processors). Skipped with a message without PostgreSQL or the OpenSearch distribution; under
 * {@code CI=true} they fail instead.
 */
@Tag("opensearch")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** How long a write on one node may take to be found on another: an outbox poll, indexing, OpenSearch's refresh. */
    static final Duration FOUND_WITHIN = Duration.ofSeconds(10);
    private static final String DATABASE = System.getProperty("opensearch.database", "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String DATABASE_USER = "postgres";
    private static final String SCHEMA = "cluster_it";
    private static final String ADMIN = "admin@" + DemoAccounts.DOMAIN;
    private static final String PRACTICES = "/projects/BETTER/practices";
    private static final String WRITTEN = "Tidal kelp nursery";
    private static final String EDITED = "Tidal lighthouse nursery";
    private static final String MEMBERS_ONLY = "Confidential seagrass ledger";

    private OpenSearchNode search;
    private PackagedApplication a;
    private PackagedApplication b;
    private final Browser person = new Browser();
    private final Browser visitor = new Browser();
    private String csrfOfA;
    private String token;
    private long practice;

    /** The folders of the nodes and their logs are kept when a test fails. */
    @BeforeAll
    void startOpenSearchThenTwoNodes(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path folder) {
        newSchema();
        try {
            search = OpenSearchNode.start();
        } catch (TestAbortedException skipped) {
            // A class skipped before its tests is counted as no test at all: say why in the build's output.
            System.out.println("[cluster] " + skipped.getMessage());
            throw skipped;
        }
        // The demo (its project and accounts) is loaded by the first node alone, before the second starts.
        a = node("node-a", folder, true);
        a.start();
        b = node("node-b", folder, false);
        b.start();
    }

    @AfterAll
    void stop() throws InterruptedException {
        for (AutoCloseable process : new AutoCloseable[] {b, a, search}) {
            try {
                if (process != null) {
                    process.close();
                }
            } catch (InterruptedException e) {
                throw e;
            } catch (Exception e) {
                System.out.println("[cluster] stopping: " + e);
            }
        }
    }

    @Test
    @Order(1)
    void aPersonSignedInOnOneNodeGoesOnOnTheOtherWithTheSameCookieAndCsrfToken() {
        person.signIn(a, ADMIN, DemoAccounts.ADMIN_PASSWORD);
        assertThat(person.cookie("JSESSIONID")).as("the session cookie").isPresent();
        csrfOfA = Browser.csrf(page(a, PRACTICES + "/new"));

        assertThat(page(b, "/profile")).as("the profile on node B").contains(ADMIN);
        token = person.newToken(b, csrfOfA);
        assertThat(b.read("/api/v1/me", token).get("email").asString()).isEqualTo(ADMIN);
    }

    @Test
    @Order(2)
    void aPracticeWrittenAndEditedOnOneNodeIsFoundThroughTheOthersSearchWithinTheBound() {
        HttpResponse<String> created = person.post(a, PRACTICES + "/new", Map.of("title", WRITTEN, "owner", "Genoa",
                "summary", "Seaweed grown on harbour ropes.", "status", "IDENTIFIED", "publicVisible", "true", "_csrf", csrfOfA));
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(created.statusCode()).as("creating the practice on node A").isEqualTo(302);
        practice = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(page(b, location)).as("the practice's page on node B, with the message of node A")
                .contains(WRITTEN + "” was added.");

        long version = a.read("/api/v1/projects/BETTER/practices/" + practice, token).get("version").asLong();
        HttpResponse<String> edited = person.post(a, PRACTICES + "/" + practice + "/edit", Map.of("title", EDITED,
                "owner", "Genoa", "summary", "Seaweed grown on the old lighthouse's ropes.", "status", "IDENTIFIED",
                "publicVisible", "true", "version", Long.toString(version), "_csrf", csrfOfA));
        assertThat(edited.statusCode()).as("editing the practice on node A").isEqualTo(302);

        Duration delay = foundWithin(() -> publicHits(b, "lighthouse"), EDITED);
        System.out.printf("[cluster] the practice edited on node A was found through node B's search after %d ms"
                + " (bound %d s)%n", delay.toMillis(), FOUND_WITHIN.toSeconds());
        assertThat(publicHits(b, "kelp")).as("the words of the version before the edit").doesNotContain(EDITED, WRITTEN);
        assertThat(visitorPage(b, "lighthouse")).as("node B's search page").contains(EDITED);
    }

    @Test
    @Order(3)
    void aPracticeKeptToMembersIsFoundByNoVisitorOnEitherNode() {
        HttpResponse<String> created = person.post(a, PRACTICES + "/new", Map.of("title", MEMBERS_ONLY, "owner", "Genoa",
                "summary", "Seagrass meadows mapped for the members.", "status", "IDENTIFIED", "_csrf", csrfOfA));
        assertThat(created.statusCode()).as("creating the practice kept to members on node A").isEqualTo(302);
        foundWithin(() -> hits(b, "seagrass", token), MEMBERS_ONLY);

        for (PackagedApplication node : List.of(a, b)) {
            assertThat(publicHits(node, "seagrass")).as("a visitor's search through the API").doesNotContain(MEMBERS_ONLY);
            assertThat(visitorPage(node, "seagrass")).as("a visitor's search page").doesNotContain(MEMBERS_ONLY);
        }
    }

    @Test
    @Order(4)
    void nodeBKilledAndStartedAgainHasLostNothing() {
        b.kill();
        b.start();

        assertThat(page(b, "/profile")).as("the session, still signed in on node B").contains(ADMIN);
        assertThat(b.read("/api/v1/projects/BETTER/practices/" + practice, token).get("title").asString()).isEqualTo(EDITED);
        assertThat(publicHits(b, "lighthouse")).as("node B's search").contains(EDITED);
        assertThat(hits(b, "seagrass", token)).as("a member's search on node B").contains(MEMBERS_ONLY);
        assertThat(publicHits(b, "seagrass")).as("a visitor's search on node B").doesNotContain(MEMBERS_ONLY);
        HttpResponse<String> form = person.post(b, "/profile/tokens", Map.of("tokenName", "after the restart", "_csrf", csrfOfA));
        assertThat(form.statusCode()).as("a form on node B with node A's CSRF token, after the restart").isEqualTo(200);
    }

    private PackagedApplication node(String name, Path folder, boolean demo) {
        return PackagedApplication.on(name, folder.resolve(name), Map.of(
                "SPRING_PROFILES_ACTIVE", "postgres,cluster",
                "PRACTICEHUB_DB_URL", DATABASE + (DATABASE.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA,
                "PRACTICEHUB_DB_USER", DATABASE_USER,
                "PRACTICEHUB_SEARCH_URIS", search.uri(),
                "PRACTICEHUB_BASE_URL", "http://practicehub.test",
                "PRACTICEHUB_DEMO_ENABLED", Boolean.toString(demo)));
    }

    /** A page the signed-in person reads; it must answer 200. */
    private String page(PackagedApplication node, String path) {
        HttpResponse<String> page = person.get(node, path);
        assertThat(page.statusCode()).as("GET %s", path).isEqualTo(200);
        return page.body();
    }

    /** The text of a visitor's search page, without its tags (a hit's title holds the matches in {@code <mark>}). */
    private String visitorPage(PackagedApplication node, String words) {
        HttpResponse<String> page = visitor.get(node, "/practices?q=" + encoded(words));
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body().replaceAll("<[^>]*>", "");
    }

    private List<String> publicHits(PackagedApplication node, String words) {
        HttpResponse<String> found = visitor.get(node, "/api/v1/practices?q=" + encoded(words));
        assertThat(found.statusCode()).as("a visitor's search: %s", found.body()).isEqualTo(200);
        return titles(PackagedApplication.JSON.readTree(found.body()));
    }

    private List<String> hits(PackagedApplication node, String words, String token) {
        return titles(node.read("/api/v1/practices?q=" + encoded(words), token));
    }

    private static String encoded(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    private static List<String> titles(JsonNode results) {
        return StreamSupport.stream(results.get("hits").spliterator(), false).map(hit -> hit.get("title").asString()).toList();
    }

    /** Searches until the title is found; fails after {@link #FOUND_WITHIN}, answers how long it took. */
    private static Duration foundWithin(Supplier<List<String>> search, String title) {
        long started = System.nanoTime();
        while (!search.get().contains(title)) {
            if (System.nanoTime() - started > FOUND_WITHIN.toNanos()) {
                fail("%s not found within %s", title, FOUND_WITHIN);
            }
            PackagedApplication.pause(Duration.ofMillis(100));
        }
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** A schema of the test's own, empty, so that the nodes migrate it from the start whatever else the database holds. */
    private static void newSchema() {
        try (Connection connection = DriverManager.getConnection(DATABASE, DATABASE_USER, "");
                Statement statement = connection.createStatement()) {
            statement.execute("drop schema if exists " + SCHEMA + " cascade");
            statement.execute("create schema " + SCHEMA);
        } catch (SQLException e) {
            String message = "The cluster test needs PostgreSQL at " + DATABASE + " (user " + DATABASE_USER
                    + "; another database with -Dopensearch.database=jdbc:postgresql://...): " + e.getMessage();
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail("CI=true and " + message);
            }
            System.out.println("[cluster] Skipped. " + message);
            assumeTrue(false, "Skipped. " + message);
        }
    }
}
