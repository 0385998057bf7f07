package eu.practicehub.event.api;

import static eu.practicehub.ApiTestProjects.json;
import static eu.practicehub.ApiTestProjects.tree;
import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EventApiTests {

    private static final String BETTER_EVENTS = "/api/v1/projects/BETTER/events";

    @Autowired
    MockMvcTester mvc;

    String events;

    @BeforeAll
    void copyBetter() {
        events = "/api/v1/projects/" + ApiTestProjects.copyOfBetter(mvc, "EVENTS") + "/events";
    }

    @Test
    void listsTheStudyVisitsOfASemesterInDateOrder() {
        JsonNode page = json(mvc.get().uri(BETTER_EVENTS).param("type", "STUDY_VISIT").param("semester", "5").exchange());
        assertThat(titles(page)).containsExactly("Study visit hosted by Nyíregyháza", "Study visit hosted by Gävle");
        assertThat(page.at("/page/totalElements").asInt()).isEqualTo(2);
        assertThat(page.at("/content/0/semester").asInt()).isEqualTo(5);
    }

    @Test
    void listsTheEventsAPartnerHostedOrVisited() {
        assertThat(titles(json(mvc.get().uri(BETTER_EVENTS).param("partner", "Tartu").exchange())))
                .containsExactly("Kick-off meeting", "Thematic event #1", "Thematic event #3", "Study visit hosted by Gävle",
                        "Example: import workshop on the e-services of Gävle");
        assertThat(titles(json(mvc.get().uri(BETTER_EVENTS).param("partner", "Rome").exchange()))).isEmpty();
        assertThat(titles(json(mvc.get().uri(BETTER_EVENTS).param("status", "CANCELLED").exchange()))).isEmpty();
    }

    @Test
    void showsAnEventKnownOnlyByYearWithItsAgendaAndVersion() {
        long id = idOf(BETTER_EVENTS, "Thematic event #3");
        JsonNode event = json(mvc.get().uri(BETTER_EVENTS + "/{id}", id).exchange());
        assertThat(event.get("start").asString()).isEqualTo("2020-02-01");
        assertThat(event.get("end").asString()).isEqualTo("2020-07-31");
        assertThat(event.get("datePrecision").asString()).isEqualTo("YEAR");
        assertThat(event.get("agenda").asString()).startsWith("First planned in person in Birmingham");
        assertThat(event.has("minutes")).isTrue();
        assertThat(event.has("lessonsLearnt")).isTrue();
        assertThat(event.get("version").asLong()).isZero();
    }

    @Test
    void createsAnEventWithLocalTimesInItsTimeZoneAndAnswersWithItsLocation() {
        MvcTestResult created = send(mvc.post().uri(events), """
                {"type": "IMPORT_WORKSHOP", "title": "Import workshop on e-services", "start": "2022-03-10T09:30",
                 "end": "2022-03-10T17:00", "timeZone": "Europe/Tallinn", "host": "Tartu",
                 "participants": ["Gävle", "Genoa"], "mode": "HYBRID", "venue": "Tartu City Hall",
                 "onlineLink": "https://meet.example.org/better", "practices": ["E-services at Gävle municipality", "Segnalaci"],
                 "agenda": "Adapting the e-services to Tartu", "status": "PLANNED"}
                """);
        assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().isLenientlyEqualTo("""
                {"type": "IMPORT_WORKSHOP", "title": "Import workshop on e-services", "start": "2022-03-10T09:30",
                 "end": "2022-03-10T17:00", "datePrecision": "DAY", "timeZone": "Europe/Tallinn", "semester": 6,
                 "host": "Tartu", "participants": ["Gävle", "Genoa"], "mode": "HYBRID", "venue": "Tartu City Hall",
                 "agenda": "Adapting the e-services to Tartu", "status": "PLANNED", "version": 0,
                 "practices": [{"title": "E-services at Gävle municipality", "themes": []},
                               {"title": "Segnalaci", "themes": ["Digital services to citizens"]}]}
                """);
        String location = created.getResponse().getHeader("Location");
        assertThat(location).endsWith(events + "/" + json(created).get("id").asLong());
        assertThat(mvc.get().uri(location)).hasStatusOk().bodyJson().extractingPath("$.title")
                .isEqualTo("Import workshop on e-services");
    }

    @Test
    void givesAnEventKnownByDateTheHostsTimeZone() {
        MvcTestResult created = send(mvc.post().uri(events), """
                {"type": "REGIONAL_EVENT", "title": "Regional stakeholder day", "start": "2022-05-04", "end": "2022-05-04",
                 "host": "Birmingham", "mode": "IN_PERSON", "status": "PLANNED"}
                """);
        assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().isLenientlyEqualTo("""
                {"start": "2022-05-04", "end": "2022-05-04", "timeZone": "Europe/London", "participants": [], "practices": []}
                """);
    }

    @Test
    void rejectsAStartOrEndInNeitherDocumentFormNamingEach() {
        MvcTestResult rejected = send(mvc.post().uri(events), """
                {"type": "STUDY_VISIT", "title": "Bad dates", "start": "17/07/2021", "end": "2021-07-17T25:00",
                 "host": "Genoa", "mode": "VIRTUAL", "status": "PLANNED"}
                """);
        assertThat(rejected).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(json(rejected).get("errors")).isEqualTo(tree("""
                [{"field": "start", "code": "event.moment.format",
                  "message": "“17/07/2021” is neither a date (2021-07-17) nor a local date and time (2021-07-17T09:30)"},
                 {"field": "end", "code": "event.moment.format",
                  "message": "“2021-07-17T25:00” is neither a date (2021-07-17) nor a local date and time (2021-07-17T09:30)"}]
                """));
    }

    @Test
    void rejectsAnEventWithUnknownPartnersAndPracticesAndAnEndBeforeItsStart() {
        JsonNode before = json(mvc.get().uri(events).param("size", "100").exchange());
        MvcTestResult rejected = send(mvc.post().uri(events), """
                {"type": "STUDY_VISIT", "title": "Impossible visit", "start": "2022-04-02T15:00", "end": "2022-04-02T09:00",
                 "host": "Rome", "participants": ["Tartu", "Oslo"], "practices": ["Segnalaci", "Flying cars"],
                 "mode": "VIRTUAL", "status": "PLANNED"}
                """);
        assertThat(rejected).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(json(rejected).get("errors").valueStream().map(e -> e.get("field").asString() + " " + e.get("code").asString()))
                .containsExactlyInAnyOrder("host event.partner.unknown", "participants event.partner.unknown",
                        "practices event.practice.unknown", "end event.end.beforeStart");
        assertThat(json(mvc.get().uri(events).param("size", "100").exchange())).isEqualTo(before);

        assertThat(send(mvc.post().uri(events), """
                {"type": "STUDY_VISIT", "title": "Backwards visit", "start": "2022-04-02T15:00", "end": "2022-04-02T09:00",
                 "host": "Genoa", "mode": "VIRTUAL", "status": "PLANNED"}
                """)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.errors[0]")
                .isEqualTo(Map.of("field", "end", "code", "event.end.beforeStart", "message", "the event ends before it starts"));
    }

    @Test
    void updatesAnEventBasedOnItsCurrentVersion() {
        long id = create("Steering committee spring 2022");
        assertThat(send(mvc.put().uri(events + "/{id}", id), """
                {"type": "STEERING_COMMITTEE", "title": "Steering committee spring 2022", "start": "2022-04-20",
                 "end": "2022-04-21", "host": "Genoa", "participants": ["Tartu"], "mode": "VIRTUAL", "status": "HELD",
                 "minutes": "Approved the action plans' outline.", "lessonsLearnt": "Shorter sessions work better online.",
                 "version": 0}
                """)).hasStatusOk().bodyJson().isLenientlyEqualTo("""
                {"id": %d, "end": "2022-04-21", "participants": ["Tartu"], "status": "HELD",
                 "minutes": "Approved the action plans' outline.", "lessonsLearnt": "Shorter sessions work better online.",
                 "version": 1}
                """.formatted(id));
    }

    @Test
    void refusesAnUpdateBasedOnAStaleVersionAndKeepsTheStoredEvent() {
        long id = create("Steering committee autumn 2022");
        assertThat(send(mvc.put().uri(events + "/{id}", id), update("Steering committee autumn 2022", "First edit", 0)))
                .hasStatusOk();
        JsonNode before = json(mvc.get().uri(events + "/{id}", id).exchange());

        MvcTestResult stale = send(mvc.put().uri(events + "/{id}", id), update("Renamed committee", "Second edit", 0));

        assertThat(stale).hasStatus(HttpStatus.CONFLICT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().isLenientlyEqualTo("""
                        {"status": 409, "sentVersion": 0, "currentVersion": 1}
                        """);
        assertThat(json(mvc.get().uri(events + "/{id}", id).exchange())).isEqualTo(before);
    }

    @Test
    void deletesAnEventOnlyAtItsCurrentVersion() {
        long id = create("Staff exchange in Gävle");
        assertThat(mvc.delete().uri(events + "/{id}", id).param("version", "3")).hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.get().uri(events + "/{id}", id)).hasStatusOk();

        assertThat(mvc.delete().uri(events + "/{id}", id).param("version", "0")).hasStatus(HttpStatus.NO_CONTENT);
        assertThat(mvc.get().uri(events + "/{id}", id)).hasStatus(HttpStatus.NOT_FOUND).bodyJson()
                .extractingPath("$.detail").isEqualTo("There is no event with id " + id + " in this project.");
    }

    @Test
    void answersAnUnknownEventTypeWithABadRequestProblem() {
        assertThat(send(mvc.post().uri(events), """
                {"type": "WEBINAR", "title": "Webinar", "start": "2022-04-02", "end": "2022-04-02", "host": "Genoa"}
                """)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail").isEqualTo(
                "“WEBINAR” is not a valid value for type: expected one of THEMATIC_EVENT, STUDY_VISIT, PEER_REVIEW, "
                        + "STAFF_EXCHANGE, IMPORT_WORKSHOP, REGIONAL_EVENT, STEERING_COMMITTEE, PARTNER_MEETING.");
    }

    private static String update(String title, String minutes, long version) {
        return """
                {"type": "STEERING_COMMITTEE", "title": "%s", "start": "2022-10-05", "end": "2022-10-05", "host": "Genoa",
                 "mode": "VIRTUAL", "status": "PLANNED", "minutes": "%s", "version": %d}
                """.formatted(title, minutes, version);
    }

    private long create(String title) {
        MvcTestResult created = send(mvc.post().uri(events), """
                {"type": "STEERING_COMMITTEE", "title": "%s", "start": "2022-10-05", "end": "2022-10-05",
                 "host": "Genoa", "mode": "VIRTUAL", "status": "PLANNED"}
                """.formatted(title));
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return json(created).get("id").asLong();
    }

    private MvcTestResult send(MockMvcTester.MockMvcRequestBuilder request, String body) {
        return request.contentType(MediaType.APPLICATION_JSON).content(body).exchange();
    }

    private long idOf(String list, String title) {
        return json(mvc.get().uri(list).param("size", "100").exchange()).get("content").valueStream()
                .filter(e -> e.get("title").asString().equals(title)).findFirst().orElseThrow().get("id").asLong();
    }

    private static List<String> titles(JsonNode page) {
        return page.get("content").valueStream().map(e -> e.get("title").asString()).toList();
    }
}
