package eu.practicehub;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.PackagedApplication.Answer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Writers that create and update practices and events of the demo project through the API at the
 * same time, each on records of its own, so that what each record must hold is known exactly: the
 * content of the last write the application acknowledged, or of the one write that was in flight
 * after it. The first answer after a given time ends the process with SIGKILL, while the others write.
 */
final class ConcurrentWriters {

    static final String PROJECT = "/api/v1/projects/BETTER";
    private static final List<String> PARTNERS = List.of("Genoa", "Gävle", "Birmingham", "Tartu", "Nyíregyháza");

    /** One record a writer owns: what was acknowledged of it, and the write in flight when the process died. */
    static final class Written {
        final String kind;
        final String title;
        final String partner;
        Long id;
        /** The content of each acknowledged write, by the version its answer gave. */
        final NavigableMap<Long, String> acknowledged = new TreeMap<>();
        String inFlight;

        Written(String kind, String title, String partner) {
            this.kind = kind;
            this.title = title;
            this.partner = partner;
        }

        boolean created() {
            return id != null;
        }

        long version() {
            return acknowledged.lastKey();
        }

        String path() {
            return PROJECT + "/" + kind + "/" + id;
        }

        String contentField() {
            return kind.equals("practices") ? "summary" : "agenda";
        }

        /** Whether the record, read with this version and content, holds the write that was in flight at the kill. */
        boolean holdsInFlight(long version, String content) {
            return inFlight != null && content.equals(inFlight) && (acknowledged.isEmpty() || version > version());
        }

        /** How many acknowledged writes the record, read with this version and content, holds. */
        int writesHeld(long version, String content) {
            boolean written = content.equals(acknowledged.get(version)) || holdsInFlight(version, content);
            return written ? acknowledged.headMap(version, true).size() : 0;
        }
    }

    private final PackagedApplication app;
    private final String token;
    private final List<Written> records = new ArrayList<>();
    private final AtomicInteger acknowledged = new AtomicInteger();
    private final AtomicBoolean killed = new AtomicBoolean();
    private volatile int minimum;
    private volatile long started;
    private volatile long killAt;
    private volatile double seconds;

    ConcurrentWriters(PackagedApplication app, String token) {
        this.app = app;
        this.token = token;
    }

    /**
     * Runs the writers; the first answer once {@code killAfter} passed and at least {@code minimum} writes were
     * acknowledged kills the application. Returns when all writers stopped.
     */
    void writeUntilKilled(int writers, Duration killAfter, int minimum) throws Exception {
        this.minimum = minimum;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        started = System.nanoTime();
        killAt = started + killAfter.toNanos();
        try {
            List<Future<List<Written>>> written = new ArrayList<>();
            for (int w = 0; w < writers; w++) {
                int writer = w;
                written.add(pool.submit(() -> write(writer)));
            }
            for (Future<List<Written>> f : written) {
                records.addAll(f.get(5, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(killed).as("the application was killed by a writer").isTrue();
    }

    /** One writer: creates a practice and updates it twice; every other round also creates an event and updates it. */
    private List<Written> write(int writer) throws InterruptedException {
        List<Written> mine = new ArrayList<>();
        try {
            for (int round = 0; ; round++) {
                String partner = PARTNERS.get((writer + round) % PARTNERS.size());
                Written practice = new Written("practices", "Durability practice " + writer + "-" + round, partner);
                mine.add(practice);
                for (int write = 0; write < 3; write++) {
                    send(practice, write, this::practiceBody);
                }
                if (round % 2 == 0) {
                    Written event = new Written("events", "Durability event " + writer + "-" + round, partner);
                    mine.add(event);
                    for (int write = 0; write < 2; write++) {
                        send(event, write, this::eventBody);
                    }
                }
            }
        } catch (Killed stopped) {
            return mine;
        } catch (IOException e) {
            if (killed.get()) {
                return mine;
            }
            throw new UncheckedIOException("A write failed before the kill", e);
        }
    }

    private static final class Killed extends Exception {
        Killed() {
            super(null, null, false, false);
        }
    }

    private void send(Written record, int write, Function<Written, Map<String, Object>> body)
            throws IOException, InterruptedException, Killed {
        if (killed.get()) {
            throw new Killed();
        }
        String content = record.title + ", write " + write;
        Map<String, Object> fields = body.apply(record);
        fields.put(record.contentField(), content);
        record.inFlight = content;
        Answer answer = record.created() ? app.call("PUT", record.path(), token, with(fields, "version", record.version()))
                : app.call("POST", PROJECT + "/" + record.kind, token, fields);
        assertThat(answer.status()).as("%s %s: %s", record.created() ? "update of" : "create of", record.title, answer.body())
                .isEqualTo(record.created() ? 200 : 201);
        JsonNode saved = answer.json();
        record.id = saved.get("id").asLong();
        record.acknowledged.put(saved.get("version").asLong(), content);
        record.inFlight = null;
        acknowledged.incrementAndGet();
        if (acknowledged.get() >= minimum && System.nanoTime() >= killAt && killed.compareAndSet(false, true)) {
            seconds = (System.nanoTime() - started) / 1e9;
            app.kill();
        }
    }

    private static Map<String, Object> with(Map<String, Object> fields, String name, Object value) {
        fields.put(name, value);
        return fields;
    }

    private Map<String, Object> practiceBody(Written practice) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("title", practice.title);
        fields.put("owner", practice.partner);
        fields.put("themes", List.of());
        return fields;
    }

    private Map<String, Object> eventBody(Written event) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("type", "THEMATIC_EVENT");
        fields.put("title", event.title);
        fields.put("start", "2023-03-15");
        fields.put("end", "2023-03-16");
        fields.put("host", event.partner);
        fields.put("mode", "VIRTUAL");
        fields.put("status", "PLANNED");
        return fields;
    }

    List<Written> records() {
        return records;
    }

    /** How long the writers wrote before the kill. */
    double seconds() {
        return seconds;
    }

    int acknowledged() {
        return acknowledged.get();
    }

    /** The titles of the project's practices and events as the application lists them now. */
    Set<String> titles() {
        Set<String> titles = new HashSet<>();
        for (String kind : List.of("practices", "events")) {
            eachPage(PROJECT + "/" + kind + "?size=100&sort=id", page -> page.get("content")
                    .forEach(record -> titles.add(record.get("title").asString())));
        }
        return titles;
    }

    private void eachPage(String path, Consumer<JsonNode> reader) {
        int pages = 1;
        for (int page = 0; page < pages; page++) {
            JsonNode answer = app.read(path + "&page=" + page, token);
            reader.accept(answer);
            pages = answer.get("page").get("totalPages").asInt();
        }
    }
}
