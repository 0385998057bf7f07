package eu.practicehub;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class ApiDocumentationTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void describesEveryApiOperationWithATagAndASummary() {
        JsonNode document = ApiTestProjects.json(mvc.get().uri("/v3/api-docs").exchange());
        assertThat(document.at("/info/title").asString()).isEqualTo("PracticeHub API");
        assertThat(document.get("tags").valueStream().map(t -> t.get("name").asString())).containsExactlyInAnyOrder(
                "Projects", "Good practices", "Events", "Semesters", "Project documents", "Transfers", "Action plans", "Challenges",
                "Learning chain", "Indicators", "Dashboard", "Travel restrictions", "Events at risk", "Newsletters", "History",
                "My account", "Backup and restore", "Good-practice database", "Programmes");
        assertThat(document.get("paths").propertyNames()).contains("/api/v1/projects", "/api/v1/practices", "/api/v1/projects/{key}/practices/{id}",
                "/api/v1/projects/{key}/events", "/api/v1/projects/{key}/semesters/{number}", "/api/v1/projects/import",
                "/api/v1/projects/{key}/action-plans/{id}/status",
                "/api/v1/projects/{key}/challenges/{id}/suggestions/{practiceId}/transfer",
                "/api/v1/projects/{key}/practices/{id}/chain", "/api/v1/projects/{key}/transfer-map",
                "/api/v1/projects/{key}/indicators",
                "/api/v1/projects/{key}/targets", "/api/v1/projects/{key}/semesters/{number}/targets",
                "/api/v1/projects/{key}/restrictions/{id}", "/api/v1/projects/{key}/restrictions/import",
                "/api/v1/projects/{key}/events/at-risk", "/api/v1/projects/{key}/events/{id}/resolve",
                "/api/v1/projects/{key}/practices/{id}/history", "/api/v1/projects/{key}/events/{id}/history",
                "/api/v1/projects/{key}/transfers/{id}/history", "/api/v1/projects/{key}/action-plans/{id}/history",
                "/api/v1/projects/{key}/practices/{id}/history/{revision}/restore",
                "/api/v1/projects/{key}/action-plans/{id}/history/{revision}/restore",
                "/api/v1/me", "/api/v1/me/tokens", "/api/v1/me/tokens/{id}", "/api/v1/me/tokens/{id}/revoke");
        document.get("paths").values().forEach(path -> path.values().forEach(operation -> {
            assertThat(operation.get("tags")).isNotEmpty();
            assertThat(operation.get("summary").asString()).isNotBlank();
        }));
        assertThat(document.at("/paths/~1api~1v1~1projects~1{key}~1practices~1{id}/put/responses").propertyNames())
                .contains("200", "404", "409", "422");
        assertThat(document.at("/paths/~1api~1v1~1projects~1{key}~1semesters~1{number}~1targets/put/responses").propertyNames())
                .contains("200", "409", "422");
    }

    @Test
    void declaresThePersonalAccessTokenSoThatSwaggerUiCanSendOneAndSaysWhatEachOperationTakes() {
        JsonNode document = ApiTestProjects.json(mvc.get().uri("/v3/api-docs").exchange());
        JsonNode scheme = document.at("/components/securitySchemes/personalAccessToken");
        assertThat(scheme.get("type").asString()).isEqualTo("http");
        assertThat(scheme.get("scheme").asString()).isEqualTo("bearer");
        assertThat(scheme.get("description").asString()).contains("Authorization: Bearer");

        String token = "[{\"personalAccessToken\":[]}]";
        String tokenOrNone = "[{\"personalAccessToken\":[]},{}]";
        // A read answers without a token and shows more with one; a write and the account's own operations need one.
        assertThat(document.at("/paths/~1api~1v1~1projects~1{key}~1transfers/get/security").toString()).isEqualTo(tokenOrNone);
        assertThat(document.at("/paths/~1api~1v1~1projects~1{key}~1transfers/post/security").toString()).isEqualTo(token);
        assertThat(document.at("/paths/~1api~1v1~1projects~1{key}~1newsletters~1{id}/put/security").toString()).isEqualTo(token);
        assertThat(document.at("/paths/~1api~1v1~1me/get/security").toString()).isEqualTo(token);
        document.get("paths").properties().forEach(path -> path.getValue().properties().forEach(operation -> assertThat(
                operation.getValue().get("security")).as(operation.getKey() + " " + path.getKey()).isNotEmpty()));
    }

    @Test
    void theStartAndTheMoveOfATransferDescribeNoFieldForWhoMakesThem() {
        JsonNode document = ApiTestProjects.json(mvc.get().uri("/v3/api-docs").exchange());

        for (String body : new String[] {"/paths/~1api~1v1~1projects~1{key}~1transfers/post/requestBody",
                "/paths/~1api~1v1~1projects~1{key}~1transfers~1{id}~1moves/post/requestBody"}) {
            String ref = document.at(body + "/content/application~1json/schema/$ref").asString();
            JsonNode schema = document.at("/components/schemas/" + ref.substring(ref.lastIndexOf('/') + 1));
            assertThat(schema.get("properties").propertyNames()).as(ref).isNotEmpty().doesNotContain("by");
        }
        assertThat(document.at("/paths/~1api~1v1~1projects~1{key}~1transfers/post/description").asString())
                .contains("recorded as started by the account of the token");
    }

    @Test
    void servesTheSwaggerUserInterface() {
        assertThat(mvc.get().uri("/swagger-ui.html")).hasStatus(HttpStatus.FOUND).headers()
                .hasValue("Location", "/swagger-ui/index.html");
        assertThat(mvc.get().uri("/swagger-ui/index.html")).hasStatusOk().bodyText().contains("Swagger UI");
    }
}
