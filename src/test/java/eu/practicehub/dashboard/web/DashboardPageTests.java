package eu.practicehub.dashboard.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.dashboard.DashboardDocuments;
import eu.practicehub.planning.Measure;
import eu.practicehub.planning.PlanningService;
import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Document;

@PageTest
class DashboardPageTests {

    private static final Pattern HEADING = Pattern.compile("<h([1-6])[\\s>]");
    private static final Pattern SVG = Pattern.compile("<svg.*?</svg>", Pattern.DOTALL);
    private static final Pattern TABLE = Pattern.compile("<table[^>]*>\\s*<caption[^>]*>[^<]+</caption>");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PlanningService planning;

    @Test
    void showsWhereBetterStandsToday() {
        String text = PageText.ofMain(page("/projects/BETTER/dashboard"));

        assertThat(text).contains("Dashboard of BETTER", "Today 15 January 2022",
                "Phase Learning phase: 1 August 2019 – 31 July 2022 · 198 days left, today included",
                "Semester Semester 5 of 8: 1 August 2021 – 31 January 2022 · 17 days left, today included",
                "Project 1 August 2019 – 31 July 2023 · 563 days left, today included");
    }

    @Test
    void countsBettersPracticesTransfersAndActionPlansInChartsAndTables() throws Exception {
        String html = page("/projects/BETTER/dashboard");
        String text = PageText.ofMain(html);

        assertThat(text).contains("Good practices by owner (9 in all)", "Good practices by theme (9 in all;");
        assertThat(text).contains("Owner Good practices Genoa 5 Gävle 2 Birmingham 0 Tartu 0 Nyíregyháza 2");
        assertThat(text).contains("Digital services to citizens 2", "Security and resilience 2", "No theme 4");
        assertThat(text).contains("Transfers by stage (1 in all)", "Understand 0 Adapt 1 Re-use (adopted) 0 Dropped 0");
        assertThat(text).contains("Action plans by status (1 in all)", "Draft 1 Submitted 0");
        assertThat(text).contains("No planned events ahead.");
        assertThat(svgText(html, "practices-by-owner-chart")).contains("Genoa", "5", "Nyíregyháza", "2");
        assertThat(svgText(html, "transfers-by-stage-chart")).contains("Adapt", "1");
        assertThat(html).doesNotContain("??");
    }

    @Test
    void listsAtMostFiveUpcomingPlannedEventsInTheirHostsTimeWithALinkToAll() {
        String key = DashboardDocuments.withPlannedEvents(mvc);
        String html = page("/projects/" + key + "/dashboard");
        String text = PageText.ofMain(html);

        assertThat(text).contains("The next 5 planned events (7 planned from today)");
        assertThat(text).contains("15 January 2022 (Europe/Tallinn) Planned today Study visit Tartu Virtual");
        assertThat(text).contains("10 February 2022 09:30 – 17:00 (Europe/Budapest) Planned with hours Study visit Nyíregyháza Virtual");
        assertThat(text).contains("1 March 2022 – 2 March 2022 (Europe/Paris) Planned by the odd partner Study visit Ré &amp; &lt;Co&gt;");
        assertThat(text).contains("Planned in April", "Planned in May")
                .doesNotContain("Planned in June", "Planned in July", "Planned yesterday", "Cancelled ahead");
        assertThat(text.indexOf("Planned today")).isLessThan(text.indexOf("Planned with hours"));
        assertThat(html).contains("href=\"/projects/" + key + "/events?status=PLANNED\"");
        assertThat(text).contains("All planned events (7 from today)");
    }

    @Test
    void escapesPartnerNamesInTheChartsAndLeavesOutTransfersAndPlansThatDoNotExist() throws Exception {
        String key = DashboardDocuments.withPlannedEvents(mvc);
        String html = page("/projects/" + key + "/dashboard");

        assertThat(html).doesNotContain("<Co>");
        assertThat(svgText(html, "practices-by-owner-chart")).contains("Ré & <Co>");
        assertThat(charts(html)).allSatisfy(svg -> assertThat(svg.getDocumentElement().getAttribute("role")).isEqualTo("img"));
        assertThat(PageText.ofMain(html)).contains("Good practices by owner (11 in all)", "Security and resilience 3", "No theme 5")
                .doesNotContain("Transfers by stage", "Action plans by status");
        assertThat(html).doesNotContain("id=\"transfers-heading\"", "id=\"action-plans-heading\"");
    }

    @Test
    void saysWhenAProjectStartsOrEnded() {
        String upcoming = DashboardDocuments.running(mvc, "2022-03-01", "2024-02-29", "2025-02-28");
        assertThat(PageText.ofMain(page("/projects/" + upcoming + "/dashboard"))).contains(
                "Phase starts on 1 March 2022", "Semester 1 of 6: 1 March 2022 – 31 August 2022 · starts on 1 March 2022",
                "Project 1 March 2022 – 28 February 2025 · starts on 1 March 2022");

        String ended = DashboardDocuments.running(mvc, "2019-01-01", "2020-12-31", "2021-12-31");
        assertThat(PageText.ofMain(page("/projects/" + ended + "/dashboard"))).contains(
                "Phase ended on 31 December 2021", "Semester 6 of 6: 1 July 2021 – 31 December 2021 · ended on 31 December 2021",
                "Project 1 January 2019 – 31 December 2021 · ended on 31 December 2021");
    }

    @Test
    void isStructuredForAssistiveTechnology() {
        String html = page("/projects/BETTER/dashboard");
        String main = html.substring(html.indexOf("<main"));

        List<Integer> levels = new ArrayList<>();
        Matcher heading = HEADING.matcher(main);
        while (heading.find()) {
            levels.add(Integer.parseInt(heading.group(1)));
        }
        assertThat(levels.get(0)).isEqualTo(1);
        assertThat(levels.stream().filter(l -> l == 1)).hasSize(1);
        for (int i = 1; i < levels.size(); i++) {
            assertThat(levels.get(i)).as("heading %d after %d", levels.get(i), levels.get(i - 1)).isLessThanOrEqualTo(levels.get(i - 1) + 1);
        }
        int figures = count(main, "<figure");
        assertThat(figures).isGreaterThanOrEqualTo(4).isEqualTo(count(main, "<figcaption"));
        assertThat(count(main, "<svg")).isEqualTo(figures).isEqualTo(count(main, "role=\"img\""));
        assertThat(count(main, "<desc")).isEqualTo(figures);
        assertThat(count(main, "<details")).isEqualTo(figures);
        assertThat(count(main, "<table")).isEqualTo(figures).isEqualTo(countMatches(TABLE, main));
        assertThat(count(main, "<th scope=\"col\"")).isGreaterThanOrEqualTo(figures * 2);
        assertThat(count(main, "<th scope=\"row\"")).isGreaterThanOrEqualTo(figures);
        assertThat(html).containsPattern("class=\"nav-link active\"[^>]*aria-current=\"page\"[^>]*href=\"/projects/BETTER/dashboard\"");
    }

    @Test
    void isLinkedFromTheProjectHome() {
        assertThat(page("/projects/BETTER")).contains("href=\"/projects/BETTER/dashboard\"");
    }

    @Test
    void answersAnUnknownProjectWithTheNotFoundPage() {
        assertThat(mvc.get().uri("/projects/NOPE/dashboard")).hasStatus(HttpStatus.NOT_FOUND);
    }

    private String page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return PageText.html(result);
    }

    @Test
    void showsProgressAgainstTheWholePlanAndTheSemestersTargetsWithTheirFigures() throws Exception {
        String key = DashboardDocuments.withPlannedEvents(mvc);
        DashboardDocuments.target(planning, key, 0, Map.of(Measure.STUDY_VISITS, 10, Measure.IMPORT_WORKSHOPS, 5,
                Measure.REGIONAL_EVENTS, 5, Measure.ACTION_PLANS_ENDORSED, 5));
        DashboardDocuments.target(planning, key, 5, Map.of(Measure.STUDY_VISITS, 3, Measure.IMPORT_WORKSHOPS, 1));
        String html = page("/projects/" + key + "/dashboard");
        String text = PageText.ofMain(html);

        assertThat(text).contains("The whole project up to 15 January 2022",
                "Measure Target Achieved Planned Remaining Study visits 10 3 8 7 Import workshops 5 1 0 4 Regional events 5 0 0 5 "
                        + "Action plans endorsed 5 0 0 5",
                "Semester 5: 1 August 2021 – 31 January 2022",
                "Study visits 3 2 2 1 Import workshops 1 1 0 0");
        assertThat(text).doesNotContain("Thematic events", "No targets");
        String whole = svgText(html, "progress-project-chart");
        assertThat(whole).contains("Study visits", "3 of 10, 8 planned", "1 of 5", "Action plans endorsed", "0 of 5");
        assertThat(svgText(html, "progress-semester-chart")).contains("2 of 3, 2 planned", "1 of 1");
        assertThat(html).contains("href=\"/projects/" + key + "/semesters/5\"");
    }

    @Test
    void saysSoWhenNoTargetsAreSet() {
        String key = DashboardDocuments.running(mvc, "2019-08-01", "2022-07-31", "2023-07-31");
        DashboardDocuments.target(planning, key, 0, Map.of());
        DashboardDocuments.target(planning, key, 5, Map.of());
        String html = page("/projects/" + key + "/dashboard");

        assertThat(PageText.ofMain(html)).contains("Progress against targets No targets are set yet.");
        assertThat(html).doesNotContain("progress-project-chart", "progress-semester-chart")
                .contains("href=\"/projects/" + key + "/semesters/5\"");
    }

    private static String svgText(String html, String id) throws Exception {
        for (Document svg : charts(html)) {
            if (svg.getDocumentElement().getAttribute("aria-labelledby").startsWith(id + "-")) {
                return svg.getDocumentElement().getTextContent();
            }
        }
        throw new AssertionError("no chart " + id);
    }

    private static List<Document> charts(String html) throws Exception {
        List<Document> charts = new ArrayList<>();
        Matcher svg = SVG.matcher(html);
        while (svg.find()) {
            charts.add(SvgChartsTests.parse(svg.group()));
        }
        return charts;
    }

    private static int count(String html, String part) {
        return html.split(Pattern.quote(part), -1).length - 1;
    }

    private static int countMatches(Pattern pattern, String html) {
        Matcher matcher = pattern.matcher(html);
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
