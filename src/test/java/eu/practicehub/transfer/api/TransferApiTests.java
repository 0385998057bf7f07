package eu.practicehub.transfer.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.PartnershipDocuments;
import eu.practicehub.account.AccountUser;
import eu.practicehub.account.DefaultSignIn;
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
                {"practice": "Segnalaci", "importer": "Tartu"}""");
        assertThat(created).hasStatus(HttpStatus.CREATED);
        JsonNode transfer = ApiTestProjects.json(created);
        long id = transfer.get("id").asLong();
        assertThat(created.getResponse().getHeader("Location")).endsWith("/api/v1/projects/" + key + "/transfers/" + id);
        assertThat(transfer.get("stage").asString()).isEqualTo("UNDERSTAND");
        assertThat(transfer.get("owner").asString()).isEqualTo("Genoa");
        assertThat(transfer.get("moves").get(0).get("at").asString()).isEqualTo(PageTest.TODAY);

        MvcTestResult moved = post("/transfers/" + id + "/moves", """
                {"to": "ADAPT", "version": %d}""".formatted(transfer.get("version").asLong()));
        assertThat(moved).hasStatus(HttpStatus.CREATED);
        JsonNode adapting = ApiTestProjects.json(moved);
        assertThat(post("/transfers/" + id + "/moves", """
                {"to": "REUSE", "version": %d}""".formatted(adapting.get("version").asLong())))
                .hasStatus(HttpStatus.CREATED);

        assertThat(mvc.get().uri("/api/v1/projects/{key}/transfers?stage=REUSE&partner=Tartu", key).exchange())
                .bodyJson().extractingPath("$.content[0].practice").isEqualTo("Segnalaci");
        assertThat(mvc.get().uri("/api/v1/projects/{key}/practices/{id}", key, transfer.get("practiceId").asLong()).exchange())
                .bodyJson().extractingPath("$.status").isEqualTo("ADOPTED");
    }

    @Test
    void answersAStaleMoveWith409AndABrokenRuleWith422() {
        JsonNode transfer = ApiTestProjects.json(post("/transfers", """
                {"practice": "Segnalaci", "importer": "Gävle"}"""));
        long id = transfer.get("id").asLong();
        long version = transfer.get("version").asLong();
        post("/transfers/" + id + "/moves", """
                {"to": "ADAPT", "version": %d}""".formatted(version));

        assertThat(post("/transfers/" + id + "/moves", """
                {"to": "REUSE", "version": %d}""".formatted(version)))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.currentVersion").isEqualTo((int) version + 1);
        assertThat(post("/transfers/" + id + "/moves", """
                {"to": "DROPPED", "version": %d}""".formatted(version + 1)))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
                .extractingPath("$.errors[0].code").isEqualTo("transfer.drop.reason.required");
    }

    @Test
    void refusesOwnPracticeImportsAndFitsOutOfRangeWithProblems() {
        assertThat(post("/transfers", """
                {"practice": "Segnalaci", "importer": "Genoa"}"""))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
                .extractingPath("$.errors[0].message").isEqualTo("Genoa owns “Segnalaci” and cannot import its own good practice");

        JsonNode transfer = ApiTestProjects.json(post("/transfers", """
                {"practice": "Segnalaci", "importer": "Birmingham"}"""));
        MvcTestResult assessed = mvc.put().uri("/api/v1/projects/{key}/transfers/{id}/assessment", key, transfer.get("id").asLong())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"legalFit": 9, "verdict": "Go", "version": %d}""".formatted(transfer.get("version").asLong()))
                .exchange();
        assertThat(assessed).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
                .extractingPath("$.errors[0].field").isEqualTo("legalFit");
    }

    @Test
    void recordsTheAccountOfTheRequestAsWhoStartsAndMovesATransfer() {
        AccountUser kalle = new AccountUser(4711, "kalle.kask@example.org", "Kalle Kask", "en", true);
        JsonNode transfer = ApiTestProjects.json(mvc.post().uri("/api/v1/projects/" + key + "/transfers").with(user(kalle))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"practice": "Segnalaci", "importer": "Tartu"}""").exchange());
        MvcTestResult moved = mvc.post().uri("/api/v1/projects/" + key + "/transfers/" + transfer.get("id").asLong() + "/moves")
                .with(user(DefaultSignIn.ADMINISTRATOR)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"to\": \"ADAPT\", \"version\": " + transfer.get("version").asLong() + "}").exchange();

        assertThat(moved).hasStatus(HttpStatus.CREATED).bodyJson().isLenientlyEqualTo("""
                {"moves": [{"to": "UNDERSTAND", "by": "Kalle Kask", "byAccountId": 4711},
                           {"from": "UNDERSTAND", "to": "ADAPT", "by": "Test administrator", "byAccountId": 0}]}""");
    }

    @Test
    void refusesABodyThatNamesWhoStartsOrMovesATransferAndChangesNothing() {
        assertThat(post("/transfers", """
                {"practice": "Segnalaci", "importer": "Tartu", "by": "Somebody Else"}"""))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().isLenientlyEqualTo("""
                        {"errors": [{"field": "by", "code": "transfer.by.refused"}]}""");
        assertThat(mvc.get().uri("/api/v1/projects/{key}/transfers?partner=Tartu", key).exchange())
                .bodyJson().extractingPath("$.page.totalElements").isEqualTo(1);

        JsonNode transfer = ApiTestProjects.json(post("/transfers", """
                {"practice": "Segnalaci", "importer": "Tartu"}"""));
        assertThat(post("/transfers/" + transfer.get("id").asLong() + "/moves", """
                {"to": "ADAPT", "by": "Somebody Else", "version": %d}""".formatted(transfer.get("version").asLong())))
                .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().isLenientlyEqualTo("""
                        {"errors": [{"field": "by", "code": "transfer.by.refused"}]}""");
        assertThat(mvc.get().uri("/api/v1/projects/{key}/transfers/{id}", key, transfer.get("id").asLong()).exchange())
                .bodyJson().extractingPath("$.stage").isEqualTo("UNDERSTAND");
    }

    @Test
    void refusesToStartATransferAfterItsProjectHasEnded() {
        // Ended on 31 March 2021, before today (15 January 2022).
        String ended = PartnershipDocuments.importAdvisory(mvc);

        MvcTestResult refused = mvc.post().uri("/api/v1/projects/{key}/transfers", ended).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"practice": "Open budget", "importer": "Västra"}""").exchange();

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType("application/problem+json")
                .bodyJson().isLenientlyEqualTo("""
                        {"errors": [{"code": "transfer.start.afterEnd",
                                     "message": "Advisory test project ended on 2021-03-31; a transfer cannot start after the end of its project"}]}""");
        assertThat(mvc.get().uri("/api/v1/projects/{key}/transfers", ended).exchange())
                .bodyJson().extractingPath("$.page.totalElements").isEqualTo(0);
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
                {"practice": "Segnalaci", "importer": "Tartu"}"""));
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
