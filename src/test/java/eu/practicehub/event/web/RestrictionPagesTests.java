package eu.practicehub.event.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventSpec;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.event.Restriction;
import eu.practicehub.event.RestrictionLevel;
import eu.practicehub.event.RestrictionService;
import eu.practicehub.event.RestrictionSpec;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.ConfirmationPage;
import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The restriction pages, the CSV upload, the events-at-risk page with its suggestions, and the travel rule in the event form. */
@PageTest
class RestrictionPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    EventService events;

    @Autowired
    RestrictionService restrictions;

    String key;

    @BeforeEach
    void copyBetter() {
        key = ApiTestProjects.copyOfBetter(mvc, "RESTRICTION-PAGES");
    }

    @Test
    void listsBettersCovidRestrictionsWithTheirSourcesAndFiltersByCountry() {
        String text = PageText.ofMain(PageText.html(mvc.get().uri("/projects/BETTER/restrictions").exchange()));
        assertThat(text).contains("Travel restrictions", "5 restrictions", "Italy (IT) 9 March 2020 – 31 May 2022 Restricted",
                "United Kingdom (GB) 23 March 2020 – 17 March 2022 Restricted");
        assertThat(PageText.html(mvc.get().uri("/projects/BETTER/restrictions").exchange()))
                .contains("href=\"https://www.krisinformation.se/nyheter/2022/mars/inreseforbudupphor/\"");

        String gb = PageText.ofMain(PageText.html(mvc.get().uri("/projects/BETTER/restrictions?country=gb&page=x").exchange()));
        assertThat(gb).contains("1 restriction", "United Kingdom (GB)").doesNotContain("Italy (IT) 9 March");
        assertThat(PageText.html(mvc.get().uri("/projects/BETTER/events").exchange()))
                .contains("href=\"/projects/BETTER/restrictions\"", "href=\"/projects/BETTER/events/at-risk\"");
    }

    @Test
    void showsEveryBrokenRuleNextToItsFieldAndKeepsTheInput() {
        MvcTestResult result = mvc.post().uri("/projects/" + key + "/restrictions/new")
                .formField("country", "XX")
                .formField("from", "2022-13-01")
                .formField("to", "2022-01-01")
                .formField("level", "")
                .formField("source", "not a link")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("event/restriction-form");
        assertThat(PageText.html(result))
                .contains("id=\"country-error\">“XX” is not an ISO 3166-1 alpha-2 country code (such as IT, SE or GB)</div>")
                .contains("id=\"from-error\">must be a date such as 2021-07-17</div>")
                .contains("id=\"level-error\">is required</div>")
                .contains("id=\"source-error\">must be a web address starting with http:// or https://</div>")
                .contains("value=\"2022-13-01\"");
        MvcTestResult reversed = mvc.post().uri("/projects/" + key + "/restrictions/new")
                .formField("country", "IT").formField("from", "2022-10-02").formField("to", "2022-10-01")
                .formField("level", "RESTRICTED").exchange();
        assertThat(PageText.html(reversed)).contains("id=\"to-error\">the restriction ends before it starts</div>");
        assertThat(restrictions.restrictions(copy())).hasSize(5);
    }

    @Test
    void recordsEditsAndDeletesARestrictionAndRefusesAStaleEdit() {
        MvcTestResult created = mvc.post().uri("/projects/" + key + "/restrictions/new")
                .formField("country", "se").formField("from", "2022-10-03").formField("to", "2022-10-07")
                .formField("level", "RESTRICTED").formField("note", "Test").formField("source", "https://example.org/se")
                .exchange();
        assertThat(created).hasStatus3xxRedirection().hasRedirectedUrl("/projects/" + key + "/restrictions");
        assertThat(created.getMvcResult().getFlashMap().get("flash")).isEqualTo("The restriction of Sweden (SE) was recorded.");
        Restriction restriction = restrictions.restrictions(copy()).stream().filter(r -> "Test".equals(r.getNote()))
                .findFirst().orElseThrow();

        assertThat(PageText.html(mvc.get().uri("/projects/" + key + "/restrictions/{id}/edit", restriction.getId()).exchange()))
                .contains("value=\"2022-10-03\"", "href=\"/projects/" + key + "/restrictions/" + restriction.getId()
                        + "/delete?version=" + restriction.getVersion() + "\"");
        assertThat(edit(restriction, restriction.getVersion(), "2022-10-08")).hasStatus3xxRedirection();
        MvcTestResult stale = edit(restriction, restriction.getVersion(), "2022-10-09");
        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        assertThat(PageText.html(stale)).contains("Someone else saved", "value=\"2022-10-09\"");

        assertThat(mvc.post().uri("/projects/" + key + "/restrictions/{id}/delete", restriction.getId())
                .formField("version", String.valueOf(restriction.getVersion())).exchange()).hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.post().uri("/projects/" + key + "/restrictions/{id}/delete", restriction.getId())
                .formField("version", String.valueOf(restriction.getVersion() + 1)).exchange()).hasStatus3xxRedirection();
        assertThat(restrictions.restrictions(copy())).hasSize(5);
    }

    @Test
    void importsAnUploadedCsvFileOrListsEveryProblemWithItsLineAndColumn() {
        MvcTestResult refused = upload("""
                country,from,to,level,note,source
                IT,2022-11-01,2022-11-30,RESTRICTED,,
                FR,2022-11-01,yesterday,LOCKED,,
                """);
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("event/restriction-import");
        assertThat(PageText.ofMain(PageText.html(refused))).contains("Nothing was imported: 2 problems",
                "Line 3, column “to”: “yesterday” is not a date such as 2020-03-09",
                "Line 3, column “level”: “LOCKED” is not a level; use one of NONE, ADVISORY, RESTRICTED");
        assertThat(restrictions.restrictions(copy())).hasSize(5);

        MvcTestResult imported = upload("country,from,to,level,note,source\nIT,2022-11-01,2022-11-30,RESTRICTED,,\n");
        assertThat(imported).hasStatus3xxRedirection().hasRedirectedUrl("/projects/" + key + "/restrictions");
        assertThat(imported.getMvcResult().getFlashMap().get("flash")).isEqualTo("1 restriction was imported.");
        assertThat(restrictions.restrictions(copy())).hasSize(6);
        assertThat(PageText.ofMain(PageText.html(mvc.get().uri("/projects/" + key + "/restrictions/import").exchange())))
                .contains("country,from,to,level,note,source");
    }

    @Test
    void theEventFormRefusesAnInPersonEventWhileTravelIsRestrictedNextToTheMode() {
        MvcTestResult result = mvc.post().uri("/projects/" + key + "/events/new")
                .formField("type", "STUDY_VISIT")
                .formField("title", "Study visit " + UUID.randomUUID())
                .formField("startDate", "2022-03-17")
                .formField("endDate", "2022-03-18")
                .formField("datePrecision", "DAY")
                .formField("host", "Birmingham")
                .formField("participants", "Nyíregyháza")
                .formField("mode", "IN_PERSON")
                .formField("status", "PLANNED")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("event/form");
        assertThat(PageText.html(result)).contains("id=\"mode-error\">Travel is restricted in United Kingdom (GB) from"
                + " 23 March 2020 to 17 March 2022: hold the event virtually or hybrid, or move it</div>");
    }

    @Test
    void theAtRiskPageListsAPlannedEventWithItsSuggestionsAndAppliesOneInOneStep() {
        Project project = copy();
        LocalDate day = LocalDate.of(2022, 11, 15);
        Event event = events.create(project, new EventSpec(EventType.STUDY_VISIT, "Study visit at risk " + UUID.randomUUID(),
                day, null, day, null, null, null, "Genoa", List.of("Gävle"), EventMode.IN_PERSON, null, null, List.of(),
                null, null, null, EventStatus.PLANNED));
        restrictions.create(project, new RestrictionSpec("SE", day, day.plusDays(3), RestrictionLevel.RESTRICTED, null, null));

        String html = PageText.html(mvc.get().uri("/projects/" + key + "/events/at-risk").exchange());
        assertThat(PageText.ofMain(html)).contains("Events at risk (1)", event.getTitle(),
                "Travel is restricted in Sweden (SE) from 15 November 2022 to 18 November 2022: Gävle",
                "Switch to virtual", "Switch to hybrid", "Postpone");
        assertThat(html).contains("action=\"/projects/" + key + "/events/" + event.getId() + "/resolve\"",
                "name=\"returnTo\" value=\"/projects/" + key + "/events/at-risk\"");

        assertThat(resolve(event, "SWITCH_TO_HYBRID", event.getVersion() + 1, null)).hasStatus(HttpStatus.CONFLICT);
        assertThat(resolve(event, "LATER", event.getVersion(), null)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        MvcTestResult applied = resolve(event, "SWITCH_TO_HYBRID", event.getVersion(), "https://elsewhere.example/");
        assertThat(applied).hasStatus3xxRedirection().hasRedirectedUrl("/projects/" + key + "/events/at-risk");
        assertThat(applied.getMvcResult().getFlashMap().get("flash")).asString().endsWith("is now hybrid; the partners from restricted countries join online.");
        assertThat(PageText.ofMain(PageText.html(mvc.get().uri("/projects/" + key + "/events/at-risk").exchange())))
                .contains("No planned event is at risk.");
        assertThat(PageText.ofMain(PageText.html(mvc.get().uri("/projects/" + key + "/events/{id}", event.getId()).exchange())))
                .contains("Host: Genoa Visitors: Gävle joining online");
    }

    @Test
    void aSuggestionReturnsToThePageOfTheProjectItNamesNormalisedButNeverOutOfTheProject() {
        Project project = copy();
        LocalDate day = LocalDate.of(2022, 11, 15);
        String base = "/projects/" + key;
        String atRisk = base + "/events/at-risk";
        Map<String, String> followed = new LinkedHashMap<>();
        followed.put(base + "/events/../dashboard", base + "/dashboard");
        followed.put(base + "/../../evil", atRisk);
        followed.put(base + "/%2e%2e/x", atRisk);
        followed.put(base + "/..%2f..%2fevil", atRisk);
        followed.put(base + "%2f..%2fOTHER", atRisk);
        followed.put(base + "/%5c%5cevil.example", atRisk);
        followed.put(base + "\\..\\..\\evil", atRisk);
        followed.put("//evil.example" + base, atRisk);

        Map<String, Event> atRiskEvents = new LinkedHashMap<>();
        followed.keySet().forEach(returnTo -> atRiskEvents.put(returnTo, events.create(project, new EventSpec(EventType.STUDY_VISIT,
                "Study visit at risk " + UUID.randomUUID(), day, null, day, null, null, null, "Genoa", List.of("Gävle"),
                EventMode.IN_PERSON, null, null, List.of(), null, null, null, EventStatus.PLANNED))));
        restrictions.create(project, new RestrictionSpec("SE", day, day.plusDays(3), RestrictionLevel.RESTRICTED, null, null));

        atRiskEvents.forEach((returnTo, event) -> assertThat(resolve(event, "SWITCH_TO_VIRTUAL", event.getVersion(), returnTo))
                .as(returnTo).hasStatus3xxRedirection().hasRedirectedUrl(followed.get(returnTo)));
    }

    @Test
    void deletingARestrictionIsAskedFirstOnAPageThatNamesTheCountryAndThePeriod() {
        Restriction restriction = restrictions.create(copy(), new RestrictionSpec("EE", LocalDate.of(2022, 12, 1),
                LocalDate.of(2022, 12, 9), RestrictionLevel.RESTRICTED, "To delete", null));
        String edit = "/projects/" + key + "/restrictions/" + restriction.getId() + "/edit";
        String page = PageText.html(mvc.get().uri(edit).exchange());

        ConfirmationPage confirmation = ConfirmationPage.of(mvc.get().uri(ConfirmationPage.link(page, "delete")).exchange());

        assertThat(confirmation.heading()).isEqualTo("Delete the travel restriction for Estonia (EE), 1 December 2022 – 9 December 2022?");
        assertThat(confirmation.text()).contains("Level Restricted", "events on those days are no longer checked against it",
                "This cannot be undone");
        assertThat(confirmation.button()).isEqualTo("Delete the restriction for Estonia (EE)");
        assertThat(confirmation.cancel()).isEqualTo(edit);
        assertThat(restrictions.restrictions(copy())).hasSize(6);

        assertThat(confirmation.confirm(mvc)).hasStatus3xxRedirection().hasRedirectedUrl("/projects/" + key + "/restrictions");
        assertThat(restrictions.restrictions(copy())).hasSize(5);
    }

    @Test
    void switchingToVirtualIsAskedFirstOnAPageThatSaysTheVenueIsErasedAndHowToUndoIt() {
        Project project = copy();
        LocalDate day = LocalDate.of(2022, 11, 21);
        Event event = events.create(project, new EventSpec(EventType.STUDY_VISIT, "Study visit to go online " + UUID.randomUUID(),
                day, null, day, null, null, null, "Genoa", List.of("Gävle"), EventMode.IN_PERSON, "Palazzo Tursi", null,
                List.of(), null, null, null, EventStatus.PLANNED));
        restrictions.create(project, new RestrictionSpec("SE", day, day.plusDays(3), RestrictionLevel.RESTRICTED, null, null));
        String html = PageText.html(mvc.get().uri("/projects/" + key + "/events/at-risk").exchange());
        List<String> virtualForms = java.util.regex.Pattern.compile("<form[^>]*>.*?</form>", java.util.regex.Pattern.DOTALL)
                .matcher(html).results().map(java.util.regex.MatchResult::group)
                .filter(form -> form.contains("value=\"SWITCH_TO_VIRTUAL\"")).toList();
        assertThat(virtualForms).singleElement().asString().contains("method=\"get\"",
                "action=\"/projects/" + key + "/events/" + event.getId() + "/resolve\"").doesNotContain("_csrf");

        ConfirmationPage confirmation = ConfirmationPage.of(mvc.get().uri("/projects/" + key + "/events/{id}/resolve", event.getId())
                .param("resolution", "SWITCH_TO_VIRTUAL").param("version", String.valueOf(event.getVersion()))
                .param("returnTo", "/projects/" + key + "/dashboard").exchange());

        assertThat(confirmation.heading()).isEqualTo("Switch “" + event.getTitle() + "” to virtual?");
        assertThat(confirmation.text()).contains("will be held online for everybody", "Its venue, “Palazzo Tursi”, is erased.",
                "restore the version before this change on the event’s history page");
        assertThat(confirmation.button()).isEqualTo("Switch “" + event.getTitle() + "” to virtual");
        assertThat(confirmation.cancel()).isEqualTo("/projects/" + key + "/dashboard");
        assertThat(events.event(copy(), event.getId()).getVenue()).isEqualTo("Palazzo Tursi");

        assertThat(confirmation.confirm(mvc)).hasStatus3xxRedirection().hasRedirectedUrl("/projects/" + key + "/dashboard");
        Event virtual = events.event(copy(), event.getId());
        assertThat(virtual.getMode()).isEqualTo(EventMode.VIRTUAL);
        assertThat(virtual.getVenue()).isNull();
    }

    @Test
    void theOtherSuggestionsAreNotAskedAndAStaleConfirmationIsRefused() {
        Project project = copy();
        LocalDate day = LocalDate.of(2022, 11, 25);
        Event event = events.create(project, new EventSpec(EventType.STUDY_VISIT, "Study visit changed meanwhile " + UUID.randomUUID(),
                day, null, day, null, null, null, "Genoa", List.of("Gävle"), EventMode.IN_PERSON, "Palazzo Ducale", null,
                List.of(), null, null, null, EventStatus.PLANNED));
        restrictions.create(project, new RestrictionSpec("SE", day, day.plusDays(3), RestrictionLevel.RESTRICTED, null, null));
        String atRisk = "/projects/" + key + "/events/at-risk";
        assertThat(mvc.get().uri("/projects/" + key + "/events/{id}/resolve", event.getId()).param("resolution", "POSTPONE")
                .param("version", String.valueOf(event.getVersion())).exchange()).hasStatus3xxRedirection().hasRedirectedUrl(atRisk);

        ConfirmationPage confirmation = ConfirmationPage.of(mvc.get().uri("/projects/" + key + "/events/{id}/resolve", event.getId())
                .param("resolution", "SWITCH_TO_VIRTUAL").param("version", String.valueOf(event.getVersion())).exchange());
        resolve(event, "SWITCH_TO_HYBRID", event.getVersion(), null);

        MvcTestResult stale = confirmation.confirmStale(mvc);
        assertThat(PageText.ofMain(PageText.html(stale))).contains("Someone else changed the event after you opened the page");
        assertThat(events.event(copy(), event.getId()).getVenue()).isEqualTo("Palazzo Ducale");
    }

    private MvcTestResult resolve(Event event, String resolution, long version, String returnTo) {
        var request = mvc.post().uri("/projects/" + key + "/events/{id}/resolve", event.getId())
                .formField("resolution", resolution).formField("version", String.valueOf(version));
        return (returnTo == null ? request : request.formField("returnTo", returnTo)).exchange();
    }

    private MvcTestResult edit(Restriction restriction, long version, String to) {
        return mvc.post().uri("/projects/" + key + "/restrictions/{id}/edit", restriction.getId())
                .formField("country", "SE").formField("from", "2022-10-03").formField("to", to)
                .formField("level", "RESTRICTED").formField("note", "Test").formField("version", String.valueOf(version))
                .exchange();
    }

    private MvcTestResult upload(String csv) {
        return mvc.post().uri("/projects/" + key + "/restrictions/import").multipart()
                .file("file", csv.getBytes(StandardCharsets.UTF_8)).exchange();
    }

    private Project copy() {
        return projects.project(key);
    }
}
