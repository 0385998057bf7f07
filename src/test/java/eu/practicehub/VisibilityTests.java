package eu.practicehub;

import static eu.practicehub.ApiTestProjects.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.Role;
import eu.practicehub.account.TestAccounts;
import eu.practicehub.web.PageTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;

/**
 * What the public sees and what members see: practices not in the public catalogue, action plans in
 * DRAFT, unpublished newsletters and the minutes of events are the members' only; the pages offer a
 * record's edit and delete buttons only to those who may use them. Nor do the transfers of such a
 * practice, the events, calendar feeds and published plans that name it, or a generated newsletter
 * show it to the public. In a copy of BETTER, where Tartu's plan is a draft.
 */
@PageTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VisibilityTests {

    private static final String HIDDEN = "Members-only practice of Tartu";
    private static final String PUBLIC = "Digital Citizen Folder";
    private static final String MINUTES = "Minutes only the members read";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    private String key;
    private long hidden;
    private long plan;
    private long draft;
    private long event;
    private long transfer;
    private long published;
    private long citing;
    private Account viewer;
    private Account tartuEditor;
    private Account otherEditor;
    private Account outsider;

    @BeforeAll
    void aCopyOfBetterWithAPracticeOnlyForMembersADraftNewsletterAndMinutes() {
        key = ApiTestProjects.copyOfBetter(mvc, "VISIBLE");
        hidden = id(post("/api/v1/projects/" + key + "/practices",
                Map.of("title", HIDDEN, "owner", "Tartu", "summary", "Not yet for the public", "publicVisible", false)));
        draft = id(post("/api/v1/projects/" + key + "/newsletters/generate", Map.of("from", "2020-02-01", "to", "2020-07-31")));
        event = id(post("/api/v1/projects/" + key + "/events", Map.of("type", "THEMATIC_EVENT", "title", "Held meeting",
                "start", "2021-03-10", "end", "2021-03-10", "host", "Tartu", "mode", "VIRTUAL", "status", "HELD",
                "minutes", MINUTES, "practices", List.of(HIDDEN, PUBLIC))));
        transfer = id(post("/api/v1/projects/" + key + "/transfers",
                Map.of("practice", HIDDEN, "importer", "Genoa")));
        long projectId = jdbc.queryForObject("select id from project where project_key = ?", Long.class, key);
        long tartu = jdbc.queryForObject("select id from partner where project_id = ? and short_name = 'Tartu'", Long.class,
                projectId);
        long genoa = jdbc.queryForObject("select id from partner where project_id = ? and short_name = 'Genoa'", Long.class,
                projectId);
        plan = jdbc.queryForObject("select id from action_plan where partner_id = ? and status = 'DRAFT'", Long.class, tartu);
        // Genoa's plan, submitted: the public reads it.
        published = jdbc.queryForList("select id from action_plan where partner_id = ?", Long.class, genoa).stream()
                .findFirst().orElseGet(() -> id(post("/api/v1/projects/" + key + "/action-plans", Map.of("partner", "Genoa"))));
        jdbc.update("update action_plan set status = 'SUBMITTED' where id = ?", published);
        citing = id(post("/api/v1/projects/" + key + "/action-plans/" + published + "/actions",
                Map.of("title", "Action citing the members-only practice", "background", List.of(
                        Map.of("kind", "PRACTICE", "id", hidden), Map.of("kind", "TRANSFER", "id", transfer)))));
        viewer = TestAccounts.withRole(accounts, "viewer", projectId, tartu, Role.VIEWER);
        tartuEditor = TestAccounts.withRole(accounts, "editor-tartu", projectId, tartu, Role.EDITOR);
        otherEditor = TestAccounts.withRole(accounts, "editor-genoa", projectId, genoa, Role.EDITOR);
        // Signed in, but no member of the project.
        outsider = TestAccounts.create(accounts, "outsider", false);
    }

    @Test
    void anonymousVisitorsSeeThePublicCatalogueWithoutThePracticesOnlyForMembers() {
        String catalogue = page("/projects/" + key + "/practices?size=100", anonymous());
        assertThat(catalogue).contains(PUBLIC).doesNotContain(HIDDEN);
        assertThat(page("/projects/" + key + "/practices?q=members-only", anonymous())).doesNotContain(HIDDEN);
        assertThat(titles(get("/api/v1/projects/" + key + "/practices?size=100", anonymous())))
                .contains(PUBLIC).doesNotContain(HIDDEN);
        assertThat(page("/projects/" + key + "/partners/" + partner("Tartu"), anonymous())).doesNotContain(HIDDEN);
        assertThat(page("/projects/" + key + "/events/" + event, anonymous())).doesNotContain(HIDDEN);
    }

    @Test
    void aPracticeOnlyForMembersAnswersLikeAMissingOneToAnyoneElse() {
        for (RequestPostProcessor who : List.of(anonymous(), user(TestAccounts.principal(outsider)))) {
            assertThat(get("/projects/" + key + "/practices/" + hidden, who)).hasStatus(404);
            assertThat(get("/api/v1/projects/" + key + "/practices/" + hidden, who)).hasStatus(404);
            assertThat(get("/projects/" + key + "/practices/" + hidden + "/chain", who)).hasStatus(404);
        }
    }

    @Test
    void theCatalogueCountsOnlyThePublicPracticesForThePublicAndAllForMembers() {
        long all = jdbc.queryForObject("select count(*) from practice p join project j on p.project_id = j.id"
                + " where j.project_key = ?", Long.class, key);
        long shown = jdbc.queryForObject("select count(*) from practice p join project j on p.project_id = j.id"
                + " where j.project_key = ? and p.public_visible = true", Long.class, key);
        assertThat(shown).isLessThan(all);
        assertThat(json(get("/api/v1/projects/" + key + "/practices", anonymous())).get("page").get("totalElements")
                .asLong()).isEqualTo(shown);
        assertThat(page("/projects/" + key, anonymous())).doesNotContain(HIDDEN);
        assertThat(json(get("/api/v1/projects/" + key + "/practices", member(viewer))).get("page").get("totalElements")
                .asLong()).isEqualTo(all);
    }

    @Test
    void anonymousVisitorsSeeNoDraftActionPlan() {
        assertThat(get("/projects/" + key + "/action-plans/" + plan, anonymous())).hasStatus(404);
        assertThat(get("/projects/" + key + "/action-plans/" + plan + "/document.docx", anonymous())).hasStatus(404);
        assertThat(get("/projects/" + key + "/action-plans/" + plan + "/document.pdf", anonymous())).hasStatus(404);
        assertThat(get("/api/v1/projects/" + key + "/action-plans/" + plan, anonymous())).hasStatus(404);
        assertThat(json(get("/api/v1/projects/" + key + "/action-plans", anonymous())).findValuesAsString("partner"))
                .doesNotContain("Tartu");
    }

    @Test
    void anonymousVisitorsSeeNoUnpublishedNewsletter() {
        assertThat(get("/api/v1/projects/" + key + "/newsletters/" + draft, anonymous())).hasStatus(404);
        assertThat(get("/projects/" + key + "/newsletters/" + draft + "/export.md", anonymous())).hasStatus(404);
        assertThat(json(get("/api/v1/projects/" + key + "/newsletters", anonymous())).findValuesAsString("status"))
                .doesNotContain("DRAFT");
        MvcTestResult list = get("/projects/" + key + "/newsletters", anonymous());
        assertThat(list).hasStatus(302);
        assertThat(list.getResponse().getHeader("Location")).endsWith("/login");
    }

    @Test
    void anonymousVisitorsSeeTheHeldEventWithoutItsMinutes() {
        String page = page("/projects/" + key + "/events/" + event, anonymous());
        assertThat(page).contains("Held meeting").doesNotContain(MINUTES);
        JsonNode detail = json(get("/api/v1/projects/" + key + "/events/" + event, anonymous()));
        assertThat(detail.get("title").asString()).isEqualTo("Held meeting");
        assertThat(detail.path("minutes").isNull() || detail.path("minutes").isMissingNode()).isTrue();
    }

    @Test
    void aViewerOfTheProjectSeesWhatThePublicDoesNot() {
        RequestPostProcessor who = member(viewer);
        assertThat(page("/projects/" + key + "/practices?size=100", who)).contains(HIDDEN);
        assertThat(page("/projects/" + key + "/practices/" + hidden, who)).contains(HIDDEN);
        assertThat(page("/projects/" + key + "/action-plans/" + plan, who)).contains("Tartu");
        assertThat(json(get("/api/v1/projects/" + key + "/newsletters", who)).findValuesAsString("status"))
                .contains("DRAFT");
        assertThat(page("/projects/" + key + "/newsletters", who)).contains("newsletter-link");
        assertThat(page("/projects/" + key + "/events/" + event, who)).contains(MINUTES);
        assertThat(json(get("/api/v1/projects/" + key + "/events/" + event, who)).get("minutes").asString())
                .isEqualTo(MINUTES);
    }

    @Test
    void aPracticePageOffersEditAndDeleteOnlyToThoseWhoMayUseThem() {
        String edit = "/projects/" + key + "/practices/" + hidden + "/edit";
        String delete = "/projects/" + key + "/practices/" + hidden + "/delete";
        assertThat(page("/projects/" + key + "/practices/" + hidden, member(viewer))).doesNotContain(edit, delete);
        assertThat(page("/projects/" + key + "/practices/" + hidden, member(otherEditor))).doesNotContain(edit, delete);
        assertThat(page("/projects/" + key + "/practices/" + hidden, member(tartuEditor))).contains(edit, delete);
        assertThat(get(edit, member(viewer))).hasStatus(403);
        assertThat(get(edit, member(otherEditor))).hasStatus(403);
        assertThat(get(edit, member(tartuEditor))).hasStatusOk();
    }

    @Test
    void theCatalogueOffersANewPracticeOnlyToEditorsAndCoordinators() {
        String create = "/projects/" + key + "/practices/new";
        assertThat(page("/projects/" + key + "/practices", member(viewer))).doesNotContain(create);
        assertThat(page("/projects/" + key + "/practices", anonymous())).doesNotContain(create);
        assertThat(page("/projects/" + key + "/practices", member(tartuEditor))).contains(create);
        assertThat(get(create, member(viewer))).hasStatus(403);
    }

    @Test
    void anEventPageOffersItsButtonsOnlyToTheHostsEditors() {
        String edit = "/projects/" + key + "/events/" + event + "/edit";
        assertThat(page("/projects/" + key + "/events/" + event, member(viewer))).doesNotContain(edit);
        assertThat(page("/projects/" + key + "/events/" + event, member(otherEditor))).doesNotContain(edit);
        assertThat(page("/projects/" + key + "/events/" + event, member(tartuEditor))).contains(edit);
        assertThat(get(edit, member(otherEditor))).hasStatus(403);
    }

    @Test
    void aDraftPlanOffersItsButtonsOnlyToItsPartnersEditors() {
        String edit = "/projects/" + key + "/action-plans/" + plan + "/edit";
        assertThat(page("/projects/" + key + "/action-plans/" + plan, member(viewer))).doesNotContain(edit);
        assertThat(page("/projects/" + key + "/action-plans/" + plan, member(otherEditor))).doesNotContain(edit);
        assertThat(page("/projects/" + key + "/action-plans/" + plan, member(tartuEditor))).contains(edit);
    }

    @Test
    void aFormSentBySomeoneWhoMayNotWriteIsRefusedBeforeItsInputIsRead() {
        assertThat(mvc.post().uri("/projects/" + key + "/practices/" + hidden + "/edit").with(member(viewer))
                .param("title", "x").param("version", "not a number").exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/projects/" + key + "/practices/new").with(member(viewer))
                .param("title", "x").param("identifiedOn", "not a day").exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/projects/" + key + "/events/" + event + "/edit").with(member(otherEditor))
                .param("title", "x").param("version", "").exchange()).hasStatus(403);
        assertThat(mvc.post().uri("/projects/" + key + "/targets").with(member(tartuEditor))
                .param("values[STUDY_VISITS]", "many").exchange()).hasStatus(403);
    }

    @Test
    void aPracticeMadeWithTheFormIsOnlyForMembersUntilItsEditorTicksThePublicBox() {
        MvcTestResult created = mvc.post().uri("/projects/" + key + "/practices/new")
                .param("title", "Made with the form").param("owner", "Tartu").param("status", "IDENTIFIED").exchange();
        assertThat(created).hasStatus(302);
        Boolean shown = jdbc.queryForObject("select p.public_visible from practice p join project j on p.project_id = j.id"
                + " where j.project_key = ? and p.title = 'Made with the form'", Boolean.class, key);
        assertThat(shown).isFalse();
    }

    @Test
    void theTransfersOfAPracticeOnlyForMembersAreLeftOutForAnyoneElse() {
        for (RequestPostProcessor who : List.of(anonymous(), user(TestAccounts.principal(outsider)))) {
            assertThat(page("/projects/" + key + "/transfers?size=100", who)).doesNotContain(HIDDEN);
            JsonNode list = json(get("/api/v1/projects/" + key + "/transfers?size=100", who));
            assertThat(list.findValuesAsString("practice")).doesNotContain(HIDDEN);
            assertThat(get("/projects/" + key + "/transfers/" + transfer, who)).hasStatus(404);
            assertThat(get("/api/v1/projects/" + key + "/transfers/" + transfer, who)).hasStatus(404);
            assertThat(page("/projects/" + key + "/transfers/map", who)).doesNotContain(HIDDEN);
        }
        long all = jdbc.queryForObject("select count(*) from transfer t join project j on t.project_id = j.id"
                + " where j.project_key = ?", Long.class, key);
        assertThat(json(get("/api/v1/projects/" + key + "/transfers", anonymous())).get("page").get("totalElements")
                .asLong()).isEqualTo(all - 1);
        assertThat(json(get("/api/v1/projects/" + key + "/transfers", member(viewer))).get("page").get("totalElements")
                .asLong()).isEqualTo(all);
        assertThat(page("/projects/" + key + "/transfers?size=100", member(viewer))).contains(HIDDEN);
        assertThat(page("/projects/" + key + "/transfers/" + transfer, member(viewer))).contains(HIDDEN);
        assertThat(json(get("/api/v1/projects/" + key + "/transfers/" + transfer, member(viewer))).get("practice")
                .asString()).isEqualTo(HIDDEN);
    }

    @Test
    void anEventNamesOnlyItsPublicPracticesToThePublicInTheApiAndInEveryCalendarFeed() {
        JsonNode detail = json(get("/api/v1/projects/" + key + "/events/" + event, anonymous()));
        assertThat(detail.get("practices").findValuesAsString("title")).containsExactly(PUBLIC);
        JsonNode list = json(get("/api/v1/projects/" + key + "/events?size=100", anonymous()));
        assertThat(list.findValuesAsString("title")).contains("Held meeting", PUBLIC).doesNotContain(HIDDEN);
        assertThat(json(get("/api/v1/projects/" + key + "/events/" + event, member(viewer))).get("practices")
                .findValuesAsString("title")).containsExactly(HIDDEN, PUBLIC);
        // The feeds are read without signing in and shared onwards: even a member's copy names only public practices.
        for (RequestPostProcessor who : List.of(anonymous(), member(viewer))) {
            String single = unfolded(page("/projects/" + key + "/events/" + event + "/event.ics", who));
            assertThat(single).contains(PUBLIC).doesNotContain(HIDDEN);
            assertThat(unfolded(page("/projects/" + key + "/calendar.ics", who))).contains(PUBLIC).doesNotContain(HIDDEN);
        }
    }

    @Test
    void aPublishedPlanCitingAPracticeOnlyForMembersDoesNotNameItToThePublic() throws Exception {
        String planPage = "/projects/" + key + "/action-plans/" + published;
        assertThat(page(planPage, anonymous())).contains("Action citing the members-only practice").doesNotContain(HIDDEN);
        JsonNode action = json(get("/api/v1/projects/" + key + "/action-plans/" + published + "/actions/" + citing,
                anonymous()));
        assertThat(action.get("background").isEmpty()).isTrue();
        assertThat(docxText(get(planPage + "/document.docx", anonymous()))).doesNotContain(HIDDEN);
        JsonNode seen = json(get("/api/v1/projects/" + key + "/action-plans/" + published + "/actions/" + citing,
                member(viewer)));
        assertThat(seen.get("background").findValuesAsString("kind")).containsExactly("PRACTICE", "TRANSFER");
        assertThat(page(planPage, member(viewer))).contains(HIDDEN);
        assertThat(docxText(get(planPage + "/document.docx", member(viewer)))).contains(HIDDEN);
    }

    @Test
    void aGeneratedNewsletterNamesOnlyThePublicPracticesEvenForAMember() {
        JsonNode generated = json(post("/api/v1/projects/" + key + "/newsletters/generate",
                Map.of("from", "2021-03-01", "to", "2021-03-31")));
        assertThat(generated.get("body").asString()).contains("10 March 2021", PUBLIC).doesNotContain(HIDDEN);
    }

    @Test
    void theHistoryLinkShowsOnPracticeAndEventPagesToEveryMemberAndToNobodyElse() {
        String practiceHistory = "/projects/" + key + "/practices/" + hidden + "/history";
        String eventHistory = "/projects/" + key + "/events/" + event + "/history";
        assertThat(page("/projects/" + key + "/practices/" + hidden, member(viewer))).contains(practiceHistory);
        assertThat(page("/projects/" + key + "/events/" + event, member(viewer))).contains(eventHistory);
        assertThat(page("/projects/" + key + "/events/" + event, anonymous())).doesNotContain(eventHistory);
        long shown = jdbc.queryForObject("select p.id from practice p join project j on p.project_id = j.id"
                + " where j.project_key = ? and p.title = ?", Long.class, key, PUBLIC);
        assertThat(page("/projects/" + key + "/practices/" + shown, anonymous()))
                .doesNotContain("/projects/" + key + "/practices/" + shown + "/history");
        assertThat(page("/projects/" + key + "/practices/" + shown, member(viewer)))
                .contains("/projects/" + key + "/practices/" + shown + "/history");
    }

    private static String unfolded(String calendar) {
        return calendar.replace("\r\n ", "").replace("\r\n\t", "").replace("\\,", ",");
    }

    private static String docxText(MvcTestResult result) throws java.io.IOException {
        assertThat(result).hasStatusOk();
        try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(
                new java.io.ByteArrayInputStream(result.getResponse().getContentAsByteArray()))) {
            for (java.util.zip.ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().equals("word/document.xml")) {
                    return new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("No word/document.xml in the document");
    }

    private long partner(String shortName) {
        return jdbc.queryForObject("select p.id from partner p join project j on p.project_id = j.id"
                + " where j.project_key = ? and p.short_name = ?", Long.class, key, shortName);
    }

    private static RequestPostProcessor member(Account account) {
        return user(TestAccounts.principal(account));
    }

    private MvcTestResult get(String uri, RequestPostProcessor who) {
        return mvc.get().uri(uri).with(who).exchange();
    }

    private String page(String uri, RequestPostProcessor who) {
        MvcTestResult result = get(uri, who);
        assertThat(result).as(uri).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private MvcTestResult post(String uri, Object body) {
        return mvc.post().uri(uri).contentType(MediaType.APPLICATION_JSON).content(ApiTestProjects.toJson(body)).exchange();
    }

    private static long id(MvcTestResult result) {
        assertThat(result).hasStatus(201);
        return json(result).get("id").asLong();
    }

    private static List<String> titles(MvcTestResult result) {
        return json(result).findValuesAsString("title");
    }
}
