package eu.practicehub;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Projects of their own for API tests that write: copies of the BETTER demo under fresh keys, so
 * tests sharing one database never see each other's changes and BETTER stays as the seed has it.
 */
public final class ApiTestProjects {

    public static final String BETTER = "BETTER";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiTestProjects() {
    }

    /** A project key no other test uses, e.g. {@code PRACTICE-3F9A0C1B}. */
    public static String freshKey(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase(Locale.ROOT);
    }

    /** BETTER's export as a tree. */
    public static ObjectNode exportOf(MockMvcTester mvc, String key) {
        MvcTestResult result = mvc.get().uri("/api/v1/projects/{key}/export", key).exchange();
        assertThat(result).hasStatusOk();
        return (ObjectNode) JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    /** Imports a copy of BETTER under a fresh key and returns that key. */
    public static String copyOfBetter(MockMvcTester mvc, String prefix) {
        return copyOfBetter(mvc, prefix, false);
    }

    /** A copy of BETTER without the newsletter the demo publishes, for tests that count the newsletters they write. */
    public static String copyOfBetterWithoutNewsletters(MockMvcTester mvc, String prefix) {
        return copyOfBetter(mvc, prefix, true);
    }

    private static String copyOfBetter(MockMvcTester mvc, String prefix, boolean withoutNewsletters) {
        String key = freshKey(prefix);
        ObjectNode document = exportOf(mvc, BETTER);
        ((ObjectNode) document.get("project")).put("key", key);
        if (withoutNewsletters) {
            document.remove("newsletters");
        }
        assertThat(importDocument(mvc, document)).hasStatus(HttpStatus.CREATED);
        return key;
    }

    public static MvcTestResult importDocument(MockMvcTester mvc, JsonNode document) {
        return mvc.post().uri("/api/v1/projects/import").contentType(MediaType.APPLICATION_JSON)
                .content(JSON.writeValueAsString(document)).exchange();
    }

    public static JsonNode json(MvcTestResult result) {
        return JSON.readTree(result.getResponse().getContentAsByteArray());
    }

    public static JsonNode tree(String json) {
        return JSON.readTree(json);
    }

    public static String toJson(Object value) {
        return JSON.writeValueAsString(value);
    }
}
