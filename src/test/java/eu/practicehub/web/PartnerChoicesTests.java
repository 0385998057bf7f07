package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.Role;
import eu.practicehub.account.TestAccounts;
import eu.practicehub.actionplan.ActionPlanService;
import eu.practicehub.challenge.ChallengeService;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventService;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.transfer.Transfer;
import eu.practicehub.transfer.TransferService;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MockMvcTester.MockMvcRequestBuilder;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The forms of a partner's editor offer only the partners the editor writes for (as host, owner,
 * importer or partner), and a save that names another partner anyway (a page left open while a role
 * changed, a crafted request) shows the form again with the input kept and the refusal next to the
 * field, never the 403 page that loses what was typed. Signed in as an editor of Tartu in a copy of BETTER.
 */
@PageTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PartnerChoicesTests {

    private static final String REFUSED_GENOA = "you may not choose Genoa: only its own editors and the project’s"
            + " coordinators may write its records";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    AccountService accounts;

    @Autowired
    EventService events;

    @Autowired
    PracticeService practices;

    @Autowired
    TransferService transfers;

    @Autowired
    ChallengeService challenges;

    @Autowired
    ActionPlanService plans;

    String key;
    Account tartuEditor;

    @BeforeAll
    void aCopyOfBetterAndAnEditorOfTartu() {
        key = ApiTestProjects.copyOfBetter(mvc, "CHOICES");
        Project project = projects.project(key);
        long tartu = projects.partner(project, "Tartu").orElseThrow().getId();
        tartuEditor = TestAccounts.withRole(accounts, "editor-tartu", project.getId(), tartu, Role.EDITOR);
    }

    @Test
    void theFormsOfAnEditorOfferOnlyTheirOwnPartnerAlreadyChosen() {
        assertThat(options(get("/events/new"), "host")).containsExactly("", "Tartu");
        assertThat(selected(get("/events/new"), "host")).isEqualTo("Tartu");
        assertThat(options(get("/practices/new"), "owner")).containsExactly("", "Tartu");
        assertThat(options(get("/transfers/new"), "importer")).containsExactly("", "Tartu");
        assertThat(selected(get("/transfers/new"), "importer")).isEqualTo("Tartu");
        assertThat(options(get("/challenges/new"), "partner")).containsExactly("", "Tartu");
        assertThat(options(get("/transfers/" + tartusTransfer().getId()), "host")).containsExactly("", "Tartu");
        assertThat(options(get("/events/" + tartusEvent().getId() + "/edit"), "host")).containsExactly("", "Tartu");
    }

    @Test
    void theFormsOfACoordinatorOfferEveryPartner() {
        // The tests' default account is an administrator, who acts for every partner as coordinators do.
        String form = PageText.html(mvc.get().uri("/projects/" + key + "/events/new").exchange());

        assertThat(options(form, "host")).contains("Genoa", "Tartu", "Gävle", "Birmingham", "Nyíregyháza");
        assertThat(selected(form, "host")).as("none but “Choose…”").isIn(null, "");
    }

    @Test
    void anEventOfAHostTheEditorMayNotChooseIsShownAgainWithTheInputAndTheRefusalByTheHost() {
        refusedWithInputKept(() -> events.count(project()), post("/events/new")
                .formField("activities[0].type", "STUDY_VISIT")
                .formField("title", "Visit planned by Tartu for Genoa")
                .formField("startDate", "2022-09-14")
                .formField("endDate", "2022-09-15")
                .formField("host", "Genoa")
                .formField("mode", "VIRTUAL")
                .formField("status", "PLANNED")
                .formField("agenda", "An agenda typed at length"),
                "event/form", "host", ">An agenda typed at length</textarea>");
    }

    @Test
    void movingTheEditorsOwnEventToAnotherHostIsRefusedByTheHostWithTheInputKept() {
        Event event = tartusEvent();

        MvcTestResult result = post("/events/" + event.getId() + "/edit")
                .formField("version", String.valueOf(event.getVersion()))
                .formField("activities[0].type", "IMPORT_WORKSHOP")
                .formField("title", event.getTitle())
                .formField("startDate", event.getStartDate().toString())
                .formField("endDate", event.getEndDate().toString())
                .formField("host", "Genoa")
                .formField("mode", "VIRTUAL")
                .formField("status", event.getStatus().name())
                .formField("lessonsLearnt", "Lessons typed at length")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("event/form");
        assertThat(PageText.html(result)).contains("id=\"host-error\">" + REFUSED_GENOA + "</div>")
                .contains(">Lessons typed at length</textarea>");
        assertThat(events.event(project(), event.getId()).hostName()).isEqualTo("Tartu");
    }

    @Test
    void aPracticeOfAnOwnerTheEditorMayNotChooseIsShownAgainWithTheInputAndTheRefusalByTheOwner() {
        refusedWithInputKept(() -> practices.count(project()), post("/practices/new")
                .formField("title", "Practice written by Tartu for Genoa")
                .formField("owner", "Genoa")
                .formField("status", "IDENTIFIED")
                .formField("summary", "A summary typed at length"),
                "practice/form", "owner", ">A summary typed at length</textarea>");
    }

    @Test
    void aTransferToAnImporterTheEditorMayNotChooseIsShownAgainWithTheInputAndTheRefusalByTheImporter() {
        refusedWithInputKept(() -> transfers.transfers(project()).size(), post("/transfers/new")
                .formField("practice", "Lego education innovation studio")
                .formField("importer", "Genoa"),
                "transfer/form", "importer", "value=\"Lego education innovation studio\" selected=\"selected\"");
    }

    @Test
    void aChallengeOfAPartnerTheEditorMayNotChooseIsShownAgainWithTheInputAndTheRefusalByThePartner() {
        refusedWithInputKept(() -> challenges.challenges(project()).size(), post("/challenges/new")
                .formField("partner", "Genoa")
                .formField("title", "Challenge written by Tartu for Genoa")
                .formField("description", "A need described at length"),
                "challenge/form", "partner", ">A need described at length</textarea>");
    }

    @Test
    void anActionPlanOfAPartnerTheEditorMayNotChooseIsShownAgainWithTheInputAndTheRefusal() {
        long before = plans.plans(project()).size();

        MvcTestResult result = post("/action-plans/new")
                .formField("partner", "Genoa")
                .formField("instrumentName", "An instrument typed at length")
                .formField("instrumentType", "INVESTMENT_FOR_GROWTH_AND_JOBS")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("actionplan/plan-form");
        assertThat(PageText.html(result)).contains(REFUSED_GENOA).contains("value=\"An instrument typed at length\"");
        assertThat(plans.plans(project())).hasSize((int) before);
    }

    @Test
    void everyProblemOfTheFormShowsWithTheRefusedChoiceOnTheFirstSave() {
        MvcTestResult result = post("/practices/new")
                .formField("title", "")
                .formField("owner", "Genoa")
                .formField("website", "not a web address")
                .formField("status", "IDENTIFIED")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.html(result)).contains("id=\"owner-error\">" + REFUSED_GENOA + "</div>")
                .contains("id=\"title-error\">is required</div>")
                .contains("id=\"website-error\">");
    }

    private void refusedWithInputKept(LongSupplier count, MockMvcRequestBuilder request, String view, String field,
            String kept) {
        long before = count.getAsLong();

        MvcTestResult result = request.exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName(view);
        String html = PageText.html(result);
        assertThat(html).contains("id=\"" + field + "-error\">" + REFUSED_GENOA + "</div>")
                .contains("<a class=\"alert-link\" href=\"#" + field + "\">").contains(kept);
        assertThat(count.getAsLong()).isEqualTo(before);
    }

    private MockMvcRequestBuilder post(String path) {
        return mvc.post().uri("/projects/" + key + path).with(user(TestAccounts.principal(tartuEditor)));
    }

    private String get(String path) {
        MvcTestResult result = mvc.get().uri("/projects/" + key + path).with(user(TestAccounts.principal(tartuEditor)))
                .exchange();
        assertThat(result).hasStatusOk();
        return PageText.html(result);
    }

    /** The values of the options of the select named {@code name}, in page order. */
    private static List<String> options(String html, String name) {
        List<String> values = new ArrayList<>();
        Matcher option = Pattern.compile("<option[^>]*value=\"([^\"]*)\"").matcher(select(html, name));
        while (option.find()) {
            values.add(option.group(1));
        }
        return values;
    }

    /** The value of the option chosen in the select named {@code name}, if any. */
    private static String selected(String html, String name) {
        Matcher option = Pattern.compile("<option[^>]*value=\"([^\"]*)\"[^>]*selected").matcher(select(html, name));
        return option.find() ? option.group(1) : null;
    }

    private static String select(String html, String name) {
        Matcher select = Pattern.compile("<select[^>]*name=\"" + name + "\"[^>]*>(.*?)</select>", Pattern.DOTALL)
                .matcher(html);
        assertThat(select.find()).as("a select named " + name).isTrue();
        return select.group(1);
    }

    private Event tartusEvent() {
        return events.events(project()).stream().filter(e -> "Tartu".equals(e.hostName())).findFirst().orElseThrow();
    }

    private Transfer tartusTransfer() {
        return transfers.transfers(project()).stream().filter(t -> t.getImporter().getShortName().equals("Tartu"))
                .findFirst().orElseThrow();
    }

    private Project project() {
        return projects.project(key);
    }
}
