package eu.practicehub.event;

import static eu.practicehub.ApiTestProjects.exportOf;
import static eu.practicehub.ApiTestProjects.freshKey;
import static eu.practicehub.ApiTestProjects.importDocument;
import static eu.practicehub.ApiTestProjects.json;
import static eu.practicehub.ApiTestProjects.tree;
import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Events that hold several activities, and an online event whose host and mode are not known,
 * “originally planned in Vilnius”: how documents, the API, the pages, the counts and the calendar
 * take them. Each test works on a copy of BETTER with the two events added.
 */
@PageTest
class EventActivitiesTests {

    static final String COMBINED = "Partner meeting, study visit and seminar in Gävle";
    static final String ONLINE = "Thematic seminar online";

    /** Over the end of BETTER's fifth semester: the study visit's own day lies in the sixth. */
    static final String COMBINED_EVENT = """
            {"activities": [{"type": "PARTNER_MEETING"},
                            {"type": "STUDY_VISIT", "date": "2022-02-01", "place": "Sandviken", "practices": ["Segnalaci"]},
                            {"type": "THEMATIC_EVENT", "date": "2022-01-31"}],
             "title": "Partner meeting, study visit and seminar in Gävle", "start": "2022-01-31", "end": "2022-02-01",
             "datePrecision": "DAY", "timeZone": "Europe/Stockholm", "host": "Gävle", "participants": ["Genoa", "Tartu"],
             "mode": "IN_PERSON", "venue": "Gävle City Hall", "practices": [], "status": "HELD"}
            """;

    static final String ONLINE_EVENT = """
            {"type": "THEMATIC_EVENT", "title": "Thematic seminar online", "start": "2021-11-18", "end": "2021-11-18",
             "datePrecision": "DAY", "timeZone": "Europe/Rome", "participants": ["Genoa", "Gävle", "Tartu"],
             "originallyPlannedIn": "Vilnius", "practices": [], "status": "HELD"}
            """;

    @Autowired
    MockMvcTester mvc;

    String key;
    ObjectNode document;

    @BeforeEach
    void copyBetterWithTheTwoEvents() {
        key = freshKey("ACTIVITIES");
        document = exportOf(mvc, "BETTER");
        ((ObjectNode) document.get("project")).put("key", key);
        ((ArrayNode) document.get("events")).add(tree(COMBINED_EVENT)).add(tree(ONLINE_EVENT));
        assertThat(importDocument(mvc, document)).hasStatus(HttpStatus.CREATED);
    }

    @Test
    void aMultiActivityEventAndAHostlessModelessEventExportAsTheyWereWrittenAndRoundTrip() {
        ObjectNode exported = exportOf(mvc, key);
        assertThat(event(exported, COMBINED)).isEqualTo(tree(COMBINED_EVENT));
        assertThat(event(exported, ONLINE)).isEqualTo(tree(ONLINE_EVENT));
        // BETTER's own events stay one activity each, written by their type alone.
        assertThat(event(exported, "Study visit hosted by Gävle").has("activities")).isFalse();
        assertThat(event(exported, "Study visit hosted by Gävle").get("type").asString()).isEqualTo("STUDY_VISIT");

        String second = freshKey("ACTIVITIES");
        ObjectNode copy = exported.deepCopy();
        ((ObjectNode) copy.get("project")).put("key", second);
        assertThat(importDocument(mvc, copy)).hasStatus(HttpStatus.CREATED);
        assertThat(exportOf(mvc, second)).isEqualTo(copy);
    }

    @Test
    void anEventWithoutHostAndTimeZoneTakesTheLeadPartnersZone() {
        ObjectNode changed = document.deepCopy();
        ObjectNode online = (ObjectNode) event(changed, ONLINE);
        online.remove("timeZone");
        assertThat(importDocument(mvc, changed)).hasStatusOk();

        assertThat(event(exportOf(mvc, key), ONLINE).get("timeZone").asString()).isEqualTo("Europe/Rome");
    }

    @Test
    void theApiShowsEachActivityAndWhereTheOnlineEventWasPlannedFirst() {
        JsonNode combined = apiEvent(COMBINED);
        assertThat(combined.get("type").asString()).isEqualTo("PARTNER_MEETING");
        assertThat(combined.get("activities")).isEqualTo(tree("""
                [{"type": "PARTNER_MEETING", "date": null, "place": null, "practices": []},
                 {"type": "STUDY_VISIT", "date": "2022-02-01", "place": "Sandviken",
                  "practices": [{"id": %d, "title": "Segnalaci", "themes": ["Digital services to citizens"]}]},
                 {"type": "THEMATIC_EVENT", "date": "2022-01-31", "place": null, "practices": []}]
                """.formatted(combined.get("activities").get(1).get("practices").get(0).get("id").asLong())));

        JsonNode online = apiEvent(ONLINE);
        assertThat(online.get("host").isNull()).isTrue();
        assertThat(online.get("mode").isNull()).isTrue();
        assertThat(online.get("originallyPlannedIn").asString()).isEqualTo("Vilnius");
        JsonNode detail = json(mvc.get().uri("/api/v1/projects/{key}/events/{id}", key, online.get("id").asLong()).exchange());
        assertThat(detail.get("originallyPlannedIn").asString()).isEqualTo("Vilnius");
        assertThat(detail.get("activities").get(0).get("type").asString()).isEqualTo("THEMATIC_EVENT");
    }

    @Test
    void theApiRefusesAnActivityOutsideTheEventsDaysAndAnEventWithoutActivityNamingEachField() {
        MvcTestResult refused = mvc.post().uri("/api/v1/projects/{key}/events", key).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"title": "Two days in Tartu", "start": "2022-03-10", "end": "2022-03-11", "host": "Tartu",
                         "mode": "VIRTUAL", "status": "PLANNED",
                         "activities": [{"type": "STEERING_COMMITTEE"}, {"date": "2022-03-12", "practices": ["Flying cars"]}]}
                        """).exchange();

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(fields(json(refused))).containsExactlyInAnyOrder("activities[1].type validation.required",
                "activities[1].date event.activity.dayOutside", "activities[1].practices event.practice.unknown");

        MvcTestResult none = mvc.post().uri("/api/v1/projects/{key}/events", key).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"title": "Nothing held", "start": "2022-03-10", "end": "2022-03-10", "host": "Tartu",
                         "mode": "VIRTUAL", "status": "PLANNED"}
                        """).exchange();
        assertThat(fields(json(none))).containsExactly("type validation.required");

        MvcTestResult disagreeing = mvc.post().uri("/api/v1/projects/{key}/events", key).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"type": "STUDY_VISIT", "title": "Which one", "start": "2022-03-10", "end": "2022-03-10",
                         "host": "Tartu", "mode": "VIRTUAL", "status": "PLANNED", "activities": [{"type": "PEER_REVIEW"}]}
                        """).exchange();
        assertThat(fields(json(disagreeing))).containsExactly("type event.type.notFirstActivity");
    }

    @Test
    void targetsAndIndicatorsCountEachActivityInThePeriodOfItsOwnDay() {
        JsonNode betterFifth = json(mvc.get().uri("/api/v1/projects/BETTER/semesters/5").exchange());
        JsonNode fifth = json(mvc.get().uri("/api/v1/projects/{key}/semesters/5", key).exchange());
        JsonNode betterSixth = json(mvc.get().uri("/api/v1/projects/BETTER/semesters/6").exchange());
        JsonNode sixth = json(mvc.get().uri("/api/v1/projects/{key}/semesters/6", key).exchange());

        // The partner meeting counts on the event's start, the seminar on its own day: both in semester 5, with the online seminar.
        assertThat(held(fifth, "PARTNER_MEETING")).isEqualTo(1);
        assertThat(held(fifth, "THEMATIC_EVENT")).isEqualTo(held(betterFifth, "THEMATIC_EVENT") + 2);
        assertThat(held(fifth, "STUDY_VISIT")).isEqualTo(held(betterFifth, "STUDY_VISIT"));
        // The study visit on its own day, 1 February 2022, is semester 6's.
        assertThat(held(sixth, "STUDY_VISIT")).isEqualTo(held(betterSixth, "STUDY_VISIT") + 1);
        assertThat(achieved(sixth, "STUDY_VISITS")).isEqualTo(achieved(betterSixth, "STUDY_VISITS") + 1);
        assertThat(achieved(fifth, "THEMATIC_EVENTS")).isEqualTo(achieved(betterFifth, "THEMATIC_EVENTS") + 2);

        JsonNode betterIndicators = figures(json(mvc.get().uri("/api/v1/projects/BETTER/indicators?semester=5").exchange()));
        JsonNode indicators = figures(json(mvc.get().uri("/api/v1/projects/{key}/indicators?semester=5", key).exchange()));
        assertThat(betterIndicators.get("eventsHeldByType").get("PARTNER_MEETING").asLong()).isZero();
        assertThat(indicators.get("eventsHeldByType").get("PARTNER_MEETING").asLong()).isEqualTo(1);
        assertThat(indicators.get("eventsHeldByType").get("THEMATIC_EVENT").asLong())
                .isEqualTo(betterIndicators.get("eventsHeldByType").get("THEMATIC_EVENT").asLong() + 2);
        assertThat(indicators.get("eventsHeld").asLong()).isEqualTo(betterIndicators.get("eventsHeld").asLong() + 3);
        // Each activity of the combined event: Gävle hosting and two visitors; the online seminar: three visitors, no host known.
        assertThat(indicators.get("partnerParticipations").asLong())
                .isEqualTo(betterIndicators.get("partnerParticipations").asLong() + 3 + 3 + 3);
    }

    @Test
    void theNewsletterCountsEachActivityOfTheChosenTypesHeldInItsPeriod() {
        String introduction = generated("""
                {"from": "2022-01-31", "to": "2022-01-31", "types": []}
                """);
        assertThat(introduction).contains(" held one 'Thematic event' and one 'Partner meeting' as follows:");

        assertThat(generated("""
                {"from": "2022-02-01", "to": "2022-02-28", "types": ["STUDY_VISIT"]}
                """)).contains(" held one 'Study visit' as follows:");

        String online = generated("""
                {"from": "2021-11-18", "to": "2021-11-18", "types": ["THEMATIC_EVENT"]}
                """);
        assertThat(online).contains("| 18 November 2021 |").contains("Visitors: Genoa; Gävle; Tartu |")
                .doesNotContain("Host:");
    }

    @Test
    void theCalendarFeedKeepsOneEntryPerEventAndListsItsActivities() {
        String feed = unfolded(mvc.get().uri("/projects/{key}/calendar.ics", key).exchange());
        long combinedId = apiEvent(COMBINED).get("id").asLong();

        String better = unfolded(mvc.get().uri("/projects/BETTER/calendar.ics").exchange());
        assertThat(feed.split("BEGIN:VEVENT", -1)).hasSize(better.split("BEGIN:VEVENT", -1).length + 2);
        assertThat(feed).contains("UID:event-" + combinedId + "@")
                .contains("SUMMARY:" + "Partner meeting\\, study visit and seminar in Gävle (Partner meeting\\, Study visit\\, Thematic event)")
                .contains("DESCRIPTION:Partner meeting\\, Study visit\\, Thematic event (Held)\\nHost: Gävle\\n")
                .contains("\\nActivities:\\n– Partner meeting\\n– Study visit\\, 1 February 2022\\, in Sandviken\\n"
                        + "– Thematic event\\, 31 January 2022\\n")
                .contains("CATEGORIES:Partner meeting,Study visit,Thematic event,In person")
                .contains("SUMMARY:Thematic seminar online\r\n")
                .contains("DESCRIPTION:Thematic event (Held)\\nHost: not stated\\nVisitors: Genoa\\, Gävle\\, Tartu\\n"
                        + "Attendance: not stated\\nOriginally planned in Vilnius\\n");
    }

    @Test
    void theEventPagesShowTheActivitiesAndWhatIsNotStated() {
        long combinedId = apiEvent(COMBINED).get("id").asLong();
        long onlineId = apiEvent(ONLINE).get("id").asLong();

        String combined = PageText.html(mvc.get().uri("/projects/{key}/events/{id}", key, combinedId).exchange());
        assertThat(combined).contains("<dt class=\"col-sm-3\">Activities</dt>")
                .contains("Study visit, 1 February 2022, in Sandviken")
                .contains("Good practices examined: Segnalaci")
                .contains("Thematic event, 31 January 2022");

        String online = PageText.html(mvc.get().uri("/projects/{key}/events/{id}", key, onlineId).exchange());
        assertThat(online).contains("<p id=\"originally-planned-in\">Originally planned in Vilnius</p>")
                .contains("<span class=\"text-body-secondary\">not stated</span>")
                .contains("<dd class=\"col-sm-9 text-body-secondary\">not stated</dd>");

        String list = PageText.html(mvc.get().uri("/projects/{key}/events?size=100", key).exchange());
        assertThat(list).contains("Study visit, 1 February 2022, in Sandviken").contains("not stated");
        String timeline = PageText.html(mvc.get().uri("/projects/{key}/events/timeline", key).exchange());
        assertThat(timeline).contains("(Partner meeting, Study visit, Thematic event, hosted by Gävle, Held)")
                .contains("(Thematic event, host not stated, Held)");
        String studyVisits = PageText.html(mvc.get().uri("/projects/{key}/events?type=STUDY_VISIT", key).exchange());
        assertThat(studyVisits).contains(COMBINED).doesNotContain(ONLINE);
    }

    @Test
    void theFormAddsActivitiesInItsRowsAndShowsEveryProblemOnTheFirstSave() {
        MvcTestResult refused = mvc.post().uri("/projects/{key}/events/new", key)
                .formField("title", "")
                .formField("startDate", "2022-03-10")
                .formField("endDate", "2022-03-11")
                .formField("status", "HELD")
                .formField("activities[0].place", "Tartu Town Hall")
                .formField("activities[1].type", "")
                .formField("activities[2].type", "STUDY_VISIT")
                .formField("activities[2].day", "2022-03-12")
                .exchange();
        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("event/form");
        assertThat(PageText.html(refused))
                .contains("id=\"title-error\">is required</div>")
                .contains("id=\"activities0.type-error\">is required</div>")
                .contains("id=\"activities2.day-error\">must lie within the event’s dates")
                .contains("value=\"Tartu Town Hall\"");

        MvcTestResult created = mvc.post().uri("/projects/{key}/events/new", key)
                .formField("title", "Steering committee and import workshop in Tartu")
                .formField("startDate", "2022-03-10")
                .formField("endDate", "2022-03-11")
                .formField("status", "HELD")
                .formField("host", "")
                .formField("mode", "")
                .formField("originallyPlannedIn", "Vilnius")
                .formField("activities[0].type", "STEERING_COMMITTEE")
                .formField("activities[1].type", "")
                .formField("activities[2].type", "IMPORT_WORKSHOP")
                .formField("activities[2].day", "2022-03-11")
                .formField("activities[2].place", "Tartu Town Hall")
                .formField("activities[2].practices", "Segnalaci")
                .exchange();
        assertThat(created).hasStatus(HttpStatus.FOUND);

        JsonNode event = apiEvent("Steering committee and import workshop in Tartu");
        assertThat(event.get("type").asString()).isEqualTo("STEERING_COMMITTEE");
        assertThat(event.get("host").isNull()).isTrue();
        assertThat(event.get("originallyPlannedIn").asString()).isEqualTo("Vilnius");
        assertThat(event.get("activities").valueStream().map(a -> a.get("type").asString() + " " + text(a.get("date"))
                + " " + text(a.get("place")))).containsExactly("STEERING_COMMITTEE  ", "IMPORT_WORKSHOP 2022-03-11 Tartu Town Hall");

        String form = PageText.html(mvc.get().uri("/projects/{key}/events/{id}/edit", key, event.get("id").asLong()).exchange());
        assertThat(form).contains("name=\"activities[3].type\"").doesNotContain("name=\"activities[4].type\"");
    }

    private JsonNode apiEvent(String title) {
        JsonNode events = json(mvc.get().uri("/api/v1/projects/{key}/events?size=100", key).exchange()).get("content");
        return StreamSupport.stream(events.spliterator(), false).filter(e -> e.get("title").asString().equals(title))
                .findFirst().orElseThrow();
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() ? "" : value.asString();
    }

    private static JsonNode event(JsonNode document, String title) {
        return StreamSupport.stream(document.get("events").spliterator(), false)
                .filter(e -> e.get("title").asString().equals(title)).findFirst().orElseThrow();
    }

    private static long held(JsonNode semester, String type) {
        return semester.get("achieved").get("heldEvents").get(type).asLong();
    }

    private static long achieved(JsonNode semester, String measure) {
        return StreamSupport.stream(semester.get("progress").get("inSemester").spliterator(), false)
                .filter(m -> m.get("measure").asString().equals(measure)).findFirst().orElseThrow().get("achieved").asLong();
    }

    private static JsonNode figures(JsonNode report) {
        return report.get("semesters").get(0).get("figures");
    }

    private static List<String> fields(JsonNode problem) {
        return problem.get("errors").valueStream().map(e -> e.get("field").asString() + " " + e.get("code").asString()).toList();
    }

    private String generated(String request) {
        MvcTestResult result = mvc.post().uri("/api/v1/projects/{key}/newsletters/generate", key)
                .contentType(MediaType.APPLICATION_JSON).content(request).exchange();
        assertThat(result).hasStatus(HttpStatus.CREATED);
        return json(result).get("body").asString();
    }

    private static String unfolded(MvcTestResult result) {
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8).replace("\r\n ", "");
    }
}
