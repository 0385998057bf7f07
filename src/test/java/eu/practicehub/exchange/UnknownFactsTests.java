package eu.practicehub.exchange;

import static eu.practicehub.ApiTestProjects.json;
import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A project whose documents leave facts out stays without them: a practice identified on a day not
 * known, or known only to the month or year; an action plan without a status; transfers whose start is
 * not known; an event known only by its month. Four 6-month semesters from January 2018.
 */
@PageTest
class UnknownFactsTests {

    private static final String DOCUMENT = """
            {
              "formatVersion": 1,
              "project": {"key": "$KEY", "name": "Unknown facts project", "startDate": "2018-01-01", "semesterMonths": 6,
                "phases": [{"name": "Learning phase", "startDate": "2018-01-01", "endDate": "2019-12-31"}]},
              "partners": [
                {"shortName": "Aveiro", "name": "City of Aveiro", "country": "PT", "role": "LEAD", "timeZone": "Europe/Lisbon"},
                {"shortName": "Brno", "name": "City of Brno", "country": "CZ", "role": "PARTNER", "timeZone": "Europe/Prague"}
              ],
              "themes": [],
              "practices": [
                {"title": "Date not known", "owner": "Aveiro", "status": "IDENTIFIED"},
                {"title": "Known to the month", "owner": "Aveiro", "status": "IN_TRANSFER", "identifiedOn": "2018-06"},
                {"title": "Known to the year", "owner": "Brno", "status": "IDENTIFIED", "identifiedOn": "2019"},
                {"title": "Known to the day", "owner": "Brno", "status": "IN_TRANSFER", "identifiedOn": "2018-07-02"}
              ],
              "events": [
                {"type": "STUDY_VISIT", "title": "Study visit in June", "start": "2018-06-01", "end": "2018-06-30",
                  "datePrecision": "MONTH", "host": "Aveiro", "participants": ["Brno"], "mode": "IN_PERSON",
                  "practices": ["Known to the month"], "status": "HELD"}
              ],
              "transfers": [
                {"practice": "Known to the month", "importer": "Brno", "stage": "ADAPT"},
                {"practice": "Known to the day", "importer": "Aveiro", "stage": "UNDERSTAND",
                  "moves": [{"to": "UNDERSTAND", "by": "Aveiro team"}]}
              ],
              "actionPlans": [
                {"partner": "Brno", "instrumentName": "Regional operational programme", "actions": [
                  {"title": "Adapt the practice", "status": "PLANNED", "progress": 0,
                    "background": [{"kind": "TRANSFER", "practice": "Known to the month", "importer": "Brno"}]}]}
              ]
            }
            """;

    @Autowired
    MockMvcTester mvc;

    String key;

    @BeforeEach
    void importTheDocument() {
        key = ApiTestProjects.freshKey("UNKNOWN");
        MvcTestResult imported = ApiTestProjects.importDocument(mvc, ApiTestProjects.tree(DOCUMENT.replace("$KEY", key)));
        assertThat(imported).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void theExportLeavesOutWhatTheDocumentLeftOutAndKeepsThePrecisionOfDates() {
        ObjectNode exported = ApiTestProjects.exportOf(mvc, key);

        assertThat(exported.at("/practices/0").has("identifiedOn")).isFalse();
        assertThat(exported.at("/practices/1/identifiedOn").asString()).isEqualTo("2018-06");
        assertThat(exported.at("/practices/2/identifiedOn").asString()).isEqualTo("2019");
        assertThat(exported.at("/practices/3/identifiedOn").asString()).isEqualTo("2018-07-02");
        assertThat(exported.at("/actionPlans/0").has("status")).isFalse();
        assertThat(exported.at("/transfers/0").get("moves")).isEmpty();
        assertThat(exported.at("/transfers/1/moves/0").has("at")).isFalse();
        assertThat(exported.at("/actionPlans/0/actions/0/background/0").has("startedAt")).isFalse();
        assertThat(exported.at("/events/0/datePrecision").asString()).isEqualTo("MONTH");
    }

    @Test
    void exportImportExportIsUnchangedForTheSameProjectAndForANewOne() {
        ObjectNode first = ApiTestProjects.exportOf(mvc, key);

        assertThat(ApiTestProjects.importDocument(mvc, first)).hasStatus(HttpStatus.OK);
        assertThat(ApiTestProjects.exportOf(mvc, key)).isEqualTo(first);

        String copy = ApiTestProjects.freshKey("UNKNOWN");
        ObjectNode renamed = first.deepCopy();
        ((ObjectNode) renamed.get("project")).put("key", copy);
        assertThat(ApiTestProjects.importDocument(mvc, renamed)).hasStatus(HttpStatus.CREATED);
        ObjectNode second = ApiTestProjects.exportOf(mvc, copy);
        ((ObjectNode) second.get("project")).put("key", key);
        assertThat(second).isEqualTo(first);
    }

    @Test
    void practicesCountInThePeriodHoldingTheFirstDayOfTheirMonthOrYearAndWithoutADateOnlyInTheTotal() {
        JsonNode indicators = json(mvc.get().uri("/api/v1/projects/{key}/indicators", key).exchange());

        assertThat(indicators.get("semesters").valueStream().map(s -> s.at("/figures/goodPracticesIdentified").asLong()))
                .containsExactly(1L, 1L, 1L, 0L);
        assertThat(indicators.at("/total/goodPracticesIdentified").asLong()).isEqualTo(4);
        assertThat(indicators.get("semesters").valueStream().map(s -> s.at("/figures/transfersStarted").asLong()))
                .containsExactly(0L, 0L, 0L, 0L);
        assertThat(indicators.at("/total/transfersStarted").asLong()).isEqualTo(2);
        assertThat(indicators.at("/heldEvents/0/datePrecision").asString()).isEqualTo("MONTH");
    }

    @Test
    void theApiGivesAnUnknownIdentificationDateAsNullAndAKnownOneAsExactlyAsKnown() {
        assertThat(practice("Date not known").get("identifiedOn").isNull()).isTrue();
        assertThat(practice("Known to the month").get("identifiedOn").asString()).isEqualTo("2018-06");
        assertThat(practice("Known to the year").get("identifiedOn").asString()).isEqualTo("2019");

        JsonNode created = json(sendPractice("""
                {"title": "Created without a date", "owner": "Brno"}
                """));
        JsonNode byMonth = json(sendPractice("""
                {"title": "Created with a month", "owner": "Brno", "identifiedOn": "2019-03"}
                """));
        assertThat(created.get("identifiedOn").isNull()).isTrue();
        assertThat(byMonth.get("identifiedOn").asString()).isEqualTo("2019-03");
        assertThat(sendPractice("""
                {"title": "Created with no date", "owner": "Brno", "identifiedOn": "March 2019"}
                """)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail").asString()
                .contains("identifiedOn");
    }

    @Test
    void thePracticePageShowsTheDateAsExactlyAsKnownOrThatItIsNotStated() {
        assertThat(pageText("/projects/{key}/practices/{id}", practice("Known to the month").get("id").asLong()))
                .contains("Identified on June 2018").doesNotContain("1 June 2018");
        assertThat(pageText("/projects/{key}/practices/{id}", practice("Known to the year").get("id").asLong()))
                .contains("Identified on 2019");
        assertThat(pageText("/projects/{key}/practices/{id}", practice("Date not known").get("id").asLong()))
                .contains("Identified on Not stated");
    }

    @Test
    void theFormOffersTodayForANewPracticeAndTakesAMonthOrAnEmptyField() {
        assertThat(PageText.html(mvc.get().uri("/projects/{key}/practices/new", key).exchange()))
                .contains("name=\"identifiedOn\" value=\"2022-01-15\"");

        long id = practice("Known to the month").get("id").asLong();
        assertThat(PageText.html(mvc.get().uri("/projects/{key}/practices/{id}/edit", key, id).exchange()))
                .contains("name=\"identifiedOn\" value=\"2018-06\"");

        assertThat(mvc.post().uri("/projects/{key}/practices/new", key).formField("title", "Form month")
                .formField("owner", "Brno").formField("status", "IDENTIFIED").formField("identifiedOn", "2019-11"))
                .hasStatus3xxRedirection();
        assertThat(practice("Form month").get("identifiedOn").asString()).isEqualTo("2019-11");
        assertThat(mvc.post().uri("/projects/{key}/practices/new", key).formField("title", "Form cleared")
                .formField("owner", "Brno").formField("status", "IDENTIFIED").formField("identifiedOn", ""))
                .hasStatus3xxRedirection();
        assertThat(practice("Form cleared").get("identifiedOn").isNull()).isTrue();

        MvcTestResult refused = mvc.post().uri("/projects/{key}/practices/new", key).formField("title", "Form refused")
                .formField("owner", "Brno").formField("status", "IDENTIFIED").formField("identifiedOn", "November")
                .exchange();
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.html(refused)).contains("must be a date such as 2021-07-17, a month such as 2021-07 or a year such as 2021");
    }

    @Test
    void aPlanWithoutStatusIsShownAsNotStatedCountedAsNoStatusAndMayThenBeGivenOne() {
        JsonNode plan = json(mvc.get().uri("/api/v1/projects/{key}/action-plans", key).exchange()).get(0);
        assertThat(plan.get("status").isNull()).isTrue();

        long id = plan.get("id").asLong();
        assertThat(pageText("/projects/{key}/action-plans/{id}", id)).contains("Status not stated",
                "The plan’s status is not stated.");
        assertThat(pageText("/projects/{key}/action-plans", 0)).contains("Status not stated");
        assertThat(json(mvc.get().uri("/api/v1/projects/{key}/dashboard", key).exchange())
                .at("/actionPlansByStatus/DRAFT").asLong()).isZero();
        assertThat(json(mvc.get().uri("/api/v1/projects/{key}/indicators", key).exchange())
                .at("/total/actionPlansProduced").asLong()).isZero();

        MvcTestResult endorsedWithoutWho = mvc.post().uri("/api/v1/projects/{key}/action-plans/{id}/status", key, id)
                .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"ENDORSED\", \"version\": "
                        + plan.get("version").asLong() + "}").exchange();
        assertThat(endorsedWithoutWho).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        MvcTestResult submitted = mvc.post().uri("/api/v1/projects/{key}/action-plans/{id}/status", key, id)
                .contentType(MediaType.APPLICATION_JSON).content("{\"to\": \"SUBMITTED\", \"version\": "
                        + plan.get("version").asLong() + "}").exchange();
        assertThat(submitted).hasStatusOk();
        assertThat(json(submitted).get("status").asString()).isEqualTo("SUBMITTED");
    }

    @Test
    void transfersWithoutAStartSayTheirStartIsNotKnown() {
        JsonNode transfers = json(mvc.get().uri("/api/v1/projects/{key}/transfers", key).exchange());
        JsonNode list = transfers.has("content") ? transfers.get("content") : transfers;
        assertThat(list.valueStream().map(t -> t.get("lastMovedAt").isNull())).containsOnly(true);

        assertThat(pageText("/projects/{key}/transfers", 0)).contains("Not known");
        long withoutMoves = list.valueStream().filter(t -> t.get("practice").asString().equals("Known to the month"))
                .findFirst().orElseThrow().get("id").asLong();
        assertThat(pageText("/projects/{key}/transfers/{id}", withoutMoves))
                .contains("When the transfer started and how it moved are not known.");
    }

    @Test
    void aTransferWhoseStartIsNotKnownKeepsItUnknownWhenItMovesOnAndStillRoundTrips() {
        JsonNode list = json(mvc.get().uri("/api/v1/projects/{key}/transfers", key).exchange()).get("content");
        JsonNode withoutMoves = list.valueStream().filter(t -> t.get("practice").asString().equals("Known to the month"))
                .findFirst().orElseThrow();
        long id = withoutMoves.get("id").asLong();
        long version = json(mvc.get().uri("/api/v1/projects/{key}/transfers/{id}", key, id).exchange()).get("version").asLong();
        assertThat(mvc.post().uri("/api/v1/projects/{key}/transfers/{id}/moves", key, id).contentType(MediaType.APPLICATION_JSON)
                .content("{\"to\": \"REUSE\", \"version\": " + version + "}"))
                .hasStatus(HttpStatus.CREATED);

        ObjectNode exported = ApiTestProjects.exportOf(mvc, key);
        assertThat(exported.at("/transfers/0/moves/0/from").asString()).isEqualTo("ADAPT");
        assertThat(exported.at("/actionPlans/0/actions/0/background/0").has("startedAt")).isFalse();
        assertThat(ApiTestProjects.importDocument(mvc, exported)).hasStatus(HttpStatus.OK);
        assertThat(ApiTestProjects.exportOf(mvc, key)).isEqualTo(exported);

        JsonNode indicators = json(mvc.get().uri("/api/v1/projects/{key}/indicators", key).exchange());
        assertThat(indicators.at("/total/transfersStarted").asLong()).isEqualTo(2);
        assertThat(indicators.at("/total/transfersCompleted").asLong()).isEqualTo(1);
        assertThat(indicators.get("semesters").valueStream().map(s -> s.at("/figures/transfersStarted").asLong()))
                .containsExactly(0L, 0L, 0L, 0L);
    }

    @Test
    void theIndicatorsPageAndWorkbookShowAnEventKnownToTheMonthByItsMonth() throws Exception {
        String page = pageText("/projects/{key}/reports/indicators", 0);
        assertThat(page).contains("June 2018 Study visit Study visit in June Aveiro").doesNotContain("1 June 2018");

        MvcTestResult csv = mvc.get().uri("/projects/{key}/reports/indicators.csv", key).exchange();
        assertThat(csv).hasStatusOk();
        assertThat(new String(csv.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .doesNotContain("1 June 2018", "2018-06-01", "2018-06-30");

        MvcTestResult xlsx = mvc.get().uri("/projects/{key}/reports/indicators.xlsx", key).exchange();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
            Sheet events = workbook.getSheetAt(1);
            Row row = events.getRow(1);
            assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.STRING);
            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("June 2018");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("June 2018");
            assertThat(row.getCell(3).getStringCellValue()).isEqualTo("Study visit in June");
        }
    }

    @Test
    void theGeneratedNewsletterShowsAnEventKnownToTheMonthByItsMonth() {
        MvcTestResult draft = mvc.post().uri("/api/v1/projects/{key}/newsletters/generate", key)
                .contentType(MediaType.APPLICATION_JSON).content("{\"from\": \"2018-01-01\", \"to\": \"2018-06-30\"}")
                .exchange();
        assertThat(draft).hasStatus(HttpStatus.CREATED);
        assertThat(json(draft).get("body").asString()).contains("| June 2018 |").doesNotContain("1 June 2018");
    }

    private JsonNode practice(String title) {
        JsonNode page = json(mvc.get().uri("/api/v1/projects/{key}/practices?size=100", key).exchange());
        long id = page.get("content").valueStream().filter(p -> p.get("title").asString().equals(title))
                .findFirst().orElseThrow().get("id").asLong();
        return json(mvc.get().uri("/api/v1/projects/{key}/practices/{id}", key, id).exchange());
    }

    private MvcTestResult sendPractice(String body) {
        return mvc.post().uri("/api/v1/projects/{key}/practices", key).contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
    }

    private String pageText(String uri, long id) {
        MvcTestResult result = id == 0 ? mvc.get().uri(uri, key).exchange() : mvc.get().uri(uri, key, id).exchange();
        assertThat(result).hasStatusOk();
        return PageText.ofMain(PageText.html(result));
    }
}
