package eu.practicehub.event.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.Role;
import eu.practicehub.account.TestAccounts;
import eu.practicehub.event.DatePrecision;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventSpec;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.ConfirmationPage;
import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PageTest
class EventFormTests {

    /** A copy of BETTER of this test's own, so that what it writes never shows in other tests. */
    String key;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    EventService events;

    @Autowired
    AccountService accounts;

    @BeforeEach
    void copyBetter() {
        key = ApiTestProjects.copyOfBetter(mvc, "EVENT-FORMS");
    }

    @Test
    void aDateThatIsNoDateIsShownAsAFieldErrorNotAServerError() {
        long before = events.count(copy());

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/events/new")
                .formField("type", "IMPORT_WORKSHOP")
                .formField("title", unique("Import workshop"))
                .formField("startDate", "2022-13-45")
                .formField("endDate", "2022-03-10")
                .formField("startTime", "half past nine")
                .formField("host", "Tartu")
                .formField("mode", "VIRTUAL")
                .formField("status", "PLANNED")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("event/form");
        assertThat(PageText.html(result))
                .contains("<div class=\"invalid-feedback\" id=\"startDate-error\">must be a date such as 2021-07-17</div>")
                .contains("<div class=\"invalid-feedback\" id=\"startTime-error\">must be a time such as 09:30</div>")
                .contains("value=\"2022-13-45\"");
        assertThat(events.count(copy())).isEqualTo(before);
    }

    @Test
    void aValueThatCannotBeReadAndBrokenRulesAreAllShownAtOnce() {
        MvcTestResult result = mvc.post().uri("/projects/" + key + "/events/new")
                .formField("type", "STUDY_VISIT")
                .formField("title", "")
                .formField("startDate", "2022-13-45")
                .formField("endDate", "2022-03-10")
                .formField("host", "Tartu")
                .formField("participants", "Tartu")
                .formField("mode", "VIRTUAL")
                .formField("status", "PLANNED")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.html(result))
                .contains("id=\"startDate-error\">must be a date such as 2021-07-17</div>")
                .contains("id=\"title-error\">is required</div>")
                .contains("Tartu hosts the event and cannot also be one of its visitors")
                .doesNotContain("id=\"startDate-error\">is required");
    }

    @Test
    void aTimeThatCannotBeReadTheOrderOfTheDaysAndTheRulesAreAllShownOnTheFirstSave() {
        long before = events.count(copy());

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/events/new")
                .formField("type", "STUDY_VISIT")
                .formField("title", unique("Study visit"))
                .formField("startDate", "2022-03-10")
                .formField("endDate", "2022-03-09")
                .formField("startTime", "half past nine")
                .formField("participants", "Genoa", "Genoa")
                .formField("practices", "No such practice")
                .formField("mode", "IN_PERSON")
                .formField("status", "PLANNED")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("event/form");
        assertThat(PageText.html(result))
                .contains("id=\"startTime-error\">must be a time such as 09:30</div>")
                .contains("id=\"endDate-error\">the event ends before it starts</div>")
                .contains("id=\"participants-error\">")
                .contains("id=\"practices-error\">there is no good practice titled “No such practice” in project " + key + "</div>");
        assertThat(events.count(copy())).isEqualTo(before);
    }

    @Test
    void theTravelRuleTheOrderOfTheDaysTheTimesAndTheFieldChecksAllShowOnTheFirstSave() {
        // Estonia (Tartu) restricts entry until 15 June 2022 in the demo's restrictions.
        long before = events.count(copy());

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/events/new").with(user(tartuEditor()))
                .formField("activities[0].type", "STUDY_VISIT")
                .formField("title", "")
                .formField("startDate", "2022-03-10")
                .formField("startTime", "09:30")
                .formField("endDate", "2022-03-09")
                .formField("host", "Tartu")
                .formField("mode", "IN_PERSON")
                .formField("status", "PLANNED")
                .formField("agenda", "Kept as typed")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("event/form");
        assertThat(PageText.html(result))
                .contains("id=\"title-error\">is required</div>")
                .contains("id=\"endTime-error\">give both a start time and an end time")
                .contains("id=\"endDate-error\">the event ends before it starts</div>")
                .containsPattern("id=\"mode-error\">Travel is restricted in Estonia \\(EE\\) from 16 March 2020 to 15 June 2022")
                .contains(">Kept as typed</textarea>");
        assertThat(events.count(copy())).isEqualTo(before);
    }

    @Test
    void aDayThatCannotBeReadAMissingHostAndTheTravelRuleOnTheOtherDayAllShowOnTheFirstSave() {
        // Italy (Genoa) requires a certificate for entry until 31 May 2022 in the demo's restrictions.
        MvcTestResult result = mvc.post().uri("/projects/" + key + "/events/new").with(user(tartuEditor()))
                .formField("activities[0].type", "STUDY_VISIT")
                .formField("title", unique("Study visit"))
                .formField("startDate", "2022-03-1O")
                .formField("endDate", "2022-03-10")
                .formField("host", "")
                .formField("participants", "Genoa")
                .formField("mode", "IN_PERSON")
                .formField("status", "PLANNED")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("event/form");
        assertThat(PageText.html(result))
                .contains("id=\"startDate-error\">must be a date such as 2021-07-17</div>")
                .contains("id=\"host-error\">is required</div>")
                .containsPattern("id=\"mode-error\">Travel is restricted in Italy \\(IT\\)")
                .contains("value=\"2022-03-1O\"");
    }

    @Test
    void brokenEventRulesAreShownNextToTheirFields() {
        MvcTestResult result = mvc.post().uri("/projects/" + key + "/events/new")
                .formField("type", "STUDY_VISIT")
                .formField("title", unique("Study visit"))
                .formField("startDate", "2022-03-10")
                .formField("endDate", "2022-03-09")
                .formField("host", "Tartu")
                .formField("participants", "Tartu", "Genoa")
                .formField("practices", "No such practice")
                .formField("mode", "IN_PERSON")
                .formField("status", "PLANNED")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.html(result))
                .contains("id=\"endDate-error\">the event ends before it starts</div>")
                .contains("id=\"participants-error\">Tartu hosts the event and cannot also be one of its visitors</div>")
                .contains("id=\"practices-error\">there is no good practice titled “No such practice” in project " + key + "</div>");
    }

    @Test
    void creatingAnEventWithTimesSavesItAndShowsTheTimesWithTheHostsTimeZone() {
        // Estonia restricts entry on 10 March 2022 in the demo's restrictions, so the hybrid event's visitors join online.
        String title = unique("Import workshop in Tartu");

        MvcTestResult created = mvc.post().uri("/projects/" + key + "/events/new")
                .formField("type", "IMPORT_WORKSHOP")
                .formField("title", title)
                .formField("startDate", "2022-03-10")
                .formField("startTime", "09:30")
                .formField("endDate", "2022-03-10")
                .formField("endTime", "16:00")
                .formField("datePrecision", "DAY")
                .formField("timeZone", "")
                .formField("host", "Tartu")
                .formField("participants", "Nyíregyháza", "Genoa")
                .formField("practices", "Segnalaci")
                .formField("mode", "HYBRID")
                .formField("venue", "Tartu town hall")
                .formField("status", "PLANNED")
                .exchange();

        Event event = find(title);
        assertThat(created).hasStatus3xxRedirection().hasRedirectedUrl("/projects/" + key + "/events/" + event.getId());
        String text = PageText.ofMain(PageText.html(mvc.get().uri("/projects/" + key + "/events/{id}", event.getId()).exchange()));
        assertThat(text).contains("Dates 10 March 2022", "Times 09:30 – 16:00 (Europe/Tallinn)",
                "Host: Tartu Visitors: Nyíregyháza joining online; Genoa joining online",
                "Digital services to citizens Segnalaci");
    }

    @Test
    void editingWithAStaleVersionAnswersConflictAndLeavesTheStoredEventAlone() {
        String title = unique("Regional event");
        Event event = events.create(copy(), spec(title, "Draft agenda"));
        events.update(copy(), event.getId(), event.getVersion(), spec(title, "Agenda saved by someone else"));

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/events/{id}/edit", event.getId())
                .formField("version", String.valueOf(event.getVersion()))
                .formField("type", "REGIONAL_EVENT")
                .formField("title", title)
                .formField("startDate", "2022-05-02")
                .formField("endDate", "2022-05-02")
                .formField("datePrecision", "DAY")
                .formField("host", "Gävle")
                .formField("mode", "IN_PERSON")
                .formField("agenda", "My agenda")
                .formField("status", "PLANNED")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.CONFLICT).hasViewName("event/form");
        assertThat(PageText.html(result)).contains("Someone else saved “" + title + "” while you were editing it")
                .contains(">My agenda</textarea>");
        assertThat(events.event(copy(), event.getId()).getAgenda()).isEqualTo("Agenda saved by someone else");
    }

    @Test
    void editFormListsTheVisitorsInTheirStoredOrderFirst() {
        long id = events.events(copy()).stream().filter(e -> e.getTitle().equals("Study visit hosted by Gävle"))
                .map(Event::getId).findFirst().orElseThrow();

        String html = PageText.html(mvc.get().uri("/projects/" + key + "/events/{id}/edit", id).exchange());

        String checkboxes = html.substring(html.indexOf("<fieldset class=\"mb-3\" id=\"participants\""));
        List<String> visitors = List.of("Tartu", "Birmingham", "Genoa", "Nyíregyháza", "Gävle");
        int previous = -1;
        for (String visitor : visitors) {
            int at = checkboxes.indexOf("value=\"" + visitor + "\"");
            assertThat(at).as(visitor).isGreaterThan(previous);
            previous = at;
        }
    }

    @Test
    void choosingAnotherHostMovesAnEventKeptInItsHostsTimeZoneToTheNewHostsZone() {
        Event event = find("Study visit hosted by Genoa");
        String form = PageText.html(mvc.get().uri("/projects/" + key + "/events/{id}/edit", event.getId()).exchange());
        assertThat(form).containsPattern("id=\"timeZone\"[^>]*value=\"\"");

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/events/{id}/edit", event.getId())
                .formField("version", String.valueOf(event.getVersion()))
                .formField("type", "STUDY_VISIT")
                .formField("title", event.getTitle())
                .formField("startDate", "2021-07-17")
                .formField("endDate", "2021-07-17")
                .formField("datePrecision", "DAY")
                .formField("timeZone", "")
                .formField("host", "Tartu")
                .formField("participants", "Birmingham")
                .formField("mode", "VIRTUAL")
                .formField("status", "HELD")
                .exchange();

        assertThat(result).hasStatus3xxRedirection();
        assertThat(events.event(copy(), event.getId()).getTimeZone()).isEqualTo("Europe/Tallinn");
    }

    @Test
    void deletingAnEventIsAskedFirstOnAPageThatNamesItAndTheConfirmationDeletesIt() {
        String title = unique("Regional event to delete");
        Event event = events.create(copy(), spec(title, "Agenda"));
        String base = "/projects/" + key + "/events/" + event.getId();
        String page = PageText.html(mvc.get().uri(base).exchange());
        assertThat(page).doesNotContain("action=\"" + base + "/delete\"");

        ConfirmationPage confirmation = ConfirmationPage.of(mvc.get().uri(ConfirmationPage.link(page, "delete")).exchange());

        assertThat(confirmation.heading()).isEqualTo("Delete the event “" + title + "”?");
        assertThat(confirmation.text()).contains("Dates 2 May 2022", "Host Gävle",
                "will be deleted with its activities, visitors, agenda, minutes and lessons learnt", "This cannot be undone");
        assertThat(confirmation.button()).isEqualTo("Delete “" + title + "”");
        assertThat(confirmation.cancel()).isEqualTo(base);
        assertThat(events.event(copy(), event.getId()).getVersion()).isEqualTo(event.getVersion());

        assertThat(confirmation.confirm(mvc)).hasStatus3xxRedirection().hasRedirectedUrl("/projects/" + key + "/events");
        assertThat(events.events(copy())).noneMatch(e -> e.getTitle().equals(title));
    }

    private EventSpec spec(String title, String agenda) {
        return new EventSpec(EventType.REGIONAL_EVENT, title, LocalDate.of(2022, 5, 2), null, LocalDate.of(2022, 5, 2),
                null, DatePrecision.DAY, null, "Gävle", List.of(), EventMode.IN_PERSON, "Gävle", null, List.of(),
                agenda, null, null, EventStatus.PLANNED);
    }

    /** An editor of Tartu in this test's copy of BETTER, signed in. */
    private eu.practicehub.account.AccountUser tartuEditor() {
        Project project = copy();
        Account editor = TestAccounts.withRole(accounts, "event-editor", project.getId(),
                projects.partner(project, "Tartu").orElseThrow().getId(), Role.EDITOR);
        return TestAccounts.principal(editor);
    }

    private Event find(String title) {
        return events.events(copy()).stream().filter(e -> e.getTitle().equals(title)).findFirst().orElseThrow();
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Project copy() {
        return projects.project(key);
    }
}
