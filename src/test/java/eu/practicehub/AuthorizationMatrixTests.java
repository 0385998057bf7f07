package eu.practicehub;

import static eu.practicehub.ApiTestProjects.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.Role;
import eu.practicehub.account.TestAccounts;
import eu.practicehub.web.PageTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.util.AntPathMatcher;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.node.ObjectNode;

/**
 * Who may change what, for every write of the API and every form of the pages: each is sent by an
 * anonymous visitor, a VIEWER, an EDITOR of an unrelated partner, an EDITOR of the partner that owns the
 * transferred practice, an EDITOR of the partner whose record it is, a COORDINATOR and an ADMIN. The
 * table below names every write with the rule that governs it; {@link Rule#allows} says who passes.
 * A refused write must leave the database as it was: the rows and versions of every table are compared.
 * The records belong to Tartu (its practice, the events it hosts, the transfer it imports, its plan and
 * challenge); the transferred practice is Genoa's; the unrelated partner is Birmingham.
 */
@PageTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTests {

    /** Who sends the request. */
    enum Sender {
        ANONYMOUS, VIEWER, OTHER_EDITOR, PRACTICE_OWNER_EDITOR, OWNER_EDITOR, COORDINATOR, ADMIN
    }

    /** The rule a write follows; see README, "Roles and permissions". */
    enum Rule {
        /** The record's partner's editors, the project's coordinators and administrators. */
        PARTNER,
        /** A transfer's assessment: as PARTNER for the importer, and the editors of the practice's owner too. */
        ASSESSMENT,
        /** The project's coordinators and administrators. */
        COORDINATOR,
        /** Administrators only: creating a project. */
        ADMIN;

        boolean allows(Sender sender) {
            return switch (sender) {
                case ANONYMOUS, VIEWER, OTHER_EDITOR -> false;
                case PRACTICE_OWNER_EDITOR -> this == ASSESSMENT;
                case OWNER_EDITOR -> this == PARTNER || this == ASSESSMENT;
                case COORDINATOR -> this != ADMIN;
                case ADMIN -> true;
            };
        }
    }

    enum Surface {
        API, PAGE
    }

    /** What came back: let through, refused, sent to sign in, or something else (a failure of the test). */
    enum Outcome {
        ALLOWED, FORBIDDEN, SIGN_IN, UNEXPECTED
    }

    /** One write: its mapping as declared, the rule, and how to build a request that would succeed if let through. */
    record Endpoint(Surface surface, HttpMethod method, String pattern, Rule rule,
            Supplier<AbstractMockHttpServletRequestBuilder<?>> request) {

        String mapping() {
            return method.name() + " " + pattern;
        }
    }

    /** Tables whose rows and versions must not change when a write is refused. */
    private static final List<String> TABLES = List.of("project", "project_phase", "partner", "theme", "practice",
            "practice_theme", "learning_event", "event_participant", "event_practice", "transfer", "transfer_move",
            "transfer_workshop", "action_plan", "plan_action", "action_background", "action_indicator",
            "indicator_value", "action_update", "challenge", "challenge_theme", "travel_restriction", "target_plan",
            "project_target", "newsletter", "account", "membership");

    /**
     * Writes that are not the domain's and so not in this table: signing in and out are the filter chain's, not
     * handler methods; {@code /error} is Spring Boot's error page for any method. Accounts, tokens and memberships
     * (the account module and the pages in {@code eu.practicehub.web}) have their own rules and tests.
     */
    private static final Set<String> NOT_DOMAIN_PACKAGES = Set.of("eu.practicehub.account", "eu.practicehub.web",
            "org.springframework", "org.springdoc");

    /** A backup of an instance without projects or accounts. */
    private static final Map<String, Object> EMPTY_BACKUP = Map.of("formatVersion", 1, "takenAt", "2025-01-31T10:15:00Z",
            "projects", List.of(), "accounts", List.of());

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    AccountService accounts;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final AtomicInteger counter = new AtomicInteger();
    private final Map<Sender, Account> senders = new EnumMap<>(Sender.class);
    private final Set<String> versioned = new TreeSet<>();

    private String key;
    private String api;
    private String pages;
    private long projectId;
    private long tartu;
    private long practice;
    private long genoaPractice;
    private String suggestedPractice;
    private long suggestedPracticeId;
    private long event;
    private long riskEvent;
    private long transfer;
    private long plan;
    private long action;
    private long challenge;
    private long restriction;
    private long newsletter;

    @BeforeAll
    void aProjectWithRecordsOfTartuAndAnAccountForEverySender() {
        key = ApiTestProjects.copyOfBetter(mvc, "MATRIX");
        api = "/api/v1/projects/" + key;
        pages = "/projects/" + key;
        projectId = jdbc.queryForObject("select id from project where project_key = ?", Long.class, key);
        tartu = partner("Tartu");
        long genoa = partner("Genoa");
        long birmingham = partner("Birmingham");

        practice = newPractice("Tartu");
        genoaPractice = newPractice("Genoa");
        suggestedPractice = "Matrix practice of Genoa to suggest";
        suggestedPracticeId = created(post(api + "/practices", practiceBody(suggestedPractice, "Genoa")));
        event = newEvent();
        riskEvent = created(post(api + "/events", obj("type", "STUDY_VISIT", "title", "Matrix visit at risk",
                "start", "2023-05-10", "end", "2023-05-11", "host", "Tartu", "participants", List.of("Genoa"),
                "mode", "IN_PERSON", "venue", "Town hall", "status", "PLANNED")));
        created(post(api + "/restrictions", obj("country", "EE", "from", "2023-05-01", "to", "2023-05-31",
                "level", "RESTRICTED")));
        transfer = created(post(api + "/transfers", obj("practice", title("practice", genoaPractice),
                "importer", "Tartu")));
        plan = jdbc.queryForObject("select id from action_plan where partner_id = ?", Long.class, tartu);
        action = jdbc.queryForObject("select min(id) from plan_action where plan_id = ?", Long.class, plan);
        challenge = newChallenge();
        restriction = newRestriction();
        newsletter = newNewsletter();

        senders.put(Sender.VIEWER, TestAccounts.withRole(accounts, "viewer", projectId, tartu, Role.VIEWER));
        senders.put(Sender.OTHER_EDITOR, TestAccounts.withRole(accounts, "editor-birmingham", projectId, birmingham,
                Role.EDITOR));
        senders.put(Sender.PRACTICE_OWNER_EDITOR, TestAccounts.withRole(accounts, "editor-genoa", projectId, genoa,
                Role.EDITOR));
        senders.put(Sender.OWNER_EDITOR, TestAccounts.withRole(accounts, "editor-tartu", projectId, tartu, Role.EDITOR));
        senders.put(Sender.COORDINATOR, TestAccounts.withRole(accounts, "coordinator", projectId, null,
                Role.COORDINATOR));
        senders.put(Sender.ADMIN, TestAccounts.create(accounts, "admin", true));

        for (String table : TABLES) {
            try {
                jdbc.queryForObject("select coalesce(sum(version), 0) from " + table, Long.class);
                versioned.add(table);
            } catch (org.springframework.dao.DataAccessException e) {
                // A table without versions (a list of a record's parts): its row count tells.
            }
        }
    }

    /** The table: every write of the API and of the pages, the rule it follows, and a request that would succeed. */
    List<Endpoint> endpoints() {
        List<Endpoint> all = new ArrayList<>();
        // Practices: the owner partner's.
        all.add(apiCall(HttpMethod.POST, "/api/v1/projects/{key}/practices", Rule.PARTNER,
                () -> jsonRequest(HttpMethod.POST, api + "/practices", practiceBody(unique("Matrix practice"), "Tartu"))));
        all.add(apiCall(HttpMethod.PUT, "/api/v1/projects/{key}/practices/{id}", Rule.PARTNER,
                () -> jsonRequest(HttpMethod.PUT, api + "/practices/" + practice,
                        with(practiceBody(unique("Matrix practice"), "Tartu"), "version", version("practice", practice)))));
        all.add(apiCall(HttpMethod.DELETE, "/api/v1/projects/{key}/practices/{id}", Rule.PARTNER, () -> {
            long id = newPractice("Tartu");
            return request(HttpMethod.DELETE, api + "/practices/" + id).param("version", "" + version("practice", id));
        }));
        all.add(page("/projects/{key}/practices/new", Rule.PARTNER, () -> form(pages + "/practices/new",
                "title", unique("Matrix practice"), "owner", "Tartu", "status", "IDENTIFIED", "publicVisible", "true")));
        all.add(page("/projects/{key}/practices/{id}/edit", Rule.PARTNER, () -> form(pages + "/practices/" + practice
                + "/edit", "title", unique("Matrix practice"), "owner", "Tartu", "status", "IDENTIFIED",
                "version", "" + version("practice", practice))));
        all.add(page("/projects/{key}/practices/{id}/delete", Rule.PARTNER, () -> {
            long id = newPractice("Tartu");
            return form(pages + "/practices/" + id + "/delete", "version", "" + version("practice", id));
        }));

        // Events: the host's; resolving a risk changes the event.
        all.add(apiCall(HttpMethod.POST, "/api/v1/projects/{key}/events", Rule.PARTNER,
                () -> jsonRequest(HttpMethod.POST, api + "/events", eventBody(unique("Matrix event")))));
        all.add(apiCall(HttpMethod.PUT, "/api/v1/projects/{key}/events/{id}", Rule.PARTNER,
                () -> jsonRequest(HttpMethod.PUT, api + "/events/" + event,
                        with(eventBody(unique("Matrix event")), "version", version("learning_event", event)))));
        all.add(apiCall(HttpMethod.DELETE, "/api/v1/projects/{key}/events/{id}", Rule.PARTNER, () -> {
            long id = newEvent();
            return request(HttpMethod.DELETE, api + "/events/" + id).param("version", "" + version("learning_event", id));
        }));
        all.add(apiCall(HttpMethod.POST, "/api/v1/projects/{key}/events/{id}/resolve", Rule.PARTNER,
                () -> jsonRequest(HttpMethod.POST, api + "/events/" + riskEvent + "/resolve",
                        obj("resolution", "SWITCH_TO_VIRTUAL", "version", version("learning_event", riskEvent)))));
        all.add(page("/projects/{key}/events/new", Rule.PARTNER, () -> eventForm(pages + "/events/new",
                unique("Matrix event"), null)));
        all.add(page("/projects/{key}/events/{id}/edit", Rule.PARTNER, () -> eventForm(pages + "/events/" + event
                + "/edit", unique("Matrix event"), version("learning_event", event))));
        all.add(page("/projects/{key}/events/{id}/delete", Rule.PARTNER, () -> {
            long id = newEvent();
            return form(pages + "/events/" + id + "/delete", "version", "" + version("learning_event", id));
        }));
        all.add(page("/projects/{key}/events/{id}/resolve", Rule.PARTNER, () -> form(pages + "/events/" + riskEvent
                + "/resolve", "resolution", "SWITCH_TO_VIRTUAL", "version", "" + version("learning_event", riskEvent))));

        // Restrictions: the coordinators'.
        all.add(apiCall(HttpMethod.POST, "/api/v1/projects/{key}/restrictions", Rule.COORDINATOR,
                () -> jsonRequest(HttpMethod.POST, api + "/restrictions", restrictionBody())));
        all.add(apiCall(HttpMethod.PUT, "/api/v1/projects/{key}/restrictions/{id}", Rule.COORDINATOR,
                () -> jsonRequest(HttpMethod.PUT, api + "/restrictions/" + restriction,
                        with(restrictionBody(), "version", version("travel_restriction", restriction)))));
        all.add(apiCall(HttpMethod.DELETE, "/api/v1/projects/{key}/restrictions/{id}", Rule.COORDINATOR, () -> {
            long id = newRestriction();
            return request(HttpMethod.DELETE, api + "/restrictions/" + id)
                    .param("version", "" + version("travel_restriction", id));
        }));
        all.add(apiCall(HttpMethod.POST, "/api/v1/projects/{key}/restrictions/import", Rule.COORDINATOR,
                () -> request(HttpMethod.POST, api + "/restrictions/import").contentType("text/csv")
                        .content(restrictionCsv())));
        all.add(page("/projects/{key}/restrictions/new", Rule.COORDINATOR, () -> {
            Map<String, Object> body = restrictionBody();
            return form(pages + "/restrictions/new", "country", "FR", "from", "" + body.get("from"), "to",
                    "" + body.get("to"), "level", "ADVISORY");
        }));
        all.add(page("/projects/{key}/restrictions/{id}/edit", Rule.COORDINATOR, () -> {
            Map<String, Object> body = restrictionBody();
            return form(pages + "/restrictions/" + restriction + "/edit", "country", "FR", "from", "" + body.get("from"),
                    "to", "" + body.get("to"), "level", "ADVISORY", "version",
                    "" + version("travel_restriction", restriction));
        }));
        all.add(page("/projects/{key}/restrictions/{id}/delete", Rule.COORDINATOR, () -> {
            long id = newRestriction();
            return form(pages + "/restrictions/" + id + "/delete", "version", "" + version("travel_restriction", id));
        }));
        all.add(page("/projects/{key}/restrictions/import", Rule.COORDINATOR,
                () -> multipart(pages + "/restrictions/import").file(new MockMultipartFile("file", "restrictions.csv",
                        "text/csv", restrictionCsv().getBytes(StandardCharsets.UTF_8)))));

        // Transfers: the importer's; the practice's owner may write the assessment too.
        all.add(apiCall(HttpMethod.POST, "/api/v1/projects/{key}/transfers", Rule.PARTNER,
                () -> jsonRequest(HttpMethod.POST, api + "/transfers", obj("practice", title("practice", newPractice("Genoa")),
                        "importer", "Tartu"))));
        all.add(apiCall(HttpMethod.POST, "/api/v1/projects/{key}/transfers/{id}/moves", Rule.PARTNER,
                () -> jsonRequest(HttpMethod.POST, api + "/transfers/" + transfer + "/moves",
                        obj("to", "ADAPT", "version", version("transfer", transfer)))));
        all.add(apiCall(HttpMethod.PUT, "/api/v1/projects/{key}/transfers/{id}/assessment", Rule.ASSESSMENT,
                () -> jsonRequest(HttpMethod.PUT, api + "/transfers/" + transfer + "/assessment",
                        obj("legalFit", 3, "legalNotes", unique("Fits"), "version", version("transfer", transfer)))));
        all.add(apiCall(HttpMethod.POST, "/api/v1/projects/{key}/transfers/{id}/workshops", Rule.PARTNER,
                () -> jsonRequest(HttpMethod.POST, api + "/transfers/" + transfer + "/workshops",
                        obj("event", event, "version", version("transfer", transfer)))));
        all.add(page("/projects/{key}/transfers/new", Rule.PARTNER, () -> form(pages + "/transfers/new",
                "practice", title("practice", newPractice("Genoa")), "importer", "Tartu")));
        all.add(page("/projects/{key}/transfers/{id}/moves", Rule.PARTNER, () -> form(pages + "/transfers/" + transfer
                + "/moves", "to", "ADAPT", "version", "" + version("transfer", transfer))));
        all.add(page("/projects/{key}/transfers/{id}/assessment", Rule.ASSESSMENT, () -> form(pages + "/transfers/"
                + transfer + "/assessment", "legalFit", "3", "legalNotes", unique("Fits"), "version",
                "" + version("transfer", transfer))));
        all.add(page("/projects/{key}/transfers/{id}/workshops", Rule.PARTNER, () -> form(pages + "/transfers/"
                + transfer + "/workshops", "event", "" + event, "version", "" + version("transfer", transfer))));
        all.add(page("/projects/{key}/transfers/{id}/workshops/new", Rule.PARTNER, () -> form(pages + "/transfers/"
                + transfer + "/workshops/new", "title", unique("Matrix workshop"), "startDate", "2022-09-01",
                "endDate", "2022-09-01", "host", "Tartu", "participants", "Genoa", "mode", "VIRTUAL", "version",
                "" + version("transfer", transfer))));

        // Action plans, their actions and monitoring updates: the plan's partner's.
        all.add(apiCall(HttpMethod.POST, "/api/v1/projects/{key}/action-plans", Rule.PARTNER,
                () -> jsonRequest(HttpMethod.POST, api + "/action-plans", planBody("Tartu", null))));
        all.add(apiCall(HttpMethod.PUT, "/api/v1/projects/{key}/action-plans/{id}", Rule.PARTNER,
                () -> jsonRequest(HttpMethod.PUT, api + "/action-plans/" + plan, planBody(null, version("action_plan", plan)))));
        all.add(apiCall(HttpMethod.POST, "/api/v1/projects/{key}/action-plans/{id}/status", Rule.PARTNER,
                () -> jsonRequest(HttpMethod.POST, api + "/action-plans/" + plan + "/status",
                        obj("to", "SUBMITTED", "version", version("action_plan", plan)))));
        all.add(apiCall(HttpMethod.POST, "/api/v1/projects/{key}/action-plans/{id}/actions", Rule.PARTNER,
                () -> jsonRequest(HttpMethod.POST, api + "/action-plans/" + plan + "/actions", obj("title", unique("Matrix action")))));
        all.add(apiCall(HttpMethod.PUT, "/api/v1/projects/{key}/action-plans/{id}/actions/{actionId}", Rule.PARTNER,
                () -> jsonRequest(HttpMethod.PUT, api + "/action-plans/" + plan + "/actions/" + action,
                        obj("title", unique("Matrix action"), "version", version("plan_action", action)))));
        all.add(apiCall(HttpMethod.POST, "/api/v1/projects/{key}/action-plans/{id}/actions/{actionId}/updates",
                Rule.PARTNER, () -> jsonRequest(HttpMethod.POST, api + "/action-plans/" + plan + "/actions/" + action + "/updates",
                        obj("semester", 7, "date", "2023-03-01", "done", unique("Matrix update")))));
        all.add(page("/projects/{key}/action-plans/new", Rule.PARTNER, () -> form(pages + "/action-plans/new",
                "partner", "Tartu", "instrumentName", "Matrix instrument", "instrumentType",
                "INVESTMENT_FOR_GROWTH_AND_JOBS")));
        all.add(page("/projects/{key}/action-plans/{id}/edit", Rule.PARTNER, () -> form(pages + "/action-plans/" + plan
                + "/edit", "instrumentName", unique("Matrix instrument"), "instrumentType", "INVESTMENT_FOR_GROWTH_AND_JOBS",
                "version", "" + version("action_plan", plan))));
        all.add(page("/projects/{key}/action-plans/{id}/status", Rule.PARTNER, () -> form(pages + "/action-plans/"
                + plan + "/status", "to", "SUBMITTED", "version", "" + version("action_plan", plan))));
        all.add(page("/projects/{key}/action-plans/{id}/actions/new", Rule.PARTNER, () -> form(pages + "/action-plans/"
                + plan + "/actions/new", "title", unique("Matrix action"), "status", "PLANNED", "progress", "0")));
        all.add(page("/projects/{key}/action-plans/{id}/actions/{actionId}/edit", Rule.PARTNER, () -> form(pages
                + "/action-plans/" + plan + "/actions/" + action + "/edit", "title", unique("Matrix action"), "status",
                "PLANNED", "progress", "0", "version", "" + version("plan_action", action))));
        all.add(page("/projects/{key}/action-plans/{id}/actions/{actionId}/updates/new", Rule.PARTNER, () -> form(pages
                + "/action-plans/" + plan + "/actions/" + action + "/updates/new", "semester", "7", "date",
                "2023-03-01", "done", unique("Matrix update"))));

        // Challenges: the challenge's partner's; starting a transfer from a suggestion imports to that partner.
        all.add(apiCall(HttpMethod.POST, "/api/v1/projects/{key}/challenges", Rule.PARTNER,
                () -> jsonRequest(HttpMethod.POST, api + "/challenges", challengeBody())));
        all.add(apiCall(HttpMethod.PUT, "/api/v1/projects/{key}/challenges/{id}", Rule.PARTNER,
                () -> jsonRequest(HttpMethod.PUT, api + "/challenges/" + challenge,
                        with(challengeBody(), "version", version("challenge", challenge)))));
        all.add(apiCall(HttpMethod.DELETE, "/api/v1/projects/{key}/challenges/{id}", Rule.PARTNER, () -> {
            long id = newChallenge();
            return request(HttpMethod.DELETE, api + "/challenges/" + id).param("version", "" + version("challenge", id));
        }));
        all.add(apiCall(HttpMethod.POST, "/api/v1/projects/{key}/challenges/{id}/suggestions/{practiceId}/transfer",
                Rule.PARTNER, () -> jsonRequest(HttpMethod.POST, api + "/challenges/" + challenge + "/suggestions/"
                        + suggestedPracticeId + "/transfer", obj())));
        all.add(page("/projects/{key}/challenges/new", Rule.PARTNER, () -> form(pages + "/challenges/new",
                "partner", "Tartu", "title", unique("Matrix challenge"))));
        all.add(page("/projects/{key}/challenges/{id}/edit", Rule.PARTNER, () -> form(pages + "/challenges/"
                + challenge + "/edit", "partner", "Tartu", "title", unique("Matrix challenge"), "version",
                "" + version("challenge", challenge))));
        all.add(page("/projects/{key}/challenges/{id}/delete", Rule.PARTNER, () -> {
            long id = newChallenge();
            return form(pages + "/challenges/" + id + "/delete", "version", "" + version("challenge", id));
        }));
        all.add(page("/projects/{key}/challenges/{id}/suggestions/{practiceId}/transfer", Rule.PARTNER,
                () -> form(pages + "/challenges/" + challenge + "/suggestions/" + suggestedPracticeId + "/transfer")));

        // Newsletters: the coordinators'.
        all.add(apiCall(HttpMethod.POST, "/api/v1/projects/{key}/newsletters/generate", Rule.COORDINATOR,
                () -> jsonRequest(HttpMethod.POST, api + "/newsletters/generate", newsletterPeriod())));
        all.add(apiCall(HttpMethod.PUT, "/api/v1/projects/{key}/newsletters/{id}", Rule.COORDINATOR,
                () -> jsonRequest(HttpMethod.PUT, api + "/newsletters/" + newsletter, obj("title", unique("Matrix news"),
                        "body", "Text", "version", version("newsletter", newsletter)))));
        all.add(apiCall(HttpMethod.POST, "/api/v1/projects/{key}/newsletters/{id}/publish", Rule.COORDINATOR, () -> {
            long id = newNewsletter();
            return jsonRequest(HttpMethod.POST, api + "/newsletters/" + id + "/publish", obj("version", version("newsletter", id)));
        }));
        all.add(apiCall(HttpMethod.DELETE, "/api/v1/projects/{key}/newsletters/{id}", Rule.COORDINATOR, () -> {
            long id = newNewsletter();
            return request(HttpMethod.DELETE, api + "/newsletters/" + id).param("version", "" + version("newsletter", id));
        }));
        all.add(page("/projects/{key}/newsletters/new", Rule.COORDINATOR, () -> form(pages + "/newsletters/new",
                "from", "2020-02-01", "to", "2020-07-31")));
        all.add(page("/projects/{key}/newsletters/{id}/edit", Rule.COORDINATOR, () -> form(pages + "/newsletters/"
                + newsletter + "/edit", "title", unique("Matrix news"), "body", "Text", "version",
                "" + version("newsletter", newsletter))));
        all.add(page("/projects/{key}/newsletters/preview", Rule.COORDINATOR, () -> form(pages + "/newsletters/preview",
                "body", "# Heading")));
        all.add(page("/projects/{key}/newsletters/{id}/publish", Rule.COORDINATOR, () -> {
            long id = newNewsletter();
            return form(pages + "/newsletters/" + id + "/publish", "version", "" + version("newsletter", id));
        }));
        all.add(page("/projects/{key}/newsletters/{id}/delete", Rule.COORDINATOR, () -> {
            long id = newNewsletter();
            return form(pages + "/newsletters/" + id + "/delete", "version", "" + version("newsletter", id));
        }));

        // Targets: the coordinators'.
        all.add(apiCall(HttpMethod.PUT, "/api/v1/projects/{key}/targets", Rule.COORDINATOR,
                () -> jsonRequest(HttpMethod.PUT, api + "/targets", obj("version", targetsVersion(0), "targets",
                        obj("STUDY_VISITS", counter.incrementAndGet() % 50)))));
        all.add(apiCall(HttpMethod.PUT, "/api/v1/projects/{key}/semesters/{number}/targets", Rule.COORDINATOR,
                () -> jsonRequest(HttpMethod.PUT, api + "/semesters/2/targets", obj("version", targetsVersion(2), "targets",
                        obj("STUDY_VISITS", counter.incrementAndGet() % 50)))));
        all.add(page("/projects/{key}/targets", Rule.COORDINATOR, () -> form(pages + "/targets",
                "values[STUDY_VISITS]", "" + counter.incrementAndGet() % 50, "version", "" + targetsVersion(0))));
        all.add(page("/projects/{key}/semesters/{number}/targets", Rule.COORDINATOR, () -> form(pages
                + "/semesters/2/targets", "values[STUDY_VISITS]", "" + counter.incrementAndGet() % 50, "version",
                "" + targetsVersion(2))));

        // History: a restore is a change of the record through its module's update, so it follows the record's rule
        // (for a transfer, only its assessment is restored).
        String restore = "/history/{revision}/restore";
        all.add(apiCall(HttpMethod.POST, "/api/v1/projects/{key}/practices/{id}" + restore, Rule.PARTNER,
                () -> restoreRequest(api + "/practices/", "practice", practice)));
        all.add(apiCall(HttpMethod.POST, "/api/v1/projects/{key}/events/{id}" + restore, Rule.PARTNER,
                () -> restoreRequest(api + "/events/", "learning_event", event)));
        all.add(apiCall(HttpMethod.POST, "/api/v1/projects/{key}/transfers/{id}" + restore, Rule.ASSESSMENT,
                () -> restoreRequest(api + "/transfers/", "transfer", transfer)));
        all.add(apiCall(HttpMethod.POST, "/api/v1/projects/{key}/action-plans/{id}" + restore, Rule.PARTNER,
                () -> restoreRequest(api + "/action-plans/", "action_plan", plan)));
        String pageRestore = "/projects/{key}/{kind:practices|events|transfers|action-plans}/{id}" + restore;
        all.add(page(pageRestore, Rule.PARTNER, () -> restoreForm(pages + "/practices/", "practice", practice)));
        all.add(page(pageRestore, Rule.PARTNER, () -> restoreForm(pages + "/events/", "learning_event", event)));
        all.add(page(pageRestore, Rule.ASSESSMENT, () -> restoreForm(pages + "/transfers/", "transfer", transfer)));
        all.add(page(pageRestore, Rule.PARTNER, () -> restoreForm(pages + "/action-plans/", "action_plan", plan)));

        // Project documents: bringing a project in line with one is its coordinators'; a new project is the administrators'.
        all.add(new Endpoint(Surface.API, HttpMethod.POST, "/api/v1/projects/import", Rule.ADMIN, () -> {
            ObjectNode document = ApiTestProjects.exportOf(mvc, key);
            ((ObjectNode) document.get("project")).put("key", ApiTestProjects.freshKey("MATRIXNEW"));
            return jsonRequest(HttpMethod.POST, "/api/v1/projects/import", document);
        }));

        // Backup: restoring one is the administrators'. This instance is not empty, so a restore let through is
        // refused with 409 and changes nothing.
        all.add(apiCall(HttpMethod.POST, "/api/v1/backup/restore", Rule.ADMIN,
                () -> jsonRequest(HttpMethod.POST, "/api/v1/backup/restore", EMPTY_BACKUP)));
        all.add(page("/admin/backup/restore", Rule.ADMIN, () -> multipart("/admin/backup/restore").file(
                new MockMultipartFile("file", "backup.json", "application/json",
                        ApiTestProjects.toJson(EMPTY_BACKUP).getBytes(StandardCharsets.UTF_8)))));

        // The good-practice database's index: rebuilding it is the administrators'; it changes no table.
        all.add(apiCall(HttpMethod.POST, "/api/v1/practices/index/rebuild", Rule.ADMIN,
                () -> request(HttpMethod.POST, "/api/v1/practices/index/rebuild")));
        all.add(page("/admin/search/rebuild", Rule.ADMIN, () -> form("/admin/search/rebuild")));
        return all;
    }

    /** The same mapping once more, bringing the existing project in line with its own document: coordinators may. */
    Endpoint importOfTheExistingProject() {
        return new Endpoint(Surface.API, HttpMethod.POST, "/api/v1/projects/import", Rule.COORDINATOR,
                () -> jsonRequest(HttpMethod.POST, "/api/v1/projects/import", ApiTestProjects.exportOf(mvc, key)));
    }

    @TestFactory
    Stream<DynamicTest> everyWriteIsLetThroughOrRefusedAsTheRulesSayAndARefusedOneChangesNothing() {
        List<Endpoint> all = new ArrayList<>(endpoints());
        all.add(importOfTheExistingProject());
        return all.stream().flatMap(endpoint -> Stream.of(Sender.values()).map(sender -> DynamicTest.dynamicTest(
                endpoint.mapping() + " (" + endpoint.rule() + ") by " + sender + " is " + expected(endpoint, sender),
                () -> check(endpoint, sender))));
    }

    @Test
    void theTableNamesEveryWriteMappingOfTheDomainAndEachRequestMatchesItsMapping() {
        Set<String> declared = new TreeSet<>();
        endpoints().forEach(e -> declared.add(e.mapping()));
        Set<String> writes = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, org.springframework.web.method.HandlerMethod> entry
                : mappings.getHandlerMethods().entrySet()) {
            String handlerPackage = entry.getValue().getBeanType().getPackageName();
            if (NOT_DOMAIN_PACKAGES.stream().anyMatch(handlerPackage::startsWith)) {
                continue;
            }
            Set<RequestMethod> methods = entry.getKey().getMethodsCondition().getMethods();
            // A mapping without methods answers every method, writes included.
            Set<RequestMethod> writing = methods.isEmpty()
                    ? Set.of(RequestMethod.POST, RequestMethod.PUT, RequestMethod.DELETE, RequestMethod.PATCH) : methods;
            for (RequestMethod method : writing) {
                if (method == RequestMethod.GET || method == RequestMethod.HEAD || method == RequestMethod.OPTIONS
                        || method == RequestMethod.TRACE) {
                    continue;
                }
                entry.getKey().getPatternValues().forEach(pattern -> writes.add(method.name() + " " + pattern));
            }
        }
        assertThat(writes).as("write mappings of the domain modules").isNotEmpty();
        assertThat(declared).as("the matrix covers exactly the write mappings").isEqualTo(writes);

        AntPathMatcher matcher = new AntPathMatcher();
        for (Endpoint endpoint : endpoints()) {
            if (endpoint.pattern().equals("/api/v1/projects/import")) {
                continue;
            }
            String uri = endpoint.request().get().buildRequest(new org.springframework.mock.web.MockServletContext())
                    .getRequestURI();
            assertThat(matcher.match(endpoint.pattern(), uri)).as(uri + " is a request to " + endpoint.pattern()).isTrue();
        }
    }

    private void check(Endpoint endpoint, Sender sender) {
        AbstractMockHttpServletRequestBuilder<?> request = endpoint.request().get();
        request.with(sender == Sender.ANONYMOUS ? anonymous() : user(TestAccounts.principal(senders.get(sender))));
        Map<String, Long> before = snapshot();
        MvcTestResult result = mvc.perform(request);
        Outcome outcome = outcome(result);
        String expected = expected(endpoint, sender);
        assertThat(outcome.name()).as(endpoint.mapping() + " by " + sender + " answered "
                + result.getResponse().getStatus() + " " + result.getResponse().getHeader("Location")
                + (result.getUnresolvedException() == null ? "" : " " + result.getUnresolvedException()))
                .isEqualTo(expected);
        if (outcome != Outcome.ALLOWED) {
            assertThat(snapshot()).as("the database after a refused " + endpoint.mapping() + " by " + sender)
                    .isEqualTo(before);
        }
    }

    private static String expected(Endpoint endpoint, Sender sender) {
        if (sender == Sender.ANONYMOUS) {
            return Outcome.SIGN_IN.name();
        }
        return (endpoint.rule().allows(sender) ? Outcome.ALLOWED : Outcome.FORBIDDEN).name();
    }

    /**
     * Let through: saved (2xx, or a redirect that is not to the sign-in page), or refused for the endpoint's own
     * reasons after the rules were passed (400, 409 stale version, 422 broken rule). Refused: 403, or for a page
     * whose form names a partner the sender may not write for, the form again (422) with that refusal by the
     * field, so that the input is not lost. Anonymous: the sign-in page for pages, 401 for the API.
     */
    private static Outcome outcome(MvcTestResult result) {
        if (result.getUnresolvedException() != null) {
            return Outcome.UNEXPECTED;
        }
        int status = result.getResponse().getStatus();
        String location = result.getResponse().getHeader("Location");
        if (status == 401 || (status == 302 && location != null && location.endsWith("/login"))) {
            return Outcome.SIGN_IN;
        }
        if (status == 403 || (status == 422 && refusesAChoice(result))) {
            return Outcome.FORBIDDEN;
        }
        if (status < 400 || status == 400 || status == 409 || status == 422) {
            return Outcome.ALLOWED;
        }
        return Outcome.UNEXPECTED;
    }

    /** Whether a page's form was shown again because it named a partner whose records the sender may not change. */
    private static boolean refusesAChoice(MvcTestResult result) {
        org.springframework.web.servlet.ModelAndView page = result.getMvcResult().getModelAndView();
        return page != null && page.getModel().values().stream()
                .filter(BindingResult.class::isInstance).map(BindingResult.class::cast)
                .flatMap(errors -> errors.getAllErrors().stream())
                .anyMatch(error -> "access.choice.refused".equals(error.getCode()));
    }

    /** Rows and the sum of versions of every table. */
    private Map<String, Long> snapshot() {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String table : TABLES) {
            counts.put(table + " rows", jdbc.queryForObject("select count(*) from " + table, Long.class));
            if (versioned.contains(table)) {
                counts.put(table + " versions",
                        jdbc.queryForObject("select coalesce(sum(version), 0) from " + table, Long.class));
            }
        }
        return counts;
    }

    // The records and requests, made as the administrator the tests run as by default.

    private long partner(String shortName) {
        return jdbc.queryForObject("select id from partner where project_id = ? and short_name = ?", Long.class,
                projectId, shortName);
    }

    /** The record's first recorded version, which a restore brings back. */
    private long firstRevision(String table, long id) {
        return jdbc.queryForObject("select min(rev) from " + table + "_aud where id = ?", Long.class, id);
    }

    private MockHttpServletRequestBuilder restoreRequest(String base, String table, long id) {
        return jsonRequest(HttpMethod.POST, base + id + "/history/" + firstRevision(table, id) + "/restore",
                obj("version", version(table, id)));
    }

    private MockHttpServletRequestBuilder restoreForm(String base, String table, long id) {
        return form(base + id + "/history/" + firstRevision(table, id) + "/restore", "version", "" + version(table, id));
    }

    private long version(String table, long id) {
        return jdbc.queryForObject("select version from " + table + " where id = ?", Long.class, id);
    }

    private String title(String table, long id) {
        return jdbc.queryForObject("select title from " + table + " where id = ?", String.class, id);
    }

    /** The version to send with targets: 0 before any were set, else one more than the stored one. */
    private long targetsVersion(int semester) {
        List<Long> stored = jdbc.queryForList("select version from target_plan where project_id = ? and semester = ?",
                Long.class, projectId, semester);
        return stored.isEmpty() ? 0 : stored.get(0) + 1;
    }

    private String unique(String prefix) {
        return prefix + " " + counter.incrementAndGet();
    }

    private long newPractice(String owner) {
        return created(post(api + "/practices", practiceBody(unique("Matrix practice of " + owner), owner)));
    }

    private long newEvent() {
        return created(post(api + "/events", eventBody(unique("Matrix event"))));
    }

    private long newRestriction() {
        return created(post(api + "/restrictions", restrictionBody()));
    }

    private long newChallenge() {
        return created(post(api + "/challenges", challengeBody()));
    }

    private long newNewsletter() {
        return created(post(api + "/newsletters/generate", newsletterPeriod()));
    }

    private static Map<String, Object> practiceBody(String title, String owner) {
        return obj("title", title, "owner", owner, "summary", "A practice of the matrix");
    }

    private static Map<String, Object> eventBody(String title) {
        return obj("type", "THEMATIC_EVENT", "title", title, "start", "2022-03-10", "end", "2022-03-10",
                "host", "Tartu", "mode", "VIRTUAL", "status", "PLANNED");
    }

    private MockHttpServletRequestBuilder eventForm(String url, String title, Long version) {
        MockHttpServletRequestBuilder form = form(url, "type", "THEMATIC_EVENT", "title", title, "startDate",
                "2022-03-10", "endDate", "2022-03-10", "datePrecision", "DAY", "host", "Tartu", "mode", "VIRTUAL",
                "status", "PLANNED");
        return version == null ? form : form.param("version", "" + version);
    }

    /** A restriction of its own first day, far ahead, so that each is new. */
    private Map<String, Object> restrictionBody() {
        String day = java.time.LocalDate.of(2040, 1, 1).plusDays(counter.incrementAndGet()).toString();
        return obj("country", "FR", "from", day, "to", day, "level", "ADVISORY");
    }

    private String restrictionCsv() {
        String day = java.time.LocalDate.of(2040, 1, 1).plusDays(counter.incrementAndGet()).toString();
        return "country,from,to,level,note,source\nFR," + day + "," + day + ",ADVISORY,,\n";
    }

    private Map<String, Object> challengeBody() {
        return obj("partner", "Tartu", "title", unique("Matrix challenge"), "description", "A need");
    }

    private static Map<String, Object> planBody(String partner, Long version) {
        Map<String, Object> body = obj("instrumentName", "Matrix instrument", "instrumentType",
                "INVESTMENT_FOR_GROWTH_AND_JOBS");
        if (partner != null) {
            body.put("partner", partner);
        }
        if (version != null) {
            body.put("version", version);
        }
        return body;
    }

    private static Map<String, Object> newsletterPeriod() {
        return obj("from", "2020-02-01", "to", "2020-07-31", "types", List.of());
    }

    private static Endpoint apiCall(HttpMethod method, String pattern, Rule rule,
            Supplier<AbstractMockHttpServletRequestBuilder<?>> request) {
        return new Endpoint(Surface.API, method, pattern, rule, request);
    }

    private static Endpoint page(String pattern, Rule rule, Supplier<AbstractMockHttpServletRequestBuilder<?>> request) {
        return new Endpoint(Surface.PAGE, HttpMethod.POST, pattern, rule, request);
    }

    private static MockHttpServletRequestBuilder jsonRequest(HttpMethod method, String url, Object body) {
        return request(method, url).contentType(MediaType.APPLICATION_JSON).content(ApiTestProjects.toJson(body));
    }

    private static MockHttpServletRequestBuilder form(String url, String... pairs) {
        MockHttpServletRequestBuilder form = request(HttpMethod.POST, url)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (int i = 0; i < pairs.length; i += 2) {
            form.param(pairs[i], pairs[i + 1]);
        }
        return form;
    }

    private MvcTestResult post(String url, Object body) {
        return mvc.perform(jsonRequest(HttpMethod.POST, url, body));
    }

    private static long created(MvcTestResult result) {
        assertThat(result.getResponse().getStatus()).as(new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8)).isEqualTo(201);
        return json(result).get("id").asLong();
    }

    private static Map<String, Object> with(Map<String, Object> body, String name, Object value) {
        body.put(name, value);
        return body;
    }

    private static Map<String, Object> obj(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }
}
