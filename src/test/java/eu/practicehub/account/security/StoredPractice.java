package eu.practicehub.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A good practice as the API reads it, and the bodies that change it through the API or the edit form. */
record StoredPractice(String key, long id, JsonNode detail) {

    private static final List<String> TEXT_FIELDS = List.of("title", "owner", "summary", "problemAddressed", "description",
            "resourcesNeeded", "timescale", "evidenceOfSuccess", "potentialForTransfer", "location", "website", "status",
            "identifiedOn");

    /** The first good practice of the project's catalogue. */
    static StoredPractice first(MockMvcTester mvc, String key) {
        MvcTestResult list = mvc.get().uri("/api/v1/projects/{key}/practices?size=1", key).exchange();
        assertThat(list).hasStatusOk();
        return read(mvc, key, ApiTestProjects.json(list).get("content").get(0).get("id").asLong());
    }

    static StoredPractice read(MockMvcTester mvc, String key, long id) {
        MvcTestResult result = mvc.get().uri("/api/v1/projects/{key}/practices/{id}", key, id).exchange();
        assertThat(result).hasStatusOk();
        return new StoredPractice(key, id, ApiTestProjects.json(result));
    }

    long version() {
        return detail.get("version").asLong();
    }

    String text(String field) {
        JsonNode value = detail.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }

    String apiPath() {
        return "/api/v1/projects/" + key + "/practices/" + id;
    }

    String editPath() {
        return "/projects/" + key + "/practices/" + id + "/edit";
    }

    /** The JSON of an update based on this version with the given fields changed. */
    String updateJson(Map<String, String> changes) {
        ObjectNode body = ((ObjectNode) detail.deepCopy());
        body.remove("id");
        body.remove("examinedAt");
        changes.forEach(body::put);
        return ApiTestProjects.toJson(body);
    }

    /** The edit form as a browser sends it, based on this version with the given fields changed. */
    String updateForm(Map<String, String> changes) {
        List<String> fields = new ArrayList<>();
        for (String field : TEXT_FIELDS) {
            String value = changes.containsKey(field) ? changes.get(field) : text(field);
            fields.add(field + "=" + encode(value == null ? "" : value));
        }
        detail.get("themes").forEach(theme -> fields.add("themes=" + encode(theme.asString())));
        fields.add("version=" + version());
        return String.join("&", fields);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
