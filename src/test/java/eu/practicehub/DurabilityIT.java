package eu.practicehub;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ConcurrentWriters.Written;
import eu.practicehub.PackagedApplication.Answer;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.CleanupMode;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Durability of the embedded database, on the packaged application run as a process of its own:
 * whatever the API acknowledged survives a SIGKILL of the process, and an import killed half-way is
 * found whole or not at all. Both tests share one process and data folder to keep the number of
 * starts low; each also runs alone.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DurabilityIT {

    private static final String ADMIN = "admin@better.example";
    private static final String ADMIN_PASSWORD = "demo-admin-password";
    private static final String IMPORT = "/api/v1/projects/import";
    private static final int WRITERS = 4;
    private static final Duration WRITING = Duration.ofSeconds(3);
    private static final int MINIMUM_WRITES = 40;
    /** How long the large import would take at the rate of the small one; it takes longer, as imports grow slower per record. */
    /** Practices in the imported documents: about 1.6 MB, within the 2 MB a request may hold. */
    private static final int LARGE_IMPORT = 8000;

    private PackagedApplication app;
    private String token;

    /** The data folder and logs are kept when a test fails. */
    @BeforeAll
    void prepare(@TempDir(cleanup = CleanupMode.ON_SUCCESS) Path folder) {
        app = PackagedApplication.on(folder);
    }

    @AfterAll
    void stop() throws InterruptedException {
        app.close();
    }

    @Test
    @Order(1)
    void everyWriteTheApiAcknowledgedIsFoundAfterTheProcessIsKilled() throws Exception {
        running();
        ConcurrentWriters writers = new ConcurrentWriters(app, token);
        writers.writeUntilKilled(WRITERS, WRITING, MINIMUM_WRITES);
        app.start();

        assertThat(app.read("/api/v1/me", token).get("email").asString()).as("the token created before the kill").isEqualTo(ADMIN);
        Set<String> titles = writers.titles();
        List<String> lost = new ArrayList<>();
        int found = 0;
        int inFlight = 0;
        int inFlightFound = 0;
        for (Written record : writers.records()) {
            inFlight += record.inFlight == null ? 0 : 1;
            if (!record.created()) {
                inFlightFound += titles.contains(record.title) ? 1 : 0;
                continue;
            }
            Answer now = app.call("GET", record.path(), token, null);
            boolean there = now.status() == 200;
            long version = there ? now.json().get("version").asLong() : -1;
            String content = there ? now.json().get(record.contentField()).asString() : null;
            int held = there ? record.writesHeld(version, content) : 0;
            found += held;
            inFlightFound += there && record.holdsInFlight(version, content) ? 1 : 0;
            if (held < record.acknowledged.size()) {
                lost.add("%s, acknowledged as version %d \"%s\": %s".formatted(record.title, record.version(),
                        record.acknowledged.lastEntry().getValue(),
                        there ? "found as version %d \"%s\"".formatted(version, content) : "answered " + now.status()));
            }
        }
        System.out.printf("[durability] %d writers, killed after %.1f s right after an answer: %d writes acknowledged, %d found"
                + " after the restart; %d in flight at the kill, %d of them found%n", WRITERS, writers.seconds(),
                writers.acknowledged(), found, inFlight, inFlightFound);
        assertThat(lost).as("acknowledged writes lost: %d of %d", writers.acknowledged() - found, writers.acknowledged())
                .isEmpty();
        assertThat(found).isEqualTo(writers.acknowledged()).isPositive();
    }

    @Test
    @Order(2)
    void anImportKilledHalfWayIsFoundWholeOrNotAtAll() throws Exception {
        running();
        ObjectNode better = (ObjectNode) app.read(ConcurrentWriters.PROJECT + "/export", token);

        // Two documents of the same size, as large as a request may be (2 MB): the first imported whole and
        // timed, the second killed a quarter of that time after it was sent.
        ObjectNode whole = document(better, "IMPORTED-WHOLE", LARGE_IMPORT);
        long started = System.nanoTime();
        Answer created = app.call("POST", IMPORT, token, whole);
        double seconds = (System.nanoTime() - started) / 1e9;
        assertThat(created.status()).as("import: %s", created.body()).isEqualTo(201);
        double perSecond = records(whole) / seconds;

        ObjectNode large = document(better, "IMPORT-KILLED", LARGE_IMPORT);
        Duration killAfter = Duration.ofMillis(Math.max(20, Math.round(seconds * 250)));
        CompletableFuture<HttpResponse<String>> answer = app.http().sendAsync(HttpRequest.newBuilder(app.uri(IMPORT))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(PackagedApplication.JSON.writeValueAsString(large))).build(),
                HttpResponse.BodyHandlers.ofString());
        PackagedApplication.pause(killAfter);
        assertThat(answer).as("the import answered before the kill: make the document larger").isNotDone();
        app.kill();
        boolean acknowledged = answer.handle((response, failure) -> response != null && response.statusCode() == 201).join();
        app.start();

        assertThat(sections(app.read("/api/v1/projects/IMPORTED-WHOLE/export", token)))
                .as("the import acknowledged before the kill").isEqualTo(sections(whole));
        int status = app.call("GET", "/api/v1/projects/IMPORT-KILLED", token, null).status();
        System.out.printf("[durability] import of %d records acknowledged in %.1f s (%.0f records/s); import of %d records"
                + " killed after %.1f s: project %s after the restart%n", records(whole), seconds, perSecond, records(large),
                killAfter.toMillis() / 1e3, status == 200 ? "present" : "absent");
        if (status == 200 || acknowledged) {
            assertThat(sections(app.read("/api/v1/projects/IMPORT-KILLED/export", token)))
                    .as("the project of the killed import, found with every record").isEqualTo(sections(large));
        } else {
            assertThat(status).as("the project of the killed import, not found at all").isEqualTo(404);
        }
    }

    /** Starts the application unless it runs, and signs in as the demo's administrator, who may import new projects. */
    private void running() {
        if (!app.isRunning()) {
            app.start();
        }
        if (token == null) {
            token = app.tokenOf(ADMIN, ADMIN_PASSWORD);
        }
    }

    /** A copy of a project document under another key, with generated practices added. */
    private static ObjectNode document(ObjectNode base, String key, int practices) {
        ObjectNode document = base.deepCopy();
        ((ObjectNode) document.get("project")).put("key", key);
        ArrayNode partners = (ArrayNode) document.get("partners");
        ArrayNode themes = (ArrayNode) document.get("themes");
        ArrayNode list = (ArrayNode) document.get("practices");
        for (int i = 0; i < practices; i++) {
            ObjectNode practice = list.addObject();
            practice.put("title", "Generated practice " + i);
            practice.put("owner", partners.get(i % partners.size()).get("shortName").asString());
            practice.putArray("themes").add(themes.get(i % themes.size()).asString());
            practice.put("summary", "Practice " + i + " of a document large enough that its import takes seconds.");
            practice.put("status", "IDENTIFIED");
            practice.put("identifiedOn", "2021-01-15");
        }
        return document;
    }

    /** The number of records in each list of a project document, and the practices' titles. */
    private static Map<String, Object> sections(JsonNode document) {
        Map<String, Object> sections = new TreeMap<>();
        document.properties().stream().filter(p -> p.getValue().isArray())
                .forEach(p -> sections.put(p.getKey(), p.getValue().size()));
        Set<String> titles = new TreeSet<>();
        document.get("practices").forEach(p -> titles.add(p.get("title").asString()));
        sections.put("practice titles", titles);
        return sections;
    }

    private static int records(JsonNode document) {
        return 1 + document.properties().stream().filter(p -> p.getValue().isArray()).mapToInt(p -> p.getValue().size()).sum();
    }
}
