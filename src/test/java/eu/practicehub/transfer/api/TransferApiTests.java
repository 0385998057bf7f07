package eu.practicehub.transfer.api;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.web.PageTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

@PageTest
class TransferApiTests {

    @Autowired
    MockMvcTester mvc;

    String key;

    @BeforeEach
    void copyBetter() {
        key = ApiTestProjects.copyOfBetter(mvc, "TRANSFER-API");
    }

    @Test
    void startsATransferAndMovesItOnUntilThePracticeIsAdopted() {
        MvcTestResult created = post("/transfers", """
                {"practice": "Segnalaci", "importer": "Tartu", "by": "Kalle Kask, Tartu"}""");
        assertThat(created).hasStatus(HttpStatus.CREATED);
        JsonNode transfer = ApiTestProjects.json(created);
        long id = transfer.get("id").asLong();
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/projects/" + key + "/transfers/" + id);
        assertThat(transfer.get("stage").asString()).isEqualTo("UNDERSTAND");
        assertThat(transfer.get("owner").asString()).isEqualTo("Genoa");
        assertThat(transfer.get("moves").get(0).get("at").asString()).isEqualTo(PageTest.TODAY);

        MvcTestResult moved = post("/transfers/" + id + "/moves", """
                {"to": "ADAPT", "by": "Kalle Kask, Tartu", "version": %d}""".formatted(transfer.get("version").asLong()));
        assertThat(moved).hasStatus(HttpStatus.CREATED);
        JsonNode adapting = ApiTestProjects.json(moved);
        assertThat(post("/transfers/" + id + "/moves", """
                {"to": "REUSE", "by": "Kalle", "version": %d}""".formatted(adapting.get("version").asLong())))
                .hasStatus(HttpStatus.CREATED);

        assertThat(mvc.get().uri("/api/v1/projects/{key}/transfers?stage=REUSE&partner=Tartu", key).exchange())
                .bodyJson().extractingPath("$.content[0].practice").isEqualTo("Segnalaci");
        assertThat(mvc.get().uri("/api/v1/projects/{key}/practices/{id}", key, transfer.get("practiceId").asLong()).exchange())
                .bodyJson().extractingPath("$.status").isEqualTo("ADOPTED");
    }

    @Test
    void answersAStaleMoveWith409AndABrokenRuleWith422() {
        JsonNode transfer = ApiTestProjects.json(post("/transfers", """
                {"practice": "Segnalaci", "importer": "Gävle", "by": "Anna"}"""));
        long id = transfer.get("id").asLong();
        long version = transfer.get("version").asLong();
        post("/transfers/" + id + "/moves", """
                {"to": "ADAPT", "by": "Anna", "version": %d}""".formatted(version));

        assertThat(post("/transfers/" + id + "/moves", """
                {"to": "REUSE", "by": "Anna", "version": %d}""".formatted(version)))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.currentVersion").isEqualTo((int) version + 1);
        assertThat(post("/transfers/" + id + "/moves", """
                {"to": "DROPPED", "by": "Anna", "version": %d}""".formatted(version + 1)))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
                .extractingPath("$.errors[0].code").isEqualTo("transfer.drop.reason.required");
    }

    @Test
    void refusesOwnPracticeImportsAndFitsOutOfRangeWithProblems() {
        assertThat(post("/transfers", """
                {"practice": "Segnalaci", "importer": "Genoa", "by": "Maria"}"""))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
                .extractingPath("$.errors[0].message").isEqualTo("Genoa owns “Segnalaci” and cannot import its own good practice");

        JsonNode transfer = ApiTestProjects.json(post("/transfers", """
                {"practice": "Segnalaci", "importer": "Birmingham", "by": "Sam"}"""));
        MvcTestResult assessed = mvc.put().uri("/api/v1/projects/{key}/transfers/{id}/assessment", key, transfer.get("id").asLong())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"legalFit": 9, "verdict": "Go", "version": %d}""".formatted(transfer.get("version").asLong()))
                .exchange();
        assertThat(assessed).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("legalFit");
    }

    @Test
    void answers404ForAnUnknownTransfer() {
        assertThat(mvc.get().uri("/api/v1/projects/{key}/transfers/{id}", key, Long.MAX_VALUE).exchange())
                .hasStatus(HttpStatus.NOT_FOUND).bodyJson()
                .extractingPath("$.detail").isEqualTo("There is no transfer with id " + Long.MAX_VALUE + " in this project.");
    }

    @Test
    void linksAnImportWorkshopByEventId() {
        JsonNode transfer = ApiTestProjects.json(post("/transfers", """
                {"practice": "Segnalaci", "importer": "Tartu", "by": "Kalle"}"""));
        JsonNode event = ApiTestProjects.json(mvc.post().uri("/api/v1/projects/{key}/events", key)
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"type": "IMPORT_WORKSHOP", "title": "Segnalaci import workshop", "start": "2022-03-10",
                         "end": "2022-03-10", "host": "Tartu", "participants": ["Genoa"], "mode": "VIRTUAL",
                         "status": "PLANNED"}""").exchange());

        MvcTestResult linked = post("/transfers/" + transfer.get("id").asLong() + "/workshops",
                "{\"event\": " + event.get("id").asLong() + "}");

        assertThat(linked).hasStatus(HttpStatus.CREATED).bodyJson()
                .extractingPath("$.workshops[0].title").isEqualTo("Segnalaci import workshop");
    }

    private MvcTestResult post(String path, String json) {
        return mvc.post().uri("/api/v1/projects/" + key + path).contentType(MediaType.APPLICATION_JSON).content(json).exchange();
    }
}
