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
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.Response;
import org.elasticsearch.client.ResponseException;
import org.elasticsearch.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The marker of the practice index in OpenSearch, shared by every node: a document of its own small
 * index holding the mapping version the practice index was built by, that index's id (an index deleted
 * and created again is new, and empty) and whether a node is rebuilding it. A node takes the rebuild by
 * writing that document only if nobody wrote it since it was read (OpenSearch's sequence numbers), so of
 * nodes starting together exactly one rebuilds; the others serve what the index holds meanwhile. The
 * rebuilding node renews its claim; a claim not renewed for {@link #LEASE} (its node died) may be taken.
 */
final class OpenSearchMarker implements IndexMarker {

    static final String INDEX = "practicehub-index-state";
    static final Duration LEASE = Duration.ofMinutes(2);
    /** The alias through which Hibernate Search writes the practice index (its default layout). */
    private static final String PRACTICE_ALIAS = "practice-write";
    private static final String DOCUMENT = "/" + INDEX + "/_doc/practice";

    private final RestClient client;
    private final JsonMapper json = JsonMapper.shared();
    private final String node = UUID.randomUUID().toString();

    OpenSearchMarker(RestClient client) {
        this.client = client;
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
        if (current.isPresent()) {
            JsonNode marker = current.get().get("_source");
            boolean heldElsewhere = "REBUILDING".equals(marker.get("state").asString()) && !node.equals(marker.get("node").asString())
                    && Instant.parse(marker.get("since").asString()).plus(LEASE).isAfter(now());
            if (heldElsewhere) {
                return false;
            }
        }
        Request write = new Request("PUT", current.isEmpty() ? "/" + INDEX + "/_create/practice" : DOCUMENT);
        current.ifPresent(found -> {
            write.addParameter("if_seq_no", found.get("_seq_no").asString());
            write.addParameter("if_primary_term", found.get("_primary_term").asString());
        });
        write.setJsonEntity(marker("REBUILDING", current.map(found -> found.get("_source").get("mappingVersion").asInt()).orElse(0),
                current.map(found -> found.get("_source").get("index").asString()).orElse("")));
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

    @Override
    public void renew() {
        read().filter(marker -> node.equals(marker.get("node").asString()))
                .ifPresent(marker -> write(marker("REBUILDING", marker.get("mappingVersion").asInt(), marker.get("index").asString())));
    }

    @Override
    public void built() {
        write(marker("BUILT", PracticeMapping.VERSION, practiceIndexId()));
    }

    @Override
    public void failed() {
        write(marker("FAILED", 0, ""));
    }

    private String marker(String state, int mappingVersion, String index) {
        return json.writeValueAsString(Map.of("state", state, "mappingVersion", mappingVersion, "index", index, "node", node,
                "since", now().toString()));
    }

    private Optional<JsonNode> read() {
        return readWithVersion().map(found -> found.get("_source"));
    }

    private Optional<JsonNode> readWithVersion() {
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

    private void write(String marker) {
        Request put = new Request("PUT", DOCUMENT);
        put.setJsonEntity(marker);
        send(put);
    }

    private JsonNode send(Request request) {
        try {
            Response response = client.performRequest(request);
            return json.readTree(EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Instant now() {
        return Instant.now(Clock.systemUTC());
    }
}
