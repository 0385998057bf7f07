package eu.practicehub.search.index;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.OpenSearchNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.apache.http.HttpHost;
import org.apache.http.util.EntityUtils;
import org.elasticsearch.client.Request;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The rebuild marker on a real OpenSearch node, with two nodes told apart by their ids: a claim that
 * lapsed is taken by the other node, and the node that lost it then leaves the marker alone.
 */
@Tag("opensearch")
class OpenSearchMarkerIT {

    private static OpenSearchNode node;
    private static RestClient client;

    @BeforeAll
    static void startNode() {
        node = OpenSearchNode.start();
        client = RestClient.builder(HttpHost.create(node.uri())).build();
    }

    @AfterAll
    static void stopNode() throws IOException {
        if (client != null) {
            client.close();
        }
        if (node != null) {
            node.close();
        }
    }

    @Test
    void aNodeWhoseClaimLapsedAndWasTakenLeavesTheMarkerToTheNodeThatTookIt() throws IOException {
        OpenSearchMarker first = new OpenSearchMarker(client, "first", Clock.systemUTC());
        OpenSearchMarker second = new OpenSearchMarker(client, "second",
                Clock.offset(Clock.systemUTC(), OpenSearchMarker.LEASE.plus(Duration.ofMinutes(1))));

        assertThat(first.claim()).isTrue();
        assertThat(index().at("/" + OpenSearchMarker.INDEX + "/settings/index/number_of_shards").asString()).isEqualTo("1");
        assertThat(first.renew()).as("still held").isTrue();
        assertThat(second.claim()).as("the first claim has lapsed for the second node").isTrue();
        assertThat(first.isRebuildingElsewhere()).isTrue();

        assertThat(first.renew()).as("lost").isFalse();
        first.built();
        first.failed();
        assertThat(marker().get("state").asString()).isEqualTo("REBUILDING");
        assertThat(marker().get("node").asString()).isEqualTo("second");

        second.built();
        assertThat(marker().get("state").asString()).isEqualTo("BUILT");
        assertThat(second.claim()).as("a new rebuild").isTrue();
        assertThat(first.claim()).as("held by the second node").isFalse();
    }

    private static JsonNode marker() throws IOException {
        return get("/" + OpenSearchMarker.INDEX + "/_doc/practice").get("_source");
    }

    private static JsonNode index() throws IOException {
        return get("/" + OpenSearchMarker.INDEX + "/_settings");
    }

    private static JsonNode get(String path) throws IOException {
        String body = EntityUtils.toString(client.performRequest(new Request("GET", path)).getEntity(), StandardCharsets.UTF_8);
        return JsonMapper.shared().readTree(body);
    }
}
