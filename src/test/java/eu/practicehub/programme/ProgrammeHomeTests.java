package eu.practicehub.programme;

import static eu.practicehub.ApiTestProjects.exportOf;
import static eu.practicehub.ApiTestProjects.importDocument;
import static eu.practicehub.ApiTestProjects.json;
import static eu.practicehub.ApiTestProjects.tree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.QueryCount;
import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The start page and the programme pages over the shared demo database on {@link PageTest#TODAY}
 * (15 January 2022, 10:00 UTC): each test reads the projects of programmes of its own, imported once.
 */
@PageTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgrammeHomeTests {

    private static final String HIDDEN_PRACTICE = "E-services at Gävle municipality";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    final String run = UUID.randomUUID().toString().substring(0, 6).toLowerCase(Locale.ROOT);
    final String small = "Small Programme " + run;
    final String large = "Large Programme " + run;
    final String filters = "Filter Programme " + run;
    final String sums = "Sum Programme " + run;
    final List<String> sumKeys = new ArrayList<>();
    final List<ObjectNode> sumDocuments = new ArrayList<>();

    @BeforeAll
    void importTheProgrammes() {
        for (int i = 1; i <= 5; i++) {
            importProject("SMALL", small, "Small project %02d".formatted(i), "2021-01-01", "2023-12-31",
                    List.of(partner("A", "IT", "LEAD", "Europe/Rome"), partner("B", "SE", "PARTNER", "Europe/Stockholm")),
                    List.of("Theme " + i));
        }
        for (int i = 1; i <= 45; i++) {
            importProject("LARGE", large, "Large project %02d".formatted(i), "2021-01-01", "2023-12-31",
                    List.of(partner("A", "IT", "LEAD", "Europe/Rome"), partner("B", "SE", "PARTNER", "Europe/Stockholm")),
                    List.of("Theme " + i % 7, "Topic " + i % 3));
        }
        // On 15 January 2022 at 10:00 UTC: Alpha has ended, Bravo runs, Charlie starts in June; Delta and Echo
        // start on the 16th, which has begun at Kiritimati (UTC+14), Delta's zone, but not in London, Echo's.
        importProject("ALPHA", filters, "Alpha energy network", "2020-01-01", "2021-12-31",
                List.of(partner("A", "IT", "LEAD", "Europe/Rome"), partner("B", "SE", "PARTNER", "Europe/Stockholm")),
                List.of("Mobility"));
        importProject("BRAVO", filters, "Bravo mobility", "2021-01-01", "2023-12-31",
                List.of(partner("A", "IT", "LEAD", "Europe/Rome"), partner("B", "DE", "PARTNER", "Europe/Berlin")),
                List.of("Mobility", "Energy"));
        importProject("CHARLIE", filters, "Charlie energy", "2022-06-01", "2024-05-31",
                List.of(partner("A", "DE", "LEAD", "Europe/Berlin")), List.of("Energy"));
        importProject("DELTA", filters, "Delta islands", "2022-01-16", "2024-01-15",
                List.of(partner("A", "KI", "LEAD", "Pacific/Kiritimati")), List.of());
        importProject("ECHO", filters, "Echo ports", "2022-01-16", "2024-01-15",
                List.of(partner("A", "GB", "LEAD", "Europe/London")), List.of());
        for (int copy = 0; copy < 2; copy++) {
            ObjectNode document = exportOf(mvc, ApiTestProjects.BETTER);
            String key = ApiTestProjects.freshKey("SUM");
            ((ObjectNode) document.get("project")).put("key", key).put("programme", sums);
            if (copy == 1) {
                document.get("practices").valueStream().filter(p -> p.get("title").asString().equals(HIDDEN_PRACTICE))
                        .forEach(p -> ((ObjectNode) p).put("publicVisible", false));
            }
            assertThat(importDocument(mvc, document)).hasStatus(HttpStatus.CREATED);
            sumKeys.add(key);
            sumDocuments.add(document);
        }
    }

    @Test
    void listsFortyFiveProjectsOnThreePagesOfTwenty() {
        String first = page("/?programme=" + slug(large));
        assertThat(first).contains("45 projects · page 1 of 3", "Large project 01", "Large project 20")
                .doesNotContain("Large project 21");
        assertThat(page("/?programme=" + slug(large) + "&page=3")).contains("45 projects · page 3 of 3",
                "Large project 41", "Large project 45").doesNotContain("Large project 40");

        MvcTestResult second = mvc.get().uri("/?programme={p}&page=2", slug(large)).exchange();
        assertThat(second).hasStatusOk();
        assertThat(PageText.html(second)).contains("aria-current=\"page\" aria-label=\"Page 2\"",
                "href=\"/?programme=" + slug(large) + "&amp;page=3\"", "rel=\"prev\"", "rel=\"next\"");
    }

    @Test
    void thePagerShowsTheFirstTheLastAndTwoPagesEitherSideOfTheCurrentOne() {
        String html = PageText.html(mvc.get().uri("/?programme={p}&size=5&page=5", slug(large)).exchange());

        assertThat(html).contains("Page 3", "Page 4", "Page 5", "Page 6", "Page 7", "First", "Last (9)", "…")
                .doesNotContain("aria-label=\"Page 1\"", "aria-label=\"Page 2\"", "aria-label=\"Page 8\"",
                        "aria-label=\"Page 9\"");
        assertThat(html).contains("href=\"/?programme=" + slug(large) + "&amp;size=5\"",
                "href=\"/?programme=" + slug(large) + "&amp;page=9&amp;size=5\"");
    }

    @Test
    void countsTheProjectsOfEachCountryThemeAndStatusTheOtherFiltersApplied() {
        JsonNode all = api("/api/v1/projects?programme=" + slug(filters));
        assertThat(keys(all)).containsExactly("ALPHA", "BRAVO", "CHARLIE", "DELTA", "ECHO");
        assertThat(facet(all, "country")).isEqualTo(Map.of("IT", 2L, "SE", 1L, "DE", 2L, "KI", 1L, "GB", 1L));
        assertThat(facet(all, "theme")).isEqualTo(Map.of("Mobility", 2L, "Energy", 2L));
        assertThat(facet(all, "status")).isEqualTo(Map.of("NOT_STARTED", 2L, "RUNNING", 2L, "ENDED", 1L));
        assertThat(facet(all, "programme")).containsEntry(slug(filters), 5L);

        JsonNode germany = api("/api/v1/projects?programme=" + slug(filters) + "&country=de");
        assertThat(keys(germany)).containsExactly("BRAVO", "CHARLIE");
        assertThat(facet(germany, "country")).isEqualTo(facet(all, "country"));
        assertThat(facet(germany, "status")).isEqualTo(Map.of("NOT_STARTED", 1L, "RUNNING", 1L, "ENDED", 0L));
        assertThat(facet(germany, "theme")).isEqualTo(Map.of("Mobility", 1L, "Energy", 2L));

        assertThat(keys(api("/api/v1/projects?programme=" + slug(filters) + "&theme=Energy"))).containsExactly("BRAVO", "CHARLIE");
        assertThat(keys(api("/api/v1/projects?programme=" + slug(filters) + "&status=RUNNING"))).containsExactly("BRAVO", "DELTA");
        assertThat(keys(api("/api/v1/projects?programme=" + slug(filters) + "&status=NOT_STARTED"))).containsExactly("CHARLIE", "ECHO");
        assertThat(keys(api("/api/v1/projects?programme=" + slug(filters) + "&status=ended"))).containsExactly("ALPHA");
        assertThat(keys(api("/api/v1/projects?programme=" + slug(filters) + "&q=ENERGY"))).containsExactly("ALPHA", "CHARLIE");
        JsonNode runningInGermany = api("/api/v1/projects?programme=" + slug(filters) + "&country=DE&status=RUNNING&theme=Energy");
        assertThat(keys(runningInGermany)).containsExactly("BRAVO");
        assertThat(runningInGermany.at("/content/0/status").asString()).isEqualTo("RUNNING");
        assertThat(runningInGermany.at("/content/0/partners").asLong()).isEqualTo(2);
    }

    @Test
    void theStartPageOffersTheFiltersWithTheirCountsAsLabelledControlsAndALinkThatClearsThem() {
        MvcTestResult result = mvc.get().uri("/?programme={p}&country=DE", slug(filters)).exchange();

        assertThat(result).hasStatusOk();
        String html = PageText.html(result);
        assertThat(html).contains("<label class=\"form-label\" for=\"country\">Partner country</label>",
                "<label class=\"form-label\" for=\"status\">Status</label>", "role=\"search\"",
                "<option value=\"DE\" selected=\"selected\">Germany (2)</option>",
                "<option value=\"RUNNING\">Running (1)</option>",
                "<option value=\"" + slug(filters) + "\" selected=\"selected\">" + filters + " (2)</option>",
                "Clear filters");
        assertThat(PageText.ofMain(html)).contains("2 projects · page 1 of 1", "Bravo mobility", "Charlie energy")
                .doesNotContain("Alpha energy network");
    }

    @Test
    void badParametersAreToldOnThePageAndInTheApi() {
        assertThat(refused("/?status=paused")).contains("“paused” is not a status: use one of NOT_STARTED, RUNNING, ENDED.");
        assertThat(refused("/?programme=" + slug(large) + "&page=4")).contains("There is no page 4: the list has 3 pages.");
        assertThat(refused("/?size=1000")).contains("“1000” projects per page is not possible: ask for 1 to 100.");
        assertThat(refused("/?page=first")).contains("“first” is not a page: pages are numbered from 1.");
        assertThat(refused("/?country=Italy")).contains("“Italy” is not a country code");
        assertThat(refused("/?programme=no-such-programme")).contains("No project belongs to a programme “no-such-programme”.");
        assertThat(refused("/programmes/" + slug(large) + "?page=9")).contains("There is no page 9: the list has 3 pages.");
        assertThat(mvc.get().uri("/programmes/no-such-programme")).hasStatus(HttpStatus.NOT_FOUND);

        JsonNode status = problem("/api/v1/projects?status=paused&size=0");
        assertThat(status.get("errors").valueStream().map(e -> e.get("parameter").asString())).containsExactly("status", "size");
        assertThat(problem("/api/v1/projects?programme=" + slug(large) + "&page=3").get("detail").asString())
                .isEqualTo("There is no page 3: the last page is 2.");
        assertThat(problem("/api/v1/projects?page=-1").get("detail").asString())
                .isEqualTo("“-1” is not a page: pages are numbered from 0.");
        assertThat(mvc.get().uri("/api/v1/programmes/no-such-programme")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theProgrammeAddsUpItsProjectsIndicatorsCountingForThePublicOnlyWhatItMaySee() {
        for (boolean anonymously : List.of(false, true)) {
            Map<String, Long> summed = new HashMap<>();
            for (String key : sumKeys) {
                get("/api/v1/projects/" + key + "/indicators", anonymously).get("total").properties().stream()
                        .filter(field -> field.getValue().isIntegralNumber())
                        .forEach(field -> summed.merge(field.getKey(), field.getValue().asLong(), Long::sum));
            }
            JsonNode figures = get("/api/v1/programmes/" + slug(sums), anonymously).get("figures");
            assertThat(summed).isNotEmpty().allSatisfy((name, sum) -> assertThat(figures.get(name).asLong()).as(name).isEqualTo(sum));
        }
        JsonNode members = get("/api/v1/programmes/" + slug(sums), false);
        JsonNode visitors = get("/api/v1/programmes/" + slug(sums), true);
        long practices = sumDocuments.stream().mapToLong(d -> d.get("practices").size()).sum();
        assertThat(members.at("/figures/goodPracticesIdentified").asLong()).isEqualTo(practices);
        assertThat(visitors.at("/figures/goodPracticesIdentified").asLong()).isEqualTo(practices - 1);
        assertThat(members.at("/figures/transfersStarted").asLong() - visitors.at("/figures/transfersStarted").asLong()).isEqualTo(1);
        assertThat(members.at("/figures/policyInstrumentsAddressed").asLong()).isEqualTo(2);
        assertThat(visitors.at("/figures/policyInstrumentsAddressed").asLong()).isZero();
        assertThat(members.at("/figures/eventsHeld")).isEqualTo(visitors.at("/figures/eventsHeld"));
        assertThat(members.at("/figures/eventsHeld").asLong()).isPositive();

        Map<String, Long> partnersByCountry = sumDocuments.stream().flatMap(d -> d.get("partners").valueStream())
                .collect(Collectors.groupingBy(p -> p.get("country").asString(), Collectors.counting()));
        assertThat(members.get("partnersByCountry").valueStream()
                .collect(Collectors.toMap(c -> c.get("country").asString(), c -> c.get("partners").asLong())))
                .isEqualTo(partnersByCountry);
        assertThat(members.get("partnersByCountry").valueStream().map(c -> c.get("projects").asLong())).containsOnly(2L);
        assertThat(members.get("projects").asLong()).isEqualTo(2);
    }

    @Test
    void theProgrammePageShowsItsFiguresPartnersAndProjectsAndProjectsLinkToIt() {
        String text = PageText.ofMain(PageText.html(mvc.get().uri("/programmes/{slug}", slug(sums)).with(anonymous()).exchange()));
        JsonNode visitors = get("/api/v1/programmes/" + slug(sums), true);

        assertThat(text).contains(sums, "2 projects, 10 partners in 5 countries.",
                "Good practices identified " + visitors.at("/figures/goodPracticesIdentified").asLong(),
                "Italy 2 2", "2 projects · page 1 of 1", "BETTER");
        assertThat(PageText.html(mvc.get().uri("/projects/{key}", sumKeys.get(0)).exchange()))
                .contains("href=\"/programmes/" + slug(sums) + "\"");
        assertThat(page("/?programme=" + slug(sums))).contains(sums);
        assertThat(PageText.html(mvc.get().uri("/?programme={p}", slug(sums)).exchange()))
                .contains("href=\"/programmes/" + slug(sums) + "\"");
    }

    @Test
    void theStartPageTheProgrammePageAndTheApiReadAsManyRowsInAsFewQueriesForFiveProjectsAsForFortyFive() {
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        boolean enabled = statistics.isStatisticsEnabled();
        statistics.setStatisticsEnabled(true);
        try {
            for (String page : List.of("/?size=50&programme=", "/programmes/", "/api/v1/projects?size=50&programme=")) {
                long few = QueryCount.of(mvc, entityManagerFactory, page + slug(small));
                long many = QueryCount.of(mvc, entityManagerFactory, page + slug(large));
                assertThat(many).as(page).isEqualTo(few).isLessThanOrEqualTo(16);
            }
            long filtered = QueryCount.of(mvc, entityManagerFactory,
                    "/?programme=" + slug(large) + "&country=IT&theme=Theme+1&status=RUNNING&q=large");
            assertThat(filtered).isLessThanOrEqualTo(QueryCount.of(mvc, entityManagerFactory, "/?programme=" + slug(small)));
        } finally {
            statistics.setStatisticsEnabled(enabled);
        }
    }

    private void importProject(String prefix, String programme, String name, String start, String end,
            List<String> partners, List<String> themes) {
        String key = ApiTestProjects.freshKey(prefix);
        ObjectNode document = (ObjectNode) tree("""
                {"project": {"key": "%s", "name": "%s", "programme": "%s", "startDate": "%s", "endDate": "%s",
                  "semesterMonths": 6, "phases": [{"name": "Learning phase", "startDate": "%s", "endDate": "%s"}]},
                 "partners": [%s], "themes": []}
                """.formatted(key, name, programme, start, end, start, end, String.join(", ", partners)));
        ArrayNode themeNames = (ArrayNode) document.get("themes");
        themes.forEach(themeNames::add);
        MvcTestResult imported = importDocument(mvc, document);
        assertThat(imported.getResponse().getStatus()).as(() -> name + ": " + json(imported)).isEqualTo(201);
    }

    private static String partner(String shortName, String country, String role, String zone) {
        return """
                {"shortName": "%s", "name": "Partner %s", "country": "%s", "role": "%s", "timeZone": "%s"}
                """.formatted(shortName, shortName, country, role, zone);
    }

    private static String slug(String programme) {
        return programme.toLowerCase(Locale.ROOT).replace(' ', '-');
    }

    private String page(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).as(uri).hasStatusOk();
        return PageText.ofMain(PageText.html(result));
    }

    private String refused(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).as(uri).hasStatus(HttpStatus.BAD_REQUEST);
        return PageText.ofMain(PageText.html(result));
    }

    private JsonNode problem(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).as(uri).hasStatus(HttpStatus.BAD_REQUEST);
        return json(result);
    }

    private JsonNode api(String uri) {
        return get(uri, false);
    }

    private JsonNode get(String uri, boolean anonymously) {
        var request = mvc.get().uri(uri);
        MvcTestResult result = anonymously ? request.with(anonymous()).exchange() : request.exchange();
        assertThat(result).as(uri).hasStatusOk();
        return json(result);
    }

    private static List<String> keys(JsonNode page) {
        return page.get("content").valueStream().map(p -> p.get("key").asString().replaceAll("-.*", "")).toList();
    }

    private static Map<String, Long> facet(JsonNode page, String name) {
        return page.at("/facets/" + name).valueStream()
                .collect(Collectors.toMap(f -> f.get("value").asString(), f -> f.get("count").asLong()));
    }
}
