package eu.practicehub.indicators;

import static eu.practicehub.ApiTestProjects.json;
import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** The semester report page, its CSV and XLSX downloads and the JSON API, on the known data set. */
@PageTest
class IndicatorReportTests {

    @Autowired
    MockMvcTester mvc;

    String key;

    @BeforeEach
    void knownDataSet() {
        key = IndicatorDataSet.importNew(mvc);
    }

    @Test
    void thePageShowsTheIndicatorsAsATableWithACaptionAndHeaders() {
        MvcTestResult result = mvc.get().uri("/projects/{key}/reports/indicators", key).exchange();
        assertThat(result).hasStatusOk();
        String html = PageText.html(result);

        assertThat(html).contains("<caption>Programme indicators of Indicator test project: each semester and the total to date</caption>");
        assertThat(headings(html)).containsExactly("Indicator", "Semester 1", "Semester 2", "Semester 3", "Semester 4", "Total",
                "Date", "Type", "Event", "Host", "Visitors", "Partners");
        assertThat(row(html, "GOOD_PRACTICES_IDENTIFIED")).containsExactly("Good practices identified", "2", "1", "0", "1", "4");
        assertThat(row(html, "EVENTS_HELD")).containsExactly("Learning events held", "2", "1", "0", "1", "4");
        assertThat(row(html, "EVENTS_HELD_STUDY_VISIT")).containsExactly("of which: Study visit", "1", "1", "0", "0", "2");
        assertThat(row(html, "PARTNER_PARTICIPATIONS")).containsExactly("Partner participations in held events", "5", "3", "0", "2", "10");
        assertThat(row(html, "AVERAGE_PARTNERS_PER_EVENT"))
                .containsExactly("Average partners per held event", "2.50", "3.00", "– not dated", "2.00", "2.50");
        assertThat(row(html, "ACTION_PLANS_PRODUCED"))
                .containsExactly("Action plans produced", "– not dated", "– not dated", "– not dated", "– not dated", "2");
        assertThat(row(html, "TRANSFERS_COMPLETED")).containsExactly("Transfers completed", "0", "0", "1", "0", "1");
        assertThat(html).containsPattern("<th scope=\"row\"[^>]*>Learning events held</th>");
        assertThat(html).contains("href=\"/projects/" + key + "/reports/indicators.csv\"",
                "href=\"/projects/" + key + "/reports/indicators.xlsx\"");
        assertThat(PageText.ofMain(html)).contains("Last day of semester 4", "Cēsis", "How each indicator is counted");
        assertThat(html).doesNotContain("??");
        assertThat(html).containsPattern("class=\"nav-link active\"\\s+aria-current=\"page\"\\s+href=\"/projects/" + key
                + "/reports\">Reports</a>");
    }

    @Test
    void thePageOfOneSemesterHasItsColumnAndTheTotal() {
        MvcTestResult result = mvc.get().uri("/projects/{key}/reports/indicators?semester=2", key).exchange();
        assertThat(result).hasStatusOk();
        String html = PageText.html(result);

        assertThat(html).contains("<caption>Programme indicators of Indicator test project: semester 2 and the total to date</caption>");
        assertThat(row(html, "EVENTS_HELD")).containsExactly("Learning events held", "1", "4");
        assertThat(html).contains("<option value=\"2\" selected=\"selected\">Semester 2: 1 July 2020 – 31 December 2020</option>");
        assertThat(html).contains("href=\"/projects/" + key + "/reports/indicators.csv?semester=2\"");
        assertThat(PageText.ofMain(html)).contains("First day of semester 2").doesNotContain("Last day of semester 1");
    }

    @Test
    void aSemesterTheProjectDoesNotHaveIsAPageNotFound() {
        assertThat(mvc.get().uri("/projects/{key}/reports/indicators?semester=5", key)).hasStatus(HttpStatus.NOT_FOUND)
                .bodyText().contains("This project has no semester 5.");
        assertThat(mvc.get().uri("/projects/{key}/reports/indicators.csv?semester=0", key)).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/projects/{key}/reports/indicators?semester=five", key)).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(mvc.get().uri("/projects/NO-SUCH/reports/indicators")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theReportsEntryLeadsToTheIndicators() {
        assertThat(mvc.get().uri("/projects/{key}/reports", key)).hasStatus(HttpStatus.FOUND).headers()
                .hasValue("Location", "/projects/" + key + "/reports/indicators");
        assertThat(mvc.get().uri("/projects/BETTER")).hasStatusOk().bodyText()
                .contains("href=\"/projects/BETTER/reports/indicators\"");
    }

    @Test
    void theCsvOfOneSemesterReadsBackWithEveryFigure() {
        MvcTestResult result = mvc.get().uri("/projects/{key}/reports/indicators.csv?semester=1", key).exchange();
        assertThat(result).hasStatusOk().hasContentType("text/csv;charset=utf-8").headers()
                .hasValue("Content-Disposition", "attachment; filename=\"" + key + "-indicators-semester-1.csv\"");
        byte[] body = result.getResponse().getContentAsByteArray();
        assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
        assertThat(text).endsWith("\r\n");
        List<List<String>> records = csv(text);

        assertThat(records.get(0)).containsExactly("Code", "Indicator", "Semester 1", "Total");
        assertThat(records).hasSize(1 + 1 + 1 + 7 + 2 + 2 + 1 + 3 + 2);
        assertThat(record(records, "GOOD_PRACTICES_IDENTIFIED")).containsExactly("Good practices identified", "2", "4");
        assertThat(record(records, "EVENTS_HELD")).containsExactly("Learning events held", "2", "4");
        assertThat(record(records, "EVENTS_HELD_THEMATIC_EVENT")).containsExactly("of which: Thematic event", "1", "1");
        assertThat(record(records, "PARTNER_PARTICIPATIONS")).containsExactly("Partner participations in held events", "5", "10");
        assertThat(record(records, "AVERAGE_PARTNERS_PER_EVENT")).containsExactly("Average partners per held event", "2.50", "2.50");
        assertThat(record(records, "ACTION_PLANS_PRODUCED")).containsExactly("Action plans produced", "", "2");
        assertThat(record(records, "ACTION_PLANS_ENDORSED")).containsExactly("Action plans endorsed", "0", "1");
        assertThat(record(records, "POLICY_INSTRUMENTS_ADDRESSED")).containsExactly("Policy instruments addressed", "", "2");
        assertThat(record(records, "POLICY_INSTRUMENTS_INVESTMENT_FOR_GROWTH_AND_JOBS"))
                .containsExactly("of which: Investment for Growth and Jobs programme (ERDF)", "", "1");
        assertThat(record(records, "TRANSFERS_STARTED")).containsExactly("Transfers started", "0", "2");
        assertThat(record(records, "TRANSFERS_COMPLETED")).containsExactly("Transfers completed", "0", "1");
    }

    @Test
    void theCsvOfAllSemestersHasAColumnForEach() {
        MvcTestResult result = mvc.get().uri("/projects/{key}/reports/indicators.csv", key).exchange();
        assertThat(result).hasStatusOk().headers()
                .hasValue("Content-Disposition", "attachment; filename=\"" + key + "-indicators-all-semesters.csv\"");
        byte[] body = result.getResponse().getContentAsByteArray();
        List<List<String>> records = csv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
        assertThat(records.get(0)).containsExactly("Code", "Indicator", "Semester 1", "Semester 2", "Semester 3", "Semester 4", "Total");
        assertThat(record(records, "TRANSFERS_STARTED")).containsExactly("Transfers started", "0", "0", "1", "1", "2");
    }

    @Test
    void theWorkbookHasANumericIndicatorSheetAndASheetOfTheHeldEvents() throws Exception {
        MvcTestResult result = mvc.get().uri("/projects/{key}/reports/indicators.xlsx", key).exchange();
        assertThat(result).hasStatusOk()
                .hasContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").headers()
                .hasValue("Content-Disposition", "attachment; filename=\"" + key + "-indicators-all-semesters.xlsx\"");
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(2);
            assertThat(workbook.getSheetName(0)).isEqualTo("Indicators");
            assertThat(workbook.getSheetName(1)).isEqualTo("Held events");

            Sheet indicators = workbook.getSheetAt(0);
            assertThat(texts(indicators.getRow(0))).containsExactly("Code", "Indicator", "Semester 1", "Semester 2",
                    "Semester 3", "Semester 4", "Total");
            assertThat(indicators.getRow(0).getCell(0).getCellStyle().getFillPattern()).isNotNull();
            assertThat(indicators.getPaneInformation().isFreezePane()).isTrue();
            assertThat(indicators.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 1);
            assertThat(indicators.getColumnWidth(1)).isGreaterThan(indicators.getColumnWidth(2));
            Row participations = rowOf(indicators, "PARTNER_PARTICIPATIONS");
            assertThat(participations.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(numbers(participations, 2, 6)).containsExactly(5.0, 3.0, 0.0, 2.0, 10.0);
            assertThat(numbers(rowOf(indicators, "AVERAGE_PARTNERS_PER_EVENT"), 2, 2)).containsExactly(2.5);
            assertThat(rowOf(indicators, "AVERAGE_PARTNERS_PER_EVENT").getCell(4)).isNull();
            assertThat(rowOf(indicators, "ACTION_PLANS_PRODUCED").getCell(2)).isNull();
            assertThat(numbers(rowOf(indicators, "ACTION_PLANS_PRODUCED"), 6, 6)).containsExactly(2.0);
            assertThat(numbers(rowOf(indicators, "GOOD_PRACTICES_IDENTIFIED"), 2, 6)).containsExactly(2.0, 1.0, 0.0, 1.0, 4.0);

            Sheet events = workbook.getSheetAt(1);
            assertThat(texts(events.getRow(0))).containsExactly("Date", "End", "Type", "Event", "Host", "Visitors", "Partners");
            assertThat(events.getLastRowNum()).isEqualTo(4);
            Row last = events.getRow(4);
            assertThat(last.getCell(0).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2021, 12, 31));
            assertThat(last.getCell(2).getStringCellValue()).isEqualTo("Import workshop");
            assertThat(last.getCell(3).getStringCellValue()).isEqualTo("Last day of semester 4");
            assertThat(last.getCell(4).getStringCellValue()).isEqualTo("Cēsis");
            assertThat(last.getCell(6).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(last.getCell(6).getNumericCellValue()).isEqualTo(2.0);

            assertThat(List.of(indicators, events)).allSatisfy(IndicatorReportTests::printsOnePageWideInLandscapeWithItsHeaderOnEachPage);
        }
    }

    private static void printsOnePageWideInLandscapeWithItsHeaderOnEachPage(Sheet sheet) {
        PrintSetup print = sheet.getPrintSetup();
        assertThat(print.getLandscape()).isTrue();
        assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
        assertThat(sheet.getFitToPage()).isTrue();
        assertThat(print.getFitWidth()).isEqualTo((short) 1);
        assertThat(print.getFitHeight()).as("as many pages down as it takes").isZero();
        CellRangeAddress repeated = sheet.getRepeatingRows();
        assertThat(repeated).as("rows repeated on each page").isNotNull();
        assertThat(List.of(repeated.getFirstRow(), repeated.getLastRow())).as("the header row").containsExactly(0, 0);
    }

    @Test
    void theWorkbookOfOneSemesterListsItsEventsOnly() throws Exception {
        MvcTestResult result = mvc.get().uri("/projects/{key}/reports/indicators.xlsx?semester=1", key).exchange();
        assertThat(result).hasStatusOk();
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            assertThat(texts(workbook.getSheetAt(0).getRow(0))).containsExactly("Code", "Indicator", "Semester 1", "Total");
            assertThat(workbook.getSheetAt(1).getLastRowNum()).isEqualTo(2);
            assertThat(workbook.getSheetAt(1).getRow(1).getCell(3).getStringCellValue()).isEqualTo("First day of semester 1");
        }
    }

    @Test
    void theApiAnswersEachSemesterAndTheTotal() {
        JsonNode all = json(mvc.get().uri("/api/v1/projects/{key}/indicators", key).exchange());
        assertThat(all.get("project").asString()).isEqualTo(key);
        assertThat(all.get("semester").isNull()).isTrue();
        assertThat(all.get("semesters").valueStream().map(s -> s.get("number").asInt())).containsExactly(1, 2, 3, 4);
        assertThat(all.at("/semesters/0/start").asString()).isEqualTo("2020-01-01");
        assertThat(all.at("/semesters/0/end").asString()).isEqualTo("2020-06-30");
        assertThat(all.at("/semesters/0/figures/eventsHeld").asLong()).isEqualTo(2);
        assertThat(all.at("/semesters/0/figures/eventsHeldByType/STUDY_VISIT").asLong()).isEqualTo(1);
        assertThat(all.at("/semesters/2/figures/averagePartnersPerEvent").isNull()).isTrue();
        assertThat(all.at("/semesters/2/figures/actionPlansEndorsed").asLong()).isEqualTo(1);
        assertThat(all.at("/semesters/2/figures/actionPlansProduced").isNull()).isTrue();
        assertThat(all.at("/total/partnerParticipations").asLong()).isEqualTo(10);
        assertThat(all.at("/total/averagePartnersPerEvent").decimalValue()).isEqualByComparingTo("2.5");
        assertThat(all.at("/total/policyInstrumentsByType/INVESTMENT_FOR_GROWTH_AND_JOBS").asLong()).isEqualTo(1);
        assertThat(all.at("/heldEvents/3/host").asString()).isEqualTo("Cēsis");
        assertThat(all.at("/heldEvents/3/partners").asLong()).isEqualTo(2);

        JsonNode fourth = json(mvc.get().uri("/api/v1/projects/{key}/indicators?semester=4", key).exchange());
        assertThat(fourth.get("semester").asInt()).isEqualTo(4);
        assertThat(fourth.get("semesters")).hasSize(1);
        assertThat(fourth.at("/semesters/0/figures/transfersStarted").asLong()).isEqualTo(1);
        assertThat(fourth.at("/total/transfersStarted").asLong()).isEqualTo(2);
    }

    @Test
    void theApiAnswersAnUnknownProjectOrSemesterWithAProblemDocument() {
        assertThat(mvc.get().uri("/api/v1/projects/NO-SUCH/indicators")).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType("application/problem+json");
        assertThat(mvc.get().uri("/api/v1/projects/{key}/indicators?semester=5", key)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .hasContentType("application/problem+json").bodyJson().satisfies(
                        problem -> assertThat(problem).extractingPath("$.errors[0].field").isEqualTo("semester"),
                        problem -> assertThat(problem).extractingPath("$.errors[0].code").isEqualTo("indicators.semester.range"),
                        problem -> assertThat(problem).extractingPath("$.errors[0].message")
                                .isEqualTo("There is no semester 5: this project has semesters 1 to 4."));
        assertThat(mvc.get().uri("/api/v1/projects/{key}/indicators?semester=0", key)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(mvc.get().uri("/api/v1/projects/{key}/indicators?semester=fifth", key)).hasStatus(HttpStatus.BAD_REQUEST)
                .hasContentType("application/problem+json");
    }

    private static List<String> headings(String html) {
        List<String> headings = new ArrayList<>();
        Matcher m = Pattern.compile("<th scope=\"col\"[^>]*>(.*?)</th>").matcher(html);
        while (m.find()) {
            headings.add(PageText.of(m.group(1)));
        }
        return headings;
    }

    /** The header and cells of the indicator row with that code, as read. */
    private static List<String> row(String html, String code) {
        Matcher tr = Pattern.compile("<tr id=\"indicator-" + code + "\">(.*?)</tr>", Pattern.DOTALL).matcher(html);
        assertThat(tr.find()).as(code).isTrue();
        List<String> cells = new ArrayList<>();
        Matcher cell = Pattern.compile("<t[hd][^>]*>(.*?)</t[hd]>", Pattern.DOTALL).matcher(tr.group(1));
        while (cell.find()) {
            cells.add(PageText.of(cell.group(1)));
        }
        return cells;
    }

    /** RFC 4180: fields separated by commas, records by CRLF, quoted fields with doubled quotes. */
    private static List<List<String>> csv(String text) {
        List<List<String>> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                fields.add(field.toString());
                field.setLength(0);
                records.add(fields);
                fields = new ArrayList<>();
                i++;
            } else {
                field.append(c);
            }
        }
        return records;
    }

    private static List<String> record(List<List<String>> records, String code) {
        return records.stream().filter(r -> r.get(0).equals(code)).findFirst().orElseThrow().subList(1, records.get(0).size());
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static Row rowOf(Sheet sheet, String code) {
        for (Row row : sheet) {
            if (row.getCell(0).getStringCellValue().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row " + code);
    }

    private static List<Double> numbers(Row row, int from, int to) {
        List<Double> numbers = new ArrayList<>();
        for (int i = from; i <= to; i++) {
            numbers.add(row.getCell(i).getNumericCellValue());
        }
        return numbers;
    }
}
