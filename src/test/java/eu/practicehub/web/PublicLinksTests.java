package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.Role;
import eu.practicehub.account.TestAccounts;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every absolute link the application writes names the public address ({@code practicehub.base-url},
 * {@value #PUBLIC} in the tests), whatever host the request names: the API's Location headers, the Atom
 * feed, the calendar feeds and their webcal links, one-time links and the token page's example. Each
 * request here claims another host in its Host header and in forwarded headers.
 */
@PageTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PublicLinksTests {

    static final String PUBLIC = "https://practicehub.example";
    static final String EVIL = "evil.example";
    private static final Pattern ABSOLUTE = Pattern.compile("(?:https?|webcal)://[^\\s\"'<>]+");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    ProjectService projects;

    String key;
    String api;

    @BeforeAll
    void copyBetter() {
        key = ApiTestProjects.copyOfBetter(mvc, "LINKS");
        api = "/api/v1/projects/" + key;
    }

    @Test
    void everyRecordTheApiCreatesIsNamedOnThePublicAddress() {
        created(api + "/practices", "{\"title\": \"Linked practice\", \"owner\": \"Tartu\"}", api + "/practices/%d");
        created(api + "/restrictions", """
                {"country": "SE", "from": "2022-10-03", "to": "2022-10-07", "level": "ADVISORY"}""", api + "/restrictions/%d");

        long challenge = id(created(api + "/challenges", """
                {"partner": "Tartu", "title": "Linked challenge", "description": "Citizens should reach the e-services online.",
                 "themes": ["Digital services to citizens"]}""", api + "/challenges/%d"));
        long suggested = ApiTestProjects.json(mvc.get().uri(api + "/challenges/{id}/suggestions", challenge).exchange())
                .get(0).get("practiceId").asLong();
        created(api + "/challenges/" + challenge + "/suggestions/" + suggested + "/transfer", "{}",
                api + "/transfers/%d");

        long workshop = id(created(api + "/events", """
                {"type": "IMPORT_WORKSHOP", "title": "Linked workshop", "start": "2022-03-10", "end": "2022-03-10",
                 "host": "Birmingham", "participants": ["Genoa"], "mode": "VIRTUAL", "status": "PLANNED"}""",
                api + "/events/%d"));
        JsonNode transfer = created(api + "/transfers", """
                {"practice": "Segnalaci", "importer": "Birmingham"}""", api + "/transfers/%d");
        assertLocation(send(mvc.post().uri(api + "/transfers/{id}/moves", id(transfer)), """
                {"to": "ADAPT", "version": %d}""".formatted(transfer.get("version").asLong())),
                api + "/transfers/" + id(transfer));
        assertLocation(send(mvc.post().uri(api + "/transfers/{id}/workshops", id(transfer)), "{\"event\": " + workshop + "}"),
                api + "/events/" + workshop);

        long plan = id(created(api + "/action-plans", "{\"partner\": \"Genoa\"}", api + "/action-plans/%d"));
        created(api + "/action-plans/" + plan + "/actions", "{\"title\": \"Linked action\"}",
                api + "/action-plans/" + plan + "/actions/%d");

        created(api + "/newsletters/generate", "{}", api + "/newsletters/%d");
    }

    @Test
    void aMonitoringUpdateAndAnImportedProjectAreNamedOnThePublicAddress() {
        String monitored = ApiTestProjects.freshKey("LINKS-MONITORED");
        ObjectNode document = ApiTestProjects.exportOf(mvc, ApiTestProjects.BETTER);
        ((ObjectNode) document.get("project")).put("key", monitored);
        ((ObjectNode) document.at("/actionPlans/0")).put("status", "IN_MONITORING").put("endorsedBy", "Tartu City Council")
                .put("endorsedOn", "2021-12-01");

        assertLocation(send(mvc.post().uri("/api/v1/projects/import"), ApiTestProjects.toJson(document)),
                "/api/v1/projects/" + monitored);

        String plans = "/api/v1/projects/" + monitored + "/action-plans";
        JsonNode plan = ApiTestProjects.json(mvc.get().uri(plans).exchange()).get(0);
        long planId = plan.get("id").asLong();
        long action = plan.at("/actions/0/id").asLong();
        assertLocation(send(mvc.post().uri(plans + "/{id}/actions/{action}/updates", planId, action), """
                {"semester": 5, "date": "2022-01-15", "done": "Linked update"}"""),
                plans + "/" + planId + "/actions/" + action);
    }

    @Test
    void theAtomFeedAndTheCalendarFeedsLinkToThePublicAddress() {
        Project better = projects.project("BETTER");
        Partner genoa = projects.partner(better, "Genoa").orElseThrow();
        long visit = ApiTestProjects.json(mvc.get().uri("/api/v1/projects/BETTER/events?type=STUDY_VISIT&sort=startDate")
                .exchange()).at("/content/0/id").asLong();

        assertThat(links(forged(mvc.get().uri("/projects/BETTER/news.atom")))).contains(
                PUBLIC + "/projects/BETTER/news.atom", PUBLIC + "/projects/BETTER/news");
        assertThat(links(forged(mvc.get().uri("/projects/BETTER/calendar.ics"))))
                .contains(PUBLIC + "/projects/BETTER/events/" + visit);
        assertThat(links(forged(mvc.get().uri("/projects/BETTER/partners/{id}/calendar.ics", genoa.getId()))))
                .contains(PUBLIC + "/projects/BETTER/events/" + visit);
        assertThat(links(forged(mvc.get().uri("/projects/BETTER/events/{id}/event.ics", visit))))
                .contains(PUBLIC + "/projects/BETTER/events/" + visit);
    }

    @Test
    void thePagesOfferTheCalendarFeedsAsWebcalAddressesOfThePublicAddress() {
        Partner genoa = projects.partner(projects.project("BETTER"), "Genoa").orElseThrow();

        assertThat(links(forged(mvc.get().uri("/projects/BETTER/events"))))
                .contains("webcal://practicehub.example/projects/BETTER/calendar.ics");
        assertThat(links(forged(mvc.get().uri("/projects/BETTER/partners/{id}", genoa.getId()))))
                .contains("webcal://practicehub.example/projects/BETTER/partners/" + genoa.getId() + "/calendar.ics");
    }

    @Test
    void oneTimeLinksAndTheTokenPagesExampleNameThePublicAddress() {
        Project better = projects.project("BETTER");
        Partner genoa = projects.partner(better, "Genoa").orElseThrow();
        Account coordinator = TestAccounts.withRole(accounts, "links-coordinator", better.getId(), null, Role.COORDINATOR);
        String setup = PUBLIC + "/account/setup?token=";

        assertThat(links(forged(mvc.post().uri("/admin/accounts/invite").param("email", unique("admin-invitee"))
                .param("name", "Invitee").param("language", "en").param("place", "partner:" + genoa.getId())
                .param("role", "VIEWER")))).anySatisfy(link -> assertThat(link).startsWith(setup));
        assertThat(links(forged(mvc.post().uri("/admin/accounts/{id}/reset", coordinator.getId()))))
                .anySatisfy(link -> assertThat(link).startsWith(setup));
        assertThat(links(forged(mvc.post().uri("/projects/BETTER/members/invite").with(user(TestAccounts.principal(coordinator)))
                .param("email", unique("member-invitee")).param("name", "Invitee").param("language", "en")
                .param("place", "partner:" + genoa.getId()).param("role", "EDITOR"))))
                .anySatisfy(link -> assertThat(link).startsWith(setup));
        assertThat(links(forged(mvc.post().uri("/profile/tokens").with(user(TestAccounts.principal(coordinator)))
                .param("tokenName", "Linked script")))).contains(PUBLIC + "/api/v1/projects/BETTER/practices");
    }

    /** Sends a JSON body to the API as {@link #forged} does, and checks it created a record named {@code expected}. */
    private JsonNode created(String path, String json, String expected) {
        MvcTestResult result = send(mvc.post().uri(path), json);
        JsonNode body = ApiTestProjects.json(result);
        assertLocation(result, expected.formatted(id(body)));
        return body;
    }

    private MvcTestResult send(MockMvcRequestBuilder request, String json) {
        return forged(request.contentType(MediaType.APPLICATION_JSON).content(json));
    }

    private static void assertLocation(MvcTestResult result, String path) {
        assertThat(result).hasStatus(HttpStatus.CREATED);
        assertThat(result.getResponse().getHeader("Location")).isEqualTo(PUBLIC + path);
    }

    /** The request as a sender claiming another host would make it, in every header that can say so. */
    private static MvcTestResult forged(MockMvcRequestBuilder request) {
        return request.header("Host", EVIL).header("X-Forwarded-Host", EVIL).header("X-Forwarded-Proto", "http")
                .header("Forwarded", "host=" + EVIL + ";proto=http").exchange();
    }

    /** The absolute addresses in an answer that succeeded; none may name the host the request claimed. */
    private static List<String> links(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        String body = new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).replace("\r\n ", "")
                .replace("&amp;", "&");
        assertThat(body).doesNotContain(EVIL);
        Matcher matcher = ABSOLUTE.matcher(body);
        List<String> links = new ArrayList<>();
        while (matcher.find()) {
            links.add(matcher.group());
        }
        return links;
    }

    private static long id(JsonNode body) {
        return body.get("id").asLong();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "@practicehub.test";
    }
}
