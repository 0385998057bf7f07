package eu.practicehub.exchange.api;

import static eu.practicehub.ApiTestProjects.exportOf;
import static eu.practicehub.ApiTestProjects.freshKey;
import static eu.practicehub.ApiTestProjects.importDocument;
import static eu.practicehub.ApiTestProjects.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Two real projects of other programmes than BETTER's, written from their public facts (see
 * {@code fixtures/SOURCES.md}): EURE, an Interreg Europe project with an advisory partner and
 * meetings that combine activities, and BeePathNet, an URBACT transfer network with phases only.
 * Each must import as its facts are, round-trip unchanged and show only its facts.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class RealProjectsTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Test
    void eureImportsAsItsFactsAreAndRoundTripsUnchanged() {
        ObjectNode fixture = fixture("interreg-europe-project.json");
        String key = importedUnderFreshKey(fixture);
        ObjectNode exported = exportOf(mvc, key);

        assertThat(facts(exported)).isEqualTo(facts(withKey(fixture, key)));
        assertRoundTrip(exported);

        JsonNode project = json(mvc.get().uri("/api/v1/projects/{key}", key).exchange());
        assertThat(project.get("endDate").asString()).isEqualTo("2023-07-31");
        assertThat(project.get("semesterMonths").asInt()).isEqualTo(6);
        JsonNode semesters = project.get("semesters");
        assertThat(semesters).hasSize(8);
        assertThat(semesters.get(7).get("end").asString()).isEqualTo("2023-07-31");

        JsonNode acr = partner(key, "ACR+");
        assertThat(acr.get("role").asString()).isEqualTo("ADVISORY_PARTNER");
        assertThat(acr.get("organisationType").asString()).isEqualTo("ASSOCIATION");
        assertThat(partner(key, "Lubelskie").get("organisationType").asString()).isEqualTo("REGION");

        JsonNode kickOff = event(key, "Kick-off meeting in Santiago de Compostela");
        assertThat(kickOff.get("outsideRun").asBoolean()).isTrue();
        JsonNode committee = event(key, "4th Steering Committee");
        assertThat(committee.get("host").isNull() || committee.get("host").isMissingNode()).isTrue();
        assertThat(committee.get("originallyPlannedIn").asString()).isEqualTo("Riga");
        assertThat(committee.get("outsideRun").asBoolean()).isFalse();
        JsonNode empoli = event(key, "Third project meeting, study visit and seminar in Empoli");
        assertThat(StreamSupport.stream(empoli.get("activities").spliterator(), false)
                .map(a -> a.get("type").asString()).toList())
                .containsExactly("PARTNER_MEETING", "STUDY_VISIT", "THEMATIC_EVENT");
        JsonNode stakeholders = event(key, "Meeting with local stakeholders in Brest");
        assertThat(stakeholders.get("datePrecision").asString()).isEqualTo("MONTH");
        assertThat(stakeholders.get("mode").isNull() || stakeholders.get("mode").isMissingNode()).isTrue();

        for (JsonNode practice : fixture.get("practices")) {
            assertThat(practice.has("identifiedOn")).isFalse();
        }
        for (JsonNode plan : exported.get("actionPlans")) {
            assertThat(plan.has("status")).as("a plan whose status is not public").isFalse();
        }
    }

    @Test
    void eurePagesAndFiguresStateOnlyItsFacts() {
        String key = importedUnderFreshKey(fixture("interreg-europe-project.json"));

        String committee = page("/projects/{key}/events/{id}", key, eventId(key, "4th Steering Committee"));
        assertThat(committee).contains("Originally planned in", "Riga");
        String events = page("/projects/{key}/events", key);
        assertThat(events).contains("January 2020", "Outside the project").doesNotContainPattern("(?<!\\d)1 January 2020");

        String indicators = page("/projects/{key}/reports/indicators", key);
        assertThat(indicators).doesNotContain("1 January 2020 – 31 January 2020", "1 June 2021 – 30 June 2021");

        // Semester 1 (August 2019 – January 2020): the study visits in Brest and Empoli and the seminar
        // in Empoli; the kick-off of July 2019 is outside the project's run and counts in no semester.
        JsonNode semester1 = json(mvc.get().uri("/api/v1/projects/{key}/semesters/1", key).exchange());
        assertThat(achieved(semester1, "STUDY_VISITS")).isEqualTo(2);
        assertThat(achieved(semester1, "THEMATIC_EVENTS")).isEqualTo(1);

        String news = newsletter(key, "2019-08-01", "2020-01-31");
        assertThat(news).contains("partners held").doesNotContain("partner cities", "city governments");
        assertThat(news).contains("Brest", "Empoli");

        String dashboard = page("/projects/{key}/dashboard", key);
        // Pilsen's and Riga's published plans do not state their status: counted as such, never as drafts.
        assertThat(dashboard).contains("Action plans by status (2 in all)", "Status not stated").doesNotContain("Draft");
    }

    @Test
    void beePathNetImportsAsATransferNetworkWithPhasesOnly() {
        ObjectNode fixture = fixture("urbact-transfer-network.json");
        String key = importedUnderFreshKey(fixture);
        ObjectNode exported = exportOf(mvc, key);

        assertThat(facts(exported)).isEqualTo(facts(withKey(fixture, key)));
        assertRoundTrip(exported);

        JsonNode project = json(mvc.get().uri("/api/v1/projects/{key}", key).exchange());
        assertThat(project.get("semesterMonths").isNull() || project.get("semesterMonths").isMissingNode()).isTrue();
        JsonNode periods = project.get("semesters");
        assertThat(periods).hasSize(2);
        assertThat(periods.get(0).get("name").asString()).isEqualTo("Phase 1");
        assertThat(periods.get(1).get("end").asString()).isEqualTo("2020-12-03");
        assertThat(partner(key, "Cesena").get("role").asString()).isEqualTo("TRANSFER_PARTNER");

        JsonNode paris = event(key, "URBACT Phase 2 kick-off meeting for Transfer Network lead partners");
        assertThat(paris.get("datePrecision").asString()).isEqualTo("MONTH");
        assertThat(event(key, "Final conference and launch of the Bee Path Cities network").get("outsideRun").asBoolean()).isTrue();

        String home = page("/projects/{key}", key);
        assertThat(home).contains("Ljubljana BEE PATH", "Cesena", "Bydgoszcz", "Amarante", "Hegyvidék", "Nea Propontida");
        String events = page("/projects/{key}/events", key);
        assertThat(events).contains("January 2019", "2020").doesNotContainPattern("(?<!\\d)1 January 20(19|20)");
        assertThat(home).contains("Timeline by period").doesNotContain("Timeline by semester");
        String indicators = page("/projects/{key}/reports/indicators", key);
        assertThat(indicators).contains("Phase 1", "Phase 2").doesNotContain("Semester");
        assertThat(mvc.get().uri("/projects/{key}/reports/indicators.csv", key).exchange()).hasStatusOk().headers()
                .hasValue("Content-Disposition", "attachment; filename=\"" + key + "-indicators-all-periods.csv\"");

        // Phase 1: the first meeting in Cesena had two study visits, the transfer city visit one.
        JsonNode phase1 = json(mvc.get().uri("/api/v1/projects/{key}/semesters/1", key).exchange());
        assertThat(achieved(phase1, "STUDY_VISITS")).isEqualTo(3);

        String news = newsletter(key, "2019-01-01", "2019-12-31");
        assertThat(news).contains("partner cities held").doesNotContain("semester");
    }

    @Test
    void refusesADocumentWithManyIndependentFaultsListingEveryOneInOneAnswer() {
        ObjectNode faulty = fixture("faulty-document.json");
        String key = freshKey("FAULTY");
        ((ObjectNode) faulty.get("project")).put("key", key);

        MvcTestResult refused = importDocument(mvc, faulty);

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        List<String> fields = new ArrayList<>();
        json(refused).get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).contains("partners[3].role", "practices[0].owner", "practices[0].identifiedOn",
                "practices[1].themes", "practices[3].title", "events[0].end", "events[1].host", "events[3].start",
                "events[5].activities[0].type", "events[7].participants", "transfers[0].importer",
                "actionPlans[1].partner", "targets[0].targets.SITE_VISITS", "targets[1].semester");
        assertThat(mvc.get().uri("/api/v1/projects/{key}", key).exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void aTransferNetworkWhoseProjectHasAProblemIsRefusedWithEveryProblemOfTheDocument() {
        ObjectNode document = fixture("urbact-transfer-network.json");
        String key = freshKey("NETWORK");
        ((ObjectNode) document.get("project")).put("key", key).put("website", "not a web address");
        ((ObjectNode) document.get("events").get(0)).put("host", "Vilnius");

        MvcTestResult refused = importDocument(mvc, document);

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        List<String> fields = new ArrayList<>();
        json(refused).get("errors").forEach(e -> fields.add(e.get("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("project.website", "events[0].host");
        assertThat(mvc.get().uri("/api/v1/projects/{key}", key).exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void anEventBetweenTwoPhasesIsShownAsSuchAndCountsInNoPeriod() {
        // Not one of BeePathNet's facts: a meeting added for the test in the gap between its phases.
        ObjectNode document = fixture("urbact-transfer-network.json");
        ((ArrayNode) document.get("events")).add(JSON.readTree("""
                {"type": "PARTNER_MEETING", "title": "Meeting between the phases", "start": "2018-11-06",
                 "end": "2018-11-06", "host": "Cesena", "mode": "VIRTUAL", "status": "HELD"}
                """));
        String key = importedUnderFreshKey(document);

        assertThat(page("/projects/{key}/events/timeline", key)).contains("Between the project’s phases", "Meeting between the phases");
        assertThat(page("/projects/{key}/events/{id}", key, eventId(key, "Meeting between the phases")))
                .contains("Held between two of the project’s phases").doesNotContain("Outside the project’s run");
        JsonNode event = event(key, "Meeting between the phases");
        assertThat(event.get("outsideRun").asBoolean()).isFalse();
        assertThat(event.get("semester").isNull() || event.get("semester").isMissingNode()).isTrue();
    }

    private String importedUnderFreshKey(ObjectNode fixture) {
        String key = freshKey(fixture.get("project").get("key").asString());
        assertThat(importDocument(mvc, withKey(fixture, key))).hasStatus(HttpStatus.CREATED);
        return key;
    }

    /** Export → import under another key → export gives the same document. */
    private void assertRoundTrip(ObjectNode exported) {
        String other = freshKey("COPY");
        assertThat(importDocument(mvc, withKey(exported, other))).hasStatus(HttpStatus.CREATED);
        assertThat(exportOf(mvc, other)).isEqualTo(withKey(exported, other));
    }

    /**
     * What a document states: its empty lists say nothing, and an event without a host is placed in the
     * lead partner's time zone, which the export writes and the fixture, stating only facts, leaves out.
     */
    private static JsonNode facts(ObjectNode document) {
        ObjectNode copy = document.deepCopy();
        for (JsonNode event : copy.get("events")) {
            if (!event.has("host")) {
                ((ObjectNode) event).remove("timeZone");
            }
        }
        return withoutEmptyLists(copy);
    }

    private static JsonNode withoutEmptyLists(JsonNode node) {
        if (node instanceof ObjectNode object) {
            List<String> empty = new ArrayList<>();
            object.properties().forEach(field -> {
                withoutEmptyLists(field.getValue());
                if (field.getValue().isArray() && field.getValue().isEmpty()) {
                    empty.add(field.getKey());
                }
            });
            object.remove(empty);
        } else if (node.isArray()) {
            node.forEach(RealProjectsTests::withoutEmptyLists);
        }
        return node;
    }

    private static ObjectNode withKey(ObjectNode document, String key) {
        ObjectNode copy = document.deepCopy();
        ((ObjectNode) copy.get("project")).put("key", key);
        return copy;
    }

    private JsonNode partner(String key, String shortName) {
        JsonNode partners = json(mvc.get().uri("/api/v1/projects/{key}/partners", key).exchange());
        JsonNode list = partners.has("content") ? partners.get("content") : partners;
        return StreamSupport.stream(list.spliterator(), false)
                .filter(p -> p.get("shortName").asString().equals(shortName)).findFirst().orElseThrow();
    }

    private long eventId(String key, String title) {
        JsonNode events = json(mvc.get().uri("/api/v1/projects/{key}/events?size=100", key).exchange());
        return StreamSupport.stream(events.get("content").spliterator(), false)
                .filter(e -> e.get("title").asString().equals(title)).findFirst().orElseThrow().get("id").asLong();
    }

    private JsonNode event(String key, String title) {
        return json(mvc.get().uri("/api/v1/projects/{key}/events/{id}", key, eventId(key, title)).exchange());
    }

    /** What a period achieved of a measure, as its progress in the period counts it. */
    private static int achieved(JsonNode semester, String measure) {
        return StreamSupport.stream(semester.get("progress").get("inSemester").spliterator(), false)
                .filter(m -> m.get("measure").asString().equals(measure)).findFirst().orElseThrow().get("achieved").asInt();
    }

    private String page(String path, Object... variables) {
        MvcTestResult result = mvc.get().uri(path, variables).with(anonymous()).exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
    }

    private String newsletter(String key, String from, String to) {
        MvcTestResult generated = mvc.post().uri("/api/v1/projects/{key}/newsletters/generate", key)
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"from\": \"" + from + "\", \"to\": \"" + to + "\"}").exchange();
        assertThat(generated).hasStatus(HttpStatus.CREATED);
        return json(generated).get("body").asString();
    }

    private static ObjectNode fixture(String name) {
        try (InputStream in = RealProjectsTests.class.getResourceAsStream("/fixtures/" + name)) {
            return (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
