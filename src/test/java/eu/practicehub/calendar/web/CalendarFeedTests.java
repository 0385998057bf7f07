package eu.practicehub.calendar.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
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
import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.DateProperty;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The feeds as a calendar client reads them: each answer is parsed with ical4j's parser and its
 * fields checked, on a copy of BETTER with a timed hybrid study visit in Genoa added.
 */
@PageTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CalendarFeedTests {

    private static final String SITE = "https://practicehub.example";
    private static final String VISIT = "Study visit on the reporting app";

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    EventService events;

    String key;
    Project project;
    Event visit;

    @BeforeAll
    void copyBetterWithATimedEventInRome() {
        key = ApiTestProjects.copyOfBetter(mvc, "CALENDAR");
        project = projects.project(key);
        visit = events.create(project, visitSpec("Welcome; the app, its users and its data."));
    }

    @Test
    void theProjectFeedIsACalendarNamedAfterTheProject() {
        MvcTestResult result = get("/projects/{key}/calendar.ics", key);

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        String text = body(result);
        assertThat(text).startsWith("BEGIN:VCALENDAR\r\n").contains("\r\nVERSION:2.0\r\n", "\r\nMETHOD:PUBLISH\r\n");
        Calendar calendar = parse(text);
        assertThat(value(calendar, "PRODID")).isEqualTo("-//PracticeHub//Calendar feeds//EN");
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("BETTER: events");
        assertThat(value(calendar, "NAME")).isEqualTo("BETTER: events");
        assertThat(value(calendar, "REFRESH-INTERVAL")).isEqualTo("PT6H");
    }

    @Test
    void noLineIsLongerThanSeventyFiveOctetsAndFoldedTextReadsBackWhole() {
        String text = body(get("/projects/{key}/calendar.ics", key));

        assertThat(text.split("\r\n")).allSatisfy(line -> assertThat(line.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(75));
        VEvent genoa = entry(parse(text), event("Study visit hosted by Genoa"));
        assertThat(value(genoa, "DESCRIPTION")).contains("Visitors: Birmingham, Gävle, Nyíregyháza",
                "– Technological update of the local Police operation Center");
    }

    @Test
    void aTimedEventIsGivenInItsOwnTimeZoneWithEveryField() {
        VEvent entry = entry(parse(body(get("/projects/{key}/calendar.ics", key))), visit);

        String uid = "event-" + visit.getId() + "@" + key.toLowerCase(Locale.ROOT) + ".practicehub";
        assertThat(value(entry, "UID")).isEqualTo(uid);
        assertThat(value(entry, "DTSTAMP")).isEqualTo("20220115T100000Z");
        DateProperty<?> start = entry.getStartDate().orElseThrow();
        DateProperty<?> end = entry.getEndDate().orElseThrow();
        assertThat(start.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Rome");
        assertThat(end.getParameter("TZID").orElseThrow().getValue()).isEqualTo("Europe/Rome");
        assertThat(local(start.getDate())).isEqualTo(LocalDateTime.of(2022, 3, 10, 9, 30));
        assertThat(local(end.getDate())).isEqualTo(LocalDateTime.of(2022, 3, 10, 17, 0));
        assertThat(Instant.from(start.getDate())).isEqualTo(Instant.parse("2022-03-10T08:30:00Z"));
        assertThat(value(entry, "SUMMARY")).isEqualTo(VISIT);
        assertThat(value(entry, "LOCATION"))
                .isEqualTo("Palazzo Tursi, Via Garibaldi 9, Genoa and online at https://meet.example.org/better-genoa");
        assertThat(value(entry, "CONFERENCE")).isEqualTo("https://meet.example.org/better-genoa");
        assertThat(entry.getProperty("CONFERENCE").orElseThrow().getParameter("FEATURE").orElseThrow().getValue())
                .isEqualTo("VIDEO");
        assertThat(value(entry, "CATEGORIES")).isEqualTo("Study visit,Hybrid");
        assertThat(value(entry, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(entry, "SEQUENCE")).isEqualTo(String.valueOf(visit.getVersion()));
        assertThat(value(entry, "URL")).isEqualTo(SITE + "/projects/" + key + "/events/" + visit.getId());
        assertThat(value(entry, "DESCRIPTION")).isEqualTo("""
                Study visit (Planned)
                Host: Genoa
                Visitors: Birmingham, Tartu
                Attendance: Hybrid
                Venue: Palazzo Tursi, Via Garibaldi 9, Genoa
                Online: https://meet.example.org/better-genoa

                Good practices examined:
                – Segnalaci
                – Digital Citizen Folder

                Agenda:
                Welcome; the app, its users and its data.

                Event page: %s/projects/%s/events/%d""".formatted(SITE, key, visit.getId()));
    }

    @Test
    void theFeedDefinesEachTimeZoneItsEventsUseOnce() {
        Calendar calendar = parse(body(get("/projects/{key}/calendar.ics", key)));

        List<String> defined = calendar.<VTimeZone>getComponents(Component.VTIMEZONE).stream()
                .map(zone -> zone.getTimeZoneId().getValue()).toList();
        List<String> used = calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .flatMap(e -> Stream.of(e.getStartDate().orElseThrow(), e.getEndDate().orElseThrow()))
                .flatMap(date -> date.getParameter("TZID").stream()).map(tzid -> tzid.getValue()).distinct().toList();
        assertThat(defined).doesNotHaveDuplicates().contains("Europe/Rome").containsExactlyInAnyOrderElementsOf(used);
    }

    @Test
    void anEditKeepsTheUidAndRaisesTheSequence() {
        Event before = events.create(project, spec("Steering committee on the budget", EventType.STEERING_COMMITTEE,
                EventStatus.PLANNED, "Tartu", List.of("Genoa"), LocalDate.of(2022, 7, 4), LocalTime.of(10, 0), "Europe/Tallinn", "First draft"));
        VEvent first = entry(parse(body(get("/projects/{key}/calendar.ics", key))), before);

        Event after = events.update(project, before.getId(), before.getVersion(), spec("Steering committee on the budget",
                EventType.STEERING_COMMITTEE, EventStatus.POSTPONED, "Tartu", List.of("Genoa"), LocalDate.of(2022, 7, 4),
                LocalTime.of(10, 0), "Europe/Tallinn", "Second draft"));
        VEvent second = entry(parse(body(get("/projects/{key}/calendar.ics", key))), after);

        assertThat(value(second, "UID")).isEqualTo(value(first, "UID"));
        assertThat(Integer.parseInt(value(second, "SEQUENCE"))).isGreaterThan(Integer.parseInt(value(first, "SEQUENCE")));
        assertThat(value(second, "STATUS")).isEqualTo("TENTATIVE");
        assertThat(value(second, "DESCRIPTION")).contains("Second draft").doesNotContain("First draft");
    }

    @Test
    void anEventInAZoneWithoutDefinitionIsGivenInUtc() {
        Event offset = events.create(project, spec("Staff exchange at a fixed offset", EventType.STAFF_EXCHANGE,
                EventStatus.PLANNED, "Gävle", List.of(), LocalDate.of(2022, 4, 6), LocalTime.of(9, 0), "+02:00", null));

        String text = body(get("/projects/{key}/events/{id}/event.ics", key, offset.getId()));

        assertThat(text).contains("\r\nDTSTART:20220406T070000Z\r\n", "\r\nDTEND:20220406T090000Z\r\n")
                .doesNotContain("TZID");
    }

    @Test
    void anAllDayEventEndsOnTheDayAfterItsLastDay() {
        VEvent kickOff = entry(parse(body(get("/projects/{key}/calendar.ics", key))), event("Kick-off meeting"));

        assertThat(kickOff.getStartDate().orElseThrow().getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
        assertThat(kickOff.getEndDate().orElseThrow().getParameter("VALUE").orElseThrow().getValue()).isEqualTo("DATE");
        assertThat(kickOff.getStartDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2019, 9, 4));
        assertThat(kickOff.getEndDate().orElseThrow().getDate()).isEqualTo(LocalDate.of(2019, 9, 6));
        assertThat(value(kickOff, "LOCATION")).isEqualTo("Genoa");
        assertThat(value(kickOff, "CATEGORIES")).isEqualTo("Steering committee,In person");
        assertThat(value(kickOff, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(kickOff.getProperty("CONFERENCE")).isEmpty();
    }

    @Test
    void aVirtualEventIsLocatedAtItsLinkAndACancelledOneSaysSo() {
        Event call = events.create(project, new EventSpec(EventType.REGIONAL_EVENT, "Regional event called off",
                LocalDate.of(2022, 6, 1), null, LocalDate.of(2022, 6, 1), null, DatePrecision.DAY, null, "Gävle",
                List.of(), EventMode.VIRTUAL, null, "https://meet.example.org/gavle", List.of(), null, null, null,
                EventStatus.CANCELLED));

        VEvent entry = entry(parse(body(get("/projects/{key}/calendar.ics", key))), call);

        assertThat(value(entry, "LOCATION")).isEqualTo("https://meet.example.org/gavle");
        assertThat(value(entry, "CONFERENCE")).isEqualTo("https://meet.example.org/gavle");
        assertThat(value(entry, "CATEGORIES")).isEqualTo("Regional event,Virtual");
        assertThat(value(entry, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(entry, "DESCRIPTION")).startsWith("Regional event (Cancelled)\nHost: Gävle\nAttendance: Virtual");
    }

    @Test
    void theFeedsHoldTheLastThreeYearsAndEverythingToComeWhileTheEventFileOfAnOlderOneStaysAvailable() {
        Event old = events.create(project, new EventSpec(EventType.STAFF_EXCHANGE, "Exchange of long ago",
                LocalDate.of(2018, 12, 3), null, LocalDate.of(2018, 12, 4), null, DatePrecision.DAY, "Europe/Rome", "Genoa",
                List.of("Tartu"), EventMode.IN_PERSON, "Genoa", null, List.of(), null, null, null, EventStatus.HELD));
        long tartu = projects.partner(project, "Tartu").orElseThrow().getId();

        for (String feed : List.of("/projects/{key}/calendar.ics", "/projects/{key}/partners/" + tartu + "/calendar.ics")) {
            List<String> summaries = parse(body(get(feed, key))).<VEvent>getComponents(Component.VEVENT).stream()
                    .map(e -> value(e, "SUMMARY")).toList();
            // Today is 15 January 2022: the feeds begin with the events that end on 15 January 2019 or later.
            assertThat(summaries).as(feed).contains("Kick-off meeting", VISIT).doesNotContain("Exchange of long ago");
        }
        assertThat(get("/projects/{key}/events/{id}/event.ics", key, old.getId())).hasStatusOk();
    }

    @Test
    void eventsKnownOnlyByMonthOrYearAreLeftOut() {
        Calendar calendar = parse(body(get("/projects/{key}/calendar.ics", key)));

        List<String> summaries = calendar.<VEvent>getComponents(Component.VEVENT).stream().map(e -> value(e, "SUMMARY")).toList();
        assertThat(summaries).contains("Kick-off meeting", "Study visit hosted by Genoa", VISIT)
                .doesNotContain("Thematic event #1", "Thematic event #3");
        assertThat(get("/projects/{key}/events/{id}/event.ics", key, event("Thematic event #1").getId()))
                .hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aPartnersFeedHoldsExactlyTheEventsItHostsOrAttends() {
        Partner tartu = projects.partner(project, "Tartu").orElseThrow();
        MvcTestResult result = get("/projects/{key}/partners/{id}/calendar.ics", key, tartu.getId());

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        Calendar calendar = parse(body(result));
        assertThat(value(calendar, "X-WR-CALNAME")).isEqualTo("BETTER: events of Tartu");
        List<String> expected = Stream.concat(events.hostedBy(tartu).stream(), events.attendedBy(tartu).stream())
                .filter(e -> e.getDatePrecision() == DatePrecision.DAY)
                // Today is 15 January 2022: a feed holds the events that end on 15 January 2019 or later.
                .filter(e -> !e.getEndDate().isBefore(LocalDate.of(2019, 1, 15))).map(this::uid).toList();
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT).stream().map(e -> value(e, "UID")).toList())
                .containsExactlyInAnyOrderElementsOf(expected)
                .contains(uid(visit), uid(event("Study visit hosted by Gävle")))
                .doesNotContain(uid(event("Study visit hosted by Genoa")));
    }

    @Test
    void oneEventDownloadsAsAnAttachment() {
        MvcTestResult result = get("/projects/{key}/events/{id}/event.ics", key, visit.getId());

        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).isEqualTo("text/calendar;charset=UTF-8");
        assertThat(result.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .isEqualTo("attachment; filename=\"" + key + "-event-" + visit.getId() + ".ics\"");
        Calendar calendar = parse(body(result));
        assertThat(calendar.<VEvent>getComponents(Component.VEVENT)).hasSize(1);
        assertThat(value(calendar.<VEvent>getComponents(Component.VEVENT).get(0), "UID")).isEqualTo(uid(visit));
        assertThat(calendar.<VTimeZone>getComponents(Component.VTIMEZONE)).hasSize(1);
        assertThat(value(calendar, "METHOD")).isEqualTo("PUBLISH");
        assertThat(value(calendar, "X-WR-CALNAME")).isNull();
    }

    @Test
    void unknownProjectsPartnersAndEventsAreNotFound() {
        Partner genoaOfBetter = projects.partner(projects.project("BETTER"), "Genoa").orElseThrow();
        Event genoaVisitOfBetter = events.events(projects.project("BETTER")).stream()
                .filter(e -> e.getTitle().equals("Study visit hosted by Genoa")).findFirst().orElseThrow();

        assertThat(get("/projects/{key}/calendar.ics", "NO-SUCH-PROJECT")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/projects/{key}/partners/{id}/calendar.ics", "NO-SUCH-PROJECT", genoaOfBetter.getId()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/projects/{key}/partners/{id}/calendar.ics", key, genoaOfBetter.getId()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/projects/{key}/partners/{id}/calendar.ics", key, "genoa")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/projects/{key}/events/{id}/event.ics", key, genoaVisitOfBetter.getId()))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(get("/projects/{key}/events/{id}/event.ics", key, Long.MAX_VALUE)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void thePagesLinkToTheFeeds() {
        Partner tartu = projects.partner(project, "Tartu").orElseThrow();

        String list = PageText.html(get("/projects/{key}/events", key));
        assertThat(list).contains("href=\"/projects/" + key + "/calendar.ics\"",
                "href=\"webcal://practicehub.example/projects/" + key + "/calendar.ics\"", "Subscribe to the calendar");
        String partner = PageText.html(get("/projects/{key}/partners/{id}", key, tartu.getId()));
        assertThat(partner).contains("href=\"/projects/" + key + "/partners/" + tartu.getId() + "/calendar.ics\"",
                "Subscribe to the calendar of Tartu’s events");
        String page = PageText.html(get("/projects/{key}/events/{id}", key, visit.getId()));
        assertThat(page).contains("href=\"/projects/" + key + "/events/" + visit.getId() + "/event.ics\"", "Add to calendar");
        String monthOnly = PageText.html(get("/projects/{key}/events/{id}", key, event("Thematic event #1").getId()));
        assertThat(monthOnly).doesNotContain("event.ics");
    }

    private EventSpec visitSpec(String agenda) {
        return new EventSpec(EventType.STUDY_VISIT, VISIT, LocalDate.of(2022, 3, 10), LocalTime.of(9, 30),
                LocalDate.of(2022, 3, 10), LocalTime.of(17, 0), DatePrecision.DAY, "Europe/Rome", "Genoa",
                List.of("Birmingham", "Tartu"), EventMode.HYBRID, "Palazzo Tursi, Via Garibaldi 9, Genoa",
                "https://meet.example.org/better-genoa", List.of("Segnalaci", "Digital Citizen Folder"), agenda, null, null,
                EventStatus.PLANNED);
    }

    private static EventSpec spec(String title, EventType type, EventStatus status, String host, List<String> visitors,
            LocalDate day, LocalTime start, String zone, String agenda) {
        return new EventSpec(type, title, day, start, day, start.plusHours(2), DatePrecision.DAY, zone, host, visitors,
                EventMode.IN_PERSON, "City Hall", null, List.of(), agenda, null, null, status);
    }

    private Event event(String title) {
        return events.events(project).stream().filter(e -> e.getTitle().equals(title)).findFirst().orElseThrow();
    }

    private String uid(Event event) {
        return "event-" + event.getId() + "@" + key.toLowerCase(Locale.ROOT) + ".practicehub";
    }

    private VEvent entry(Calendar calendar, Event event) {
        return calendar.<VEvent>getComponents(Component.VEVENT).stream()
                .filter(e -> uid(event).equals(value(e, "UID"))).findFirst().orElseThrow();
    }

    private MvcTestResult get(String uri, Object... variables) {
        return mvc.get().uri(uri, variables).exchange();
    }

    private static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static Calendar parse(String text) {
        try {
            return new CalendarBuilder().build(new StringReader(text));
        } catch (Exception e) {
            throw new AssertionError("not a calendar: " + text, e);
        }
    }

    private static String value(Calendar calendar, String property) {
        return calendar.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static String value(Component component, String property) {
        return component.getProperty(property).map(Property::getValue).orElse(null);
    }

    private static LocalDateTime local(Temporal moment) {
        return ((ZonedDateTime) moment).toLocalDateTime();
    }
}
