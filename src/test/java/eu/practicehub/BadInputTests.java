package eu.practicehub;

import static eu.practicehub.ApiTestProjects.copyOfBetter;
import static eu.practicehub.ApiTestProjects.exportOf;
import static eu.practicehub.ApiTestProjects.importDocument;
import static eu.practicehub.ApiTestProjects.json;
import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.web.PageTest;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Input that is odd rather than wrong in an obvious way gets a clear answer, never a 500, and changes nothing. */
@PageTest
class BadInputTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void anEmptyEntryInAListIsAFieldProblemNotAServerError() {
        String key = copyOfBetter(mvc, "NULLS");

        MvcTestResult practice = post("/api/v1/projects/" + key + "/practices",
                "{\"title\": \"With a hole\", \"owner\": \"Genoa\", \"themes\": [null]}");
        MvcTestResult event = post("/api/v1/projects/" + key + "/events", """
                {"type": "STUDY_VISIT", "title": "Holes", "start": "2022-03-01", "end": "2022-03-01", "host": "Genoa",
                 "participants": ["Tartu", null], "mode": "VIRTUAL", "practices": [null], "status": "PLANNED"}""");

        assertThat(practice).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(problems(practice)).containsExactly("themes validation.listItemMissing");
        assertThat(event).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(problems(event)).containsExactlyInAnyOrder(
                "participants validation.listItemMissing", "practices validation.listItemMissing");
    }

    @Test
    void anImportWithEmptyEntriesListsEachWithItsPathAndChangesNothing() {
        String key = copyOfBetter(mvc, "NULLDOC");
        ObjectNode before = exportOf(mvc, key);
        ObjectNode document = before.deepCopy();
        ((ArrayNode) document.get("project").get("phases")).addNull();
        ((ArrayNode) document.get("practices").get(0).get("themes")).addNull();
        ((ArrayNode) document.get("events").get(3).get("participants")).addNull();

        MvcTestResult result = importDocument(mvc, document);

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(problems(result)).containsExactlyInAnyOrder(
                "project.phases[2] validation.required",
                "practices[0].themes[1] validation.required",
                "events[3].participants[3] validation.required");
        assertThat(exportOf(mvc, key)).isEqualTo(before);
    }

    @Test
    void anImportListsProblemsOfTheDocumentAndThoseFoundWhileWritingTogether() {
        String key = copyOfBetter(mvc, "ALLATONCE");
        ObjectNode before = exportOf(mvc, key);
        ObjectNode document = before.deepCopy();
        ((ArrayNode) document.get("practices")).add(document.get("practices").get(0).deepCopy());
        ((ArrayNode) document.get("events").get(0).get("participants")).add("Genoa");
        ((ObjectNode) document.get("events").get(1)).put("end", "2019-09-30");

        MvcTestResult result = importDocument(mvc, document);

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(problems(result)).containsExactlyInAnyOrder(
                "practices[9].title import.practice.duplicate",
                "events[0].participants event.host.amongParticipants",
                "events[1].end event.end.beforeStart");
        assertThat(exportOf(mvc, key)).isEqualTo(before);
    }

    @Test
    void anImportWhoseTransferNamesNoPracticeOrImporterListsBothWithTheirPathsAndChangesNothing() {
        String key = copyOfBetter(mvc, "NOTRANSFERKEY");
        ObjectNode before = exportOf(mvc, key);
        ObjectNode document = before.deepCopy();
        ObjectNode transfer = (ObjectNode) document.get("transfers").get(0);
        transfer.remove("practice");
        transfer.putNull("importer");

        MvcTestResult result = importDocument(mvc, document);

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(problems(result)).contains("transfers[0].practice validation.required",
                "transfers[0].importer validation.required");
        assertThat(exportOf(mvc, key)).isEqualTo(before);
    }

    @Test
    void datesFarOutsideAnyProjectAreRefused() {
        String key = copyOfBetter(mvc, "FARDATE");
        ObjectNode farPhase = exportOf(mvc, key);
        ((ObjectNode) farPhase.get("project").get("phases").get(1)).put("endDate", "+999999-12-31");
        ObjectNode farEvent = exportOf(mvc, key);
        ((ObjectNode) farEvent.get("events").get(0)).put("end", "9999-12-31");

        MvcTestResult phase = importDocument(mvc, farPhase);
        MvcTestResult event = importDocument(mvc, farEvent);

        assertThat(phase).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(problems(phase)).containsExactly("project.phases[1].endDate validation.dateRange");
        assertThat(event).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(problems(event)).containsExactly("events[0].end validation.dateRange");
    }

    @Test
    void importCanDropAPracticeThatAKeptEventExamined() {
        String key = copyOfBetter(mvc, "DROP");
        ObjectNode document = exportOf(mvc, key);
        removeText((ArrayNode) document.get("events").get(3).get("practices"), "Segnalaci");
        ArrayNode practices = (ArrayNode) document.get("practices");
        for (int i = practices.size() - 1; i >= 0; i--) {
            if (practices.get(i).get("title").asString().equals("Segnalaci")) {
                practices.remove(i);
            }
        }

        assertThat(importDocument(mvc, document)).hasStatusOk();
        assertThat(exportOf(mvc, key)).isEqualTo(document);
    }

    @Test
    void importMatchesNamesWithoutTheirSurroundingSpaces() {
        String key = copyOfBetter(mvc, "SPACES");
        ObjectNode document = exportOf(mvc, key);
        ((ArrayNode) document.get("themes")).add(" Padded theme ");
        ObjectNode practice = (ObjectNode) document.get("practices").get(0);
        ((ArrayNode) practice.get("themes")).add("Padded theme");
        practice.put("owner", " Genoa ");

        assertThat(importDocument(mvc, document)).hasStatusOk();
        JsonNode themes = exportOf(mvc, key).get("practices").get(0).get("themes");
        assertThat(themes.get(themes.size() - 1).asString()).isEqualTo("Padded theme");
    }

    @Test
    void aControlCharacterInAParameterOrABodyIsABadRequestThatNamesIt() {
        MvcTestResult query = mvc.get().uri("/api/v1/projects/BETTER/practices?q={q}", "a\u0000b").exchange();
        assertThat(query).hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(json(query).get("detail").asString())
                .isEqualTo("The parameter “q” holds a control character; only tab and line breaks are allowed.");
        // The page's error page is drawn by the container's error dispatch: see RequestRefusalTests, over HTTP.
        assertThat(mvc.get().uri("/projects/BETTER/practices?q={q}", "a\u0000b")).hasStatus(HttpStatus.BAD_REQUEST);

        String key = copyOfBetter(mvc, "NUL");
        MvcTestResult body = post("/api/v1/projects/" + key + "/practices",
                "{\"title\": \"a\\u0001b\", \"owner\": \"Genoa\"}");
        assertThat(body).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(json(body).get("detail").asString())
                .isEqualTo("The text of title holds a control character; only tab and line breaks are allowed.");
    }

    @Test
    void noncharactersAndHalfSurrogatePairsAreRefusedLikeControlCharactersSoNoFeedOrChartBreaks() {
        String key = copyOfBetter(mvc, "NONCHAR");
        for (String text : List.of("a\\uFFFFb", "a\\uFFFEb", "a\\uD800b", "a\\uDC00b", "a\\uD800")) {
            MvcTestResult body = post("/api/v1/projects/" + key + "/practices",
                    "{\"title\": \"" + text + "\", \"owner\": \"Genoa\"}");
            assertThat(body).as(text).hasStatus(HttpStatus.BAD_REQUEST);
        }
        assertThat(mvc.get().uri("/api/v1/projects/BETTER/practices?q={q}", "a\uFFFFb"))
                .hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(post("/api/v1/projects/" + key + "/practices",
                "{\"title\": \"Emoji \\uD83D\\uDE00 and \u00e9\", \"owner\": \"Genoa\"}"))
                .hasStatus(HttpStatus.CREATED);
    }

    @Test
    void aControlCharacterInAPageFormIsShownNextToItsFieldWithTheInputKept() throws Exception {
        String key = copyOfBetter(mvc, "NULFORM");

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/practices/new")
                .formField("title", "Bad\u0001title")
                .formField("owner", "Tartu")
                .formField("summary", "Kept as typed")
                .formField("status", "IDENTIFIED")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(result.getResponse().getContentAsString())
                .contains("id=\"title-error\">must not hold control characters other than tab and line breaks</div>")
                .contains("Kept as typed");
    }

    @Test
    void pagesFarBeyondTheLastAndSemestersOutsideTheProjectAreSimplyEmpty() {
        assertThat(mvc.get().uri("/api/v1/projects/BETTER/practices").param("page", "2147483647").param("size", "100"))
                .hasStatusOk().bodyJson().extractingPath("$.content").asArray().isEmpty();
        assertThat(mvc.get().uri("/api/v1/projects/BETTER/events").param("semester", "2147483647"))
                .hasStatusOk().bodyJson().extractingPath("$.content").asArray().isEmpty();
        assertThat(mvc.get().uri("/projects/BETTER/practices").param("page", "2147483647")).hasStatusOk();
        assertThat(mvc.get().uri("/projects/BETTER/events").param("page", "2147483647")).hasStatusOk();
        for (String list : List.of("restrictions", "newsletters")) {
            assertThat(mvc.get().uri("/api/v1/projects/BETTER/" + list).param("page", "2147483647"))
                    .hasStatusOk().bodyJson().extractingPath("$.content").asArray().isEmpty();
            assertThat(mvc.get().uri("/api/v1/projects/BETTER/" + list).param("page", "2147483646").param("size", "2"))
                    .hasStatusOk().bodyJson().extractingPath("$.content").asArray().isEmpty();
        }
        assertThat(mvc.get().uri("/projects/BETTER/restrictions").param("page", "2147483647")).hasStatusOk();
        assertThat(mvc.get().uri("/projects/BETTER/newsletters").param("page", "2147483647")).hasStatusOk();
        assertThat(mvc.get().uri("/projects/BETTER/news").param("page", "2147483647")).hasStatusOk();
    }

    @Test
    void listsSortOnlyByPropertiesMeantForSorting() {
        MvcTestResult result = mvc.get().uri("/api/v1/projects/BETTER/events").param("sort", "participants").exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(json(result).get("detail").asString()).isEqualTo(
                "Cannot sort by “participants”: sort by one of endDate, id, startDate, status, title, type.");
        assertThat(mvc.get().uri("/api/v1/projects/BETTER/events").param("sort", "title,desc")).hasStatusOk();
    }

    @Test
    void aPartnerCannotHaveTwoChallengesOfTheSameTitle() {
        String key = copyOfBetter(mvc, "TWICE");
        String challenge = "{\"partner\": \"Tartu\", \"title\": \"Digital services\", \"description\": \"first\"}";
        assertThat(post("/api/v1/projects/" + key + "/challenges", challenge)).hasStatus(HttpStatus.CREATED);

        MvcTestResult twice = post("/api/v1/projects/" + key + "/challenges", challenge);

        assertThat(twice).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(problems(twice)).containsExactly("title challenge.title.taken");
    }

    @Test
    void anActionsCostsNeedARealCurrencyAndAnAmount() {
        String key = copyOfBetter(mvc, "MONEY");
        MvcTestResult plan = post("/api/v1/projects/" + key + "/action-plans", "{\"partner\": \"Genoa\"}");
        assertThat(plan).hasStatus(HttpStatus.CREATED);
        String actions = "/api/v1/projects/" + key + "/action-plans/" + json(plan).get("id").asLong() + "/actions";

        MvcTestResult noMoney = post(actions, "{\"title\": \"A\", \"costAmount\": 5, \"costCurrency\": \"XXX\"}");
        MvcTestResult noAmount = post(actions, "{\"title\": \"A\", \"costCurrency\": \"EUR\"}");

        assertThat(problems(noMoney)).containsExactly("costCurrency action.currency.unknown");
        assertThat(problems(noAmount)).containsExactly("costAmount action.amount.required");
    }

    @Test
    void aFormValueThatCannotBeReadNeverShowsARawMessageKey() throws Exception {
        String key = copyOfBetter(mvc, "RAWKEY");
        long transfer = json(post("/api/v1/projects/" + key + "/transfers",
                "{\"practice\": \"Segnalaci\", \"importer\": \"Tartu\"}")).get("id").asLong();

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/transfers/" + transfer + "/moves")
                .formField("to", "").formField("version", "abc").exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(result.getResponse().getContentAsString()).doesNotContain("??").contains("The form (a hidden field)");
    }

    private MvcTestResult post(String uri, String body) {
        return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private static List<String> problems(MvcTestResult result) {
        List<String> problems = new ArrayList<>();
        json(result).get("errors").forEach(e -> problems.add(e.get("field").asString() + " " + e.get("code").asString()));
        return problems;
    }

    private static void removeText(ArrayNode array, String text) {
        for (int i = array.size() - 1; i >= 0; i--) {
            if (array.get(i).asString().equals(text)) {
                array.remove(i);
            }
        }
    }
}
