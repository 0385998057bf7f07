package eu.practicehub.search.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The marker of the practice index in OpenSearch, shared by every node: a document of its own small
 * index holding the mapping version the practice index was built by, that index's id (an index deleted
 * and created again is new, and empty) and whether a node is rebuilding it. A node takes the rebuild by
 * writing that document only if nobody wrote it since it was read (OpenSearch's sequence numbers), so of
 * nodes starting together exactly one rebuilds; the others serve what the index holds meanwhile. The
 * rebuilding node renews its claim; a claim not renewed for {@link #LEASE} (its node died) may be taken.
 * Renewing and ending a rebuild write the document the same way, only while it still names this node:
 * a node whose claim was taken leaves it to the node that took it.
 */
final class OpenSearchMarker implements IndexMarker {

    static final String INDEX = "practicehub-index-state";
    static final Duration LEASE = Duration.ofMinutes(2);
    /** The alias through which Hibernate Search writes the practice index (its default layout). */
    private static final String PRACTICE_ALIAS = "practice-write";
    private static final String DOCUMENT = "/" + INDEX + "/_doc/practice";
    private static final String INDEX_DEFINITION = """
            {"settings": {"number_of_shards": 1, "auto_expand_replicas": "0-1"},
             "mappings": {"properties": {"state": {"type": "keyword"}, "mappingVersion": {"type": "integer"},
               "index": {"type": "keyword"}, "node": {"type": "keyword"}, "since": {"type": "date"}}}}""";
    /** How long whether another node rebuilds is taken as known. */
    private static final Duration ELSEWHERE_CACHED_FOR = Duration.ofSeconds(5);
    private static final Logger log = LoggerFactory.getLogger(OpenSearchMarker.class);

    private final RestClient client;
    private final JsonMapper json = JsonMapper.shared();
    private final String node;
    private final Clock clock;
    private volatile boolean indexCreated;
    private volatile ElsewhereCheck elsewhere;

    OpenSearchMarker(RestClient client) {
        this(client, UUID.randomUUID().toString(), Clock.systemUTC());
    }

    /** A marker for the node of the given id, telling the time (and so the age of claims) by the given clock. */
    OpenSearchMarker(RestClient client, String node, Clock clock) {
        this.client = client;
        this.node = node;
        this.clock = clock;
    }

    @Override
    public boolean isCurrent() {
        return read().filter(marker -> "BUILT".equals(marker.get("state").asString())
                && marker.get("mappingVersion").asInt() == PracticeMapping.VERSION
                && marker.get("index").asString().equals(practiceIndexId())).isPresent();
    }

    @Override
    public String state() {
        return read().map(marker -> marker.get("mappingVersion").asInt() != PracticeMapping.VERSION ? "from an older mapping"
                : !marker.get("index").asString().equals(practiceIndexId()) ? "new" : marker.get("state").asString().toLowerCase())
                .orElse("not built yet");
    }

    /**
     * Always: emptying an index takes OpenSearch's delete-by-query, which a minimal node lacks (the reindex
     * module), and an index created again also takes a changed mapping.
     */
    @Override
    public boolean recreatesIndex() {
        return true;
    }

    @Override
    public boolean claim() {
        Optional<JsonNode> current = readWithVersion();
        if (current.isPresent() && heldElsewhere(current.get().get("_source"))) {
            return false;
        }
        int mappingVersion = current.map(found -> found.get("_source").get("mappingVersion").asInt()).orElse(0);
        String index = current.map(found -> found.get("_source").get("index").asString()).orElse("");
        return writeUnlessChanged(current, marker("REBUILDING", mappingVersion, index));
    }

    @Override
    public boolean renew() {
        return writeIfHeld(marker -> marker("REBUILDING", marker.get("mappingVersion").asInt(), marker.get("index").asString()));
    }

    @Override
    public void built() {
        writeIfHeld(marker -> marker("BUILT", PracticeMapping.VERSION, practiceIndexId()));
    }

    @Override
    public void failed() {
        writeIfHeld(marker -> marker("FAILED", 0, ""));
    }

    /** Read at most once per {@link #ELSEWHERE_CACHED_FOR}: searches ask on every request. */
    @Override
    public boolean isRebuildingElsewhere() {
        Instant now = now();
        ElsewhereCheck last = elsewhere;
        if (last == null || !now.isBefore(last.checked().plus(ELSEWHERE_CACHED_FOR))) {
            boolean rebuilding;
            try {
                rebuilding = read().filter(this::heldElsewhere).isPresent();
            } catch (RuntimeException e) {
                log.debug("Could not read the practice index's marker", e);
                rebuilding = false;
            }
            last = new ElsewhereCheck(now, rebuilding);
            elsewhere = last;
        }
        return last.rebuilding();
    }

    private boolean heldElsewhere(JsonNode marker) {
        return "REBUILDING".equals(marker.get("state").asString()) && !node.equals(marker.get("node").asString())
                && Instant.parse(marker.get("since").asString()).plus(LEASE).isAfter(now());
    }

    /**
     * Writes the marker that follows from the one read, only while that one names this node as the
     * rebuilding one and nobody wrote it since: whether it was written.
     */
    private boolean writeIfHeld(Function<JsonNode, String> next) {
        Optional<JsonNode> current = readWithVersion();
        boolean held = current.map(found -> found.get("_source"))
                .filter(marker -> "REBUILDING".equals(marker.get("state").asString()) && node.equals(marker.get("node").asString()))
                .isPresent();
        if (held && writeUnlessChanged(current, next.apply(current.get().get("_source")))) {
            return true;
        }
        log.warn("This node's claim on rebuilding the practice index was taken by another node: its marker is left as it is");
        return false;
    }

    /** Writes the marker only if nobody wrote it since it was read (or, read missing, created it): whether it was written. */
    private boolean writeUnlessChanged(Optional<JsonNode> read, String marker) {
        Request write = new Request("PUT", read.isEmpty() ? "/" + INDEX + "/_create/practice" : DOCUMENT);
        read.ifPresent(found -> {
            write.addParameter("if_seq_no", found.get("_seq_no").asString());
            write.addParameter("if_primary_term", found.get("_primary_term").asString());
        });
        write.setJsonEntity(marker);
        try {
            client.performRequest(write);
            return true;
        } catch (ResponseException e) {
            if (e.getResponse().getStatusLine().getStatusCode() == 409) {
                return false;
            }
            throw new UncheckedIOException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String marker(String state, int mappingVersion, String index) {
        return json.writeValueAsString(Map.of("state", state, "mappingVersion", mappingVersion, "index", index, "node", node,
                "since", now().toString()));
    }

    private Optional<JsonNode> read() {
        return readWithVersion().map(found -> found.get("_source"));
    }

    private Optional<JsonNode> readWithVersion() {
        createIndex();
        Request get = new Request("GET", DOCUMENT);
        get.addParameter("ignore", "404");
        JsonNode found = send(get);
        return found.path("found").asBoolean(false) ? Optional.of(found) : Optional.empty();
    }

    /** The id OpenSearch gave the practice index when it was created, or nothing when it is missing. */
    private String practiceIndexId() {
        Request get = new Request("GET", "/" + PRACTICE_ALIAS + "/_settings/index.uuid");
        get.addParameter("ignore", "404");
        JsonNode indexes = send(get);
        return indexes.propertyStream().map(index -> index.getValue().at("/settings/index/uuid").asString(""))
                .filter(id -> !id.isEmpty()).findFirst().orElse("");
    }

    /** The marker's own index, created once: one shard, and a replica where there is a second node. */
    private void createIndex() {
        if (indexCreated) {
            return;
        }
        Request put = new Request("PUT", "/" + INDEX);
        put.addParameter("ignore", "400");
        put.setJsonEntity(INDEX_DEFINITION);
        JsonNode answer = send(put);
        String error = answer.at("/error/type").asString("");
        if (!error.isEmpty() && !"resource_already_exists_exception".equals(error)) {
            throw new IllegalStateException("Could not create the index " + INDEX + ": " + answer);
        }
        indexCreated = true;
    }

    private JsonNode send(Request request) {
        try {
            Response response = client.performRequest(request);
            return json.readTree(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Instant now() {
        return Instant.now(clock);
    }

    private record ElsewhereCheck(Instant checked, boolean rebuilding) {
    }
}
