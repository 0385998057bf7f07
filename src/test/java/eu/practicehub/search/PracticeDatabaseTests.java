package eu.practicehub.search;

import static eu.practicehub.ApiTestProjects.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.Role;
import eu.practicehub.account.TestAccounts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The good-practice database across two projects of two programmes: a copy of BETTER where Gävle
 * (Sweden) runs a recycling centre in Göteborg, and another where Genoa (Italy) recycles bulky waste
 * and keeps a recycling pilot to the project's members.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PracticeDatabaseTests {

    private static final String GOTEBORG = "Recycling centre in Göteborg";
    private static final String BULKY = "Recycling of bulky waste";
    private static final String HIDDEN = "Members-only recycling pilot";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;

    String north;
    private String south;
    private String programmeNorth;
    private String programmeSouth;
    private Account member;
    private Account outsider;
    private long goteborg;
    private long hidden;

    @BeforeAll
    void twoProjectsOfTwoProgrammes() {
        programmeNorth = "North programme " + ApiTestProjects.freshKey("P");
        programmeSouth = "South programme " + ApiTestProjects.freshKey("P");
        north = copy("NORTH", programmeNorth);
        south = copy("SOUTH", programmeSouth);
        goteborg = id(post("/api/v1/projects/" + north + "/practices", Map.of("title", GOTEBORG, "owner", "Gävle",
                "summary", "Tags like <b>bold</b> stay text; households bring what they no longer use.",
                "location", "Göteborg, Sweden", "themes", List.of("Digital services to citizens"))));
        id(post("/api/v1/projects/" + south + "/practices", Map.of("title", BULKY, "owner", "Genoa",
                "summary", "Collecting sofas and wardrobes from the street.", "status", "EXAMINED",
                "themes", List.of("Digital services to citizens"))));
        hidden = id(post("/api/v1/projects/" + south + "/practices", Map.of("title", HIDDEN, "owner", "Genoa",
                "summary", "Households recycle electronics, not yet public.", "publicVisible", false,
                "themes", List.of("Digital services to citizens"))));
        long southId = jdbc.queryForObject("select id from project where project_key = ?", Long.class, south);
        long genoa = jdbc.queryForObject("select id from partner where project_id = ? and short_name = 'Genoa'", Long.class,
                southId);
        member = TestAccounts.withRole(accounts, "search-member", southId, genoa, Role.VIEWER);
        outsider = TestAccounts.create(accounts, "search-outsider", false);
    }

    @Test
    void goteborgFindsGoteborgAndRecycleFindsRecyclingAcrossProjectsWithFacetCounts() {
        JsonNode accents = search(anonymous(), "q", "goteborg", "project", north, "project", south);
        assertThat(titles(accents)).containsExactly(GOTEBORG);

        JsonNode stems = search(anonymous(), "q", "recycle", "project", north, "project", south);
        assertThat(titles(stems)).containsExactlyInAnyOrder(GOTEBORG, BULKY);
        assertThat(stems.get("total").asLong()).isEqualTo(2);
        assertThat(count(stems, "programme", programmeNorth)).isEqualTo(1);
        assertThat(count(stems, "programme", programmeSouth)).isEqualTo(1);
        assertThat(count(stems, "country", "SE")).isEqualTo(1);
        assertThat(count(stems, "country", "IT")).isEqualTo(1);
        assertThat(count(stems, "status", "EXAMINED")).isEqualTo(1);
        assertThat(count(stems, "status", "IDENTIFIED")).isEqualTo(1);
        assertThat(count(stems, "theme", "Digital services to citizens")).isEqualTo(2);
        assertThat(count(stems, "ownerType", "CITY")).isEqualTo(2);
        // The project facet counts without its own filter: every project's recycling practices.
        assertThat(count(stems, "project", north)).isEqualTo(1);
        assertThat(count(stems, "project", south)).isEqualTo(1);

        JsonNode filtered = search(anonymous(), "q", "recycle", "country", "IT", "project", north, "project", south);
        assertThat(titles(filtered)).containsExactly(BULKY);
        assertThat(count(filtered, "country", "SE")).as("other countries still offered").isEqualTo(1);
        assertThat(filtered.at("/hits/0/project").asString()).isEqualTo(south);
        assertThat(filtered.at("/hits/0/link").asString()).startsWith("https://practicehub.example/api/v1/projects/" + south + "/practices/");
    }

    @Test
    void aTypoInALongerWordStillFindsButShortWordsMustBeExact() {
        assertThat(titles(search(anonymous(), "q", "gotebrog", "project", north))).containsExactly(GOTEBORG);
        assertThat(titles(search(anonymous(), "q", "houshold", "project", north))).containsExactly(GOTEBORG);
        assertThat(titles(search(anonymous(), "q", "sofa wardrobe", "project", south))).containsExactly(BULKY);
        assertThat(titles(search(anonymous(), "q", "sofs", "project", south))).isEmpty();
        assertThat(titles(search(anonymous(), "q", "recycling -bulky", "project", north, "project", south)))
                .containsExactly(GOTEBORG);
        assertThat(titles(search(anonymous(), "q", "\"bulky waste\"", "project", south))).containsExactly(BULKY);
        assertThat(titles(search(anonymous(), "q", "\"waste bulky\"", "project", south))).isEmpty();
    }

    @Test
    void aWordFoundAsWrittenIsNotWidenedToItsNeighboursAndATypoKeepsTheOtherWordsHighlighted() {
        String wide = copy("WIDE", "Wide programme " + ApiTestProjects.freshKey("P"));
        id(post("/api/v1/projects/" + wide + "/practices", Map.of("title", "Smart parking sensors", "owner", "Gävle")));
        id(post("/api/v1/projects/" + wide + "/practices", Map.of("title", "Parting gifts for volunteers", "owner", "Gävle")));
        // "parking" is held as written (stem "park"): the stem one edit away ("part") is not found with it.
        assertThat(titles(search(anonymous(), "q", "parking", "project", wide))).containsExactly("Smart parking sensors");
        assertThat(titles(search(anonymous(), "q", "parting", "project", wide))).containsExactly("Parting gifts for volunteers");

        JsonNode hit = search(anonymous(), "q", "gotebrog bold", "project", north).at("/hits/0");
        assertThat(hit.at("/title").asString()).isEqualTo(GOTEBORG);
        assertThat(hit.at("/highlights/summary").asString()).contains("<mark>bold</mark>");
        assertThat(hit.at("/highlights/title").isMissingNode()).as("a word found only through a typo is not marked").isTrue();
    }

    @Test
    void matchesAreHighlightedAsEscapedHtml() {
        JsonNode hit = search(anonymous(), "q", "goteborg bold", "project", north).at("/hits/0");
        assertThat(hit.at("/highlights/title").asString()).isEqualTo("Recycling centre in <mark>Göteborg</mark>");
        assertThat(hit.at("/highlights/location").asString()).isEqualTo("<mark>Göteborg</mark>, Sweden");
        assertThat(hit.at("/highlights/summary").asString()).contains("&lt;b&gt;<mark>bold</mark>&lt;/b&gt;")
                .doesNotContain("<b>");

        MvcTestResult result = mvc.get().uri("/practices").param("q", "goteborg bold").param("project", north)
                .with(anonymous()).exchange();
        String page = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(page).contains("Recycling centre in <mark>Göteborg</mark>", "&lt;b&gt;<mark>bold</mark>&lt;/b&gt;")
                .doesNotContain("<b>bold</b>");
    }

    @Test
    void practicesOnlyForMembersReachNobodyElseInHitsFacetsOrSimilarPractices() {
        for (RequestPostProcessor who : List.of(anonymous(), user(TestAccounts.principal(outsider)))) {
            JsonNode found = search(who, "q", "recycle", "project", south);
            assertThat(titles(found)).containsExactly(BULKY);
            assertThat(count(found, "project", south)).isEqualTo(1);
            assertThat(count(found, "status", "IDENTIFIED")).isZero();
            assertThat(titles(search(who, "q", "electronics"))).isEmpty();
            assertThat(page("/practices?q=recycle", who)).doesNotContain(HIDDEN);
            assertThat(page("/projects/" + north + "/practices/" + goteborg, who)).contains("id=\"similar-practices\"")
                    .contains(BULKY).doesNotContain(HIDDEN);
        }
        JsonNode asMember = search(user(TestAccounts.principal(member)), "q", "recycle", "project", south);
        assertThat(titles(asMember)).containsExactlyInAnyOrder(BULKY, HIDDEN);
        assertThat(count(asMember, "project", south)).isEqualTo(2);
        assertThat(page("/projects/" + north + "/practices/" + goteborg, user(TestAccounts.principal(member))))
                .contains(HIDDEN);
        assertThat(titles(search(null, "q", "electronics", "project", south))).as("administrators").containsExactly(HIDDEN);
    }

    @Test
    void theIndexFollowsWritesThroughThePagesTheApiAndAnImport() {
        long id = id(post("/api/v1/projects/" + north + "/practices", Map.of("title", "Harbour ferry timetable",
                "owner", "Tartu", "summary", "Boats on time.")));
        assertThat(titles(search(anonymous(), "q", "ferry", "project", north))).containsExactly("Harbour ferry timetable");

        long version = json(mvc.get().uri("/api/v1/projects/{key}/practices/{id}", north, id).exchange()).get("version").asLong();
        assertThat(mvc.post().uri("/projects/" + north + "/practices/{id}/edit", id).formField("title", "Harbour tram timetable")
                .formField("owner", "Tartu").formField("summary", "Trams on time.").formField("status", "IDENTIFIED")
                .formField("version", Long.toString(version)).exchange()).hasStatus3xxRedirection();
        assertThat(titles(search(anonymous(), "q", "ferry", "project", north))).isEmpty();
        assertThat(titles(search(anonymous(), "q", "tram", "project", north))).containsExactly("Harbour tram timetable");

        version = json(mvc.get().uri("/api/v1/projects/{key}/practices/{id}", north, id).exchange()).get("version").asLong();
        mvc.put().uri("/api/v1/projects/{key}/practices/{id}", north, id).contentType(MediaType.APPLICATION_JSON)
                .content(ApiTestProjects.toJson(Map.of("title", "Harbour tram timetable", "owner", "Tartu",
                        "publicVisible", false, "version", version))).exchange();
        assertThat(titles(search(anonymous(), "q", "tram", "project", north))).as("no longer public").isEmpty();

        version = json(mvc.get().uri("/api/v1/projects/{key}/practices/{id}", north, id).exchange()).get("version").asLong();
        assertThat(mvc.delete().uri("/api/v1/projects/{key}/practices/{id}?version=" + version, north, id).exchange())
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(titles(search(null, "q", "tram", "project", north))).as("deleted").isEmpty();

        String imported = ApiTestProjects.freshKey("IMPORTED");
        ObjectNode document = ApiTestProjects.exportOf(mvc, north);
        ((ObjectNode) document.get("project")).put("key", imported);
        assertThat(ApiTestProjects.importDocument(mvc, document)).hasStatus(HttpStatus.CREATED);
        assertThat(titles(search(anonymous(), "q", "goteborg", "project", imported))).containsExactly(GOTEBORG);
    }

    @Test
    void renamingAProjectOrMovingAPartnerReindexesTheirPractices() {
        String key = copy("MOVED", "Old programme");
        ObjectNode document = ApiTestProjects.exportOf(mvc, key);
        String programme = "Renamed programme " + key;
        ((ObjectNode) document.get("project")).put("programme", programme);
        for (JsonNode partner : document.get("partners")) {
            if (partner.get("shortName").asString().equals("Tartu")) {
                ((ObjectNode) partner).put("country", "FI");
            }
        }
        assertThat(ApiTestProjects.importDocument(mvc, document).getResponse().getStatus()).isLessThan(300);

        JsonNode found = search(anonymous(), "programme", programme);
        assertThat(found.get("total").asLong()).isEqualTo(document.get("practices").valueStream()
                .filter(p -> !p.has("publicVisible") || p.get("publicVisible").asBoolean()).count());
        assertThat(count(search(anonymous(), "project", key), "country", "FI")).isEqualTo(document.get("practices")
                .valueStream().filter(p -> p.get("owner").asString().equals("Tartu")).count());
    }

    @Test
    void theCatalogueOfAProjectSearchesTheIndexAndKeepsItsOtherFilters() {
        String page = page("/projects/" + south + "/practices?q=recycle&status=EXAMINED", anonymous());
        assertThat(page).contains(BULKY).doesNotContain(HIDDEN);
        assertThat(page("/projects/" + south + "/practices?q=recyling", user(TestAccounts.principal(member))))
                .contains(BULKY, HIDDEN);
        JsonNode api = json(mvc.get().uri("/api/v1/projects/{key}/practices", south).param("q", "recycle")
                .with(anonymous()).exchange());
        assertThat(api.findValuesAsString("title")).containsExactly(BULKY);
    }

    @Test
    void aParameterNotUnderstoodIsAProblemDocument() {
        for (String[] bad : List.of(new String[] {"status", "LOST"}, new String[] {"sort", "random"},
                new String[] {"page", "-1"}, new String[] {"size", "many"}, new String[] {"ownerType", "PIRATE"},
                new String[] {"page", "5000"}, new String[] {"page", "2147483647"})) {
            MvcTestResult result = mvc.get().uri("/api/v1/practices").param(bad[0], bad[1]).exchange();
            assertThat(result).as(bad[0]).hasStatus(HttpStatus.BAD_REQUEST);
            assertThat(result.getResponse().getContentType()).isEqualTo("application/problem+json");
            JsonNode problem = json(result);
            assertThat(problem.get("title").asString()).isEqualTo("Bad Request");
            assertThat(problem.get("detail").asString()).as(bad[0]).isNotBlank();
        }
        assertThat(json(mvc.get().uri("/api/v1/practices").param("status", "LOST").exchange()).get("detail").asString())
                .isEqualTo("The parameter “status” cannot be “LOST”: use one of [IDENTIFIED, EXAMINED, IN_TRANSFER, ADOPTED].");
        assertThat(mvc.get().uri("/practices").param("status", "LOST").param("page", "x").exchange())
                .as("pages leave out what they do not understand").hasStatusOk();
        String longQuery = IntStream.range(0, 40).mapToObj(i -> "neighbourhood" + (char) ('a' + i % 26) + i)
                .collect(Collectors.joining(" "));
        assertThat(mvc.get().uri("/api/v1/practices").param("q", longQuery).exchange())
                .as("forty long words are searched, not refused with an error").hasStatusOk();
        assertThat(mvc.get().uri("/practices").param("q", longQuery).exchange()).hasStatusOk();
    }

    @Test
    void anAdministratorRebuildsTheIndexFromThePageOrTheApi() {
        long projectId = jdbc.queryForObject("select id from project where project_key = ?", Long.class, north);
        long owner = jdbc.queryForObject("select id from partner where project_id = ? and short_name = 'Birmingham'",
                Long.class, projectId);
        // Written behind Hibernate's back, so the index does not know it until it is rebuilt.
        RawPractices.insert(jdbc, projectId, owner, "Canal barge library");
        assertThat(titles(search(anonymous(), "q", "barge", "project", north))).isEmpty();

        assertThat(mvc.post().uri("/api/v1/practices/index/rebuild").with(anonymous()).exchange())
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.post().uri("/admin/search/rebuild").with(user(TestAccounts.principal(outsider))).exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(page("/admin/search", null)).contains("id=\"rebuild\"");

        MvcTestResult api = mvc.post().uri("/api/v1/practices/index/rebuild").exchange();
        assertThat(api).hasStatus(HttpStatus.ACCEPTED);
        assertThat(json(api).get("started").asBoolean()).isTrue();
        assertThat(titles(search(anonymous(), "q", "barge", "project", north))).containsExactly("Canal barge library");

        jdbc.update("update practice set title = 'Canal boat library' where title = 'Canal barge library' and project_id = ?",
                projectId);
        assertThat(mvc.post().uri("/admin/search/rebuild").exchange()).hasStatus3xxRedirection()
                .hasRedirectedUrl("/admin/search");
        assertThat(titles(search(anonymous(), "q", "boat", "project", north))).containsExactly("Canal boat library");
    }

    @Test
    void theDatabasePageIsLinkedFromEveryPageAndFiltersByFacetLinks() {
        String home = page("/", anonymous());
        assertThat(home).contains("href=\"/practices\"");
        String page = page("/practices?q=recycle&project=" + north + "&project=" + south, anonymous());
        assertThat(page).contains("<h1>Good-practice database</h1>", "2 good practices", "centre in Göteborg", "of bulky waste")
                .contains("name=\"country\" value=\"SE\"", "Sweden").contains("role=\"search\"");
        MvcTestResult htmx = mvc.get().uri("/practices?q=recycle&country=SE&project=" + north + "&project=" + south)
                .header("HX-Request", "true").with(anonymous()).exchange();
        String results = new String(htmx.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
        assertThat(results).doesNotContain("<html").contains("centre in Göteborg").doesNotContain("of bulky waste")
                .contains("hx-swap-oob=\"outerHTML\"");
    }

    private String copy(String prefix, String programme) {
        String key = ApiTestProjects.freshKey(prefix);
        ObjectNode document = ApiTestProjects.exportOf(mvc, ApiTestProjects.BETTER);
        ((ObjectNode) document.get("project")).put("key", key).put("programme", programme);
        assertThat(ApiTestProjects.importDocument(mvc, document)).hasStatus(HttpStatus.CREATED);
        return key;
    }

    /** Waits until what was written can be found: here at once, as every write is indexed within its commit. */
    void indexed() {
    }

    JsonNode search(RequestPostProcessor who, String... parameters) {
        indexed();
        var request = mvc.get().uri("/api/v1/practices");
        for (int i = 0; i < parameters.length; i += 2) {
            request = request.param(parameters[i], parameters[i + 1]);
        }
        if (who != null) {
            request = request.with(who);
        }
        MvcTestResult result = request.exchange();
        assertThat(result).hasStatusOk();
        return json(result);
    }

    private static long count(JsonNode results, String facet, String value) {
        return results.get("facets").get(facet).valueStream().filter(v -> v.get("value").asString().equals(value))
                .mapToLong(v -> v.get("count").asLong()).findFirst().orElse(0);
    }

    static List<String> titles(JsonNode results) {
        return results.get("hits").valueStream().map(hit -> hit.get("title").asString()).toList();
    }

    private String page(String uri, RequestPostProcessor who) {
        indexed();
        var request = mvc.get().uri(uri);
        if (who != null) {
            request = request.with(who);
        }
        MvcTestResult result = request.exchange();
        assertThat(result).as(uri).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    MvcTestResult post(String uri, Object body) {
        return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(ApiTestProjects.toJson(body)).exchange();
    }

    static long id(MvcTestResult result) {
        assertThat(result).hasStatus(201);
        return json(result).get("id").asLong();
    }
}
