package eu.practicehub.planning;

import static eu.practicehub.ApiTestProjects.exportOf;
import static eu.practicehub.ApiTestProjects.freshKey;
import static eu.practicehub.ApiTestProjects.importDocument;
import static eu.practicehub.ApiTestProjects.tree;
import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import java.time.LocalDate;
import java.util.EnumMap;
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
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * What is achieved is counted from a known data set: a copy of BETTER with events, practices,
 * transfers and action plans on the first and last day of semester 6 (1 February – 31 July 2022)
 * and on the days just outside it.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProgressCountsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PlanningService planning;

    String key;

    @BeforeAll
    void importTheDataSet() {
        key = freshKey("COUNTS");
        ObjectNode document = exportOf(mvc, ApiTestProjects.BETTER);
        ((ObjectNode) document.get("project")).put("key", key);
        ArrayNode practices = (ArrayNode) document.get("practices");
        for (String[] p : new String[][] {{"Before", "2022-01-31"}, {"First day", "2022-02-01"},
                {"Last day", "2022-07-31"}, {"After", "2022-08-01"}}) {
            practices.add(tree("""
                    {"title": "%s", "owner": "Tartu", "themes": [], "status": "IDENTIFIED", "identifiedOn": "%s"}
                    """.formatted(p[0], p[1])));
        }
        ArrayNode events = (ArrayNode) document.get("events");
        for (String[] e : new String[][] {{"REGIONAL_EVENT", "Regional event before", "2022-01-31", "HELD"},
                {"REGIONAL_EVENT", "Regional event on the first day", "2022-02-01", "HELD"},
                {"REGIONAL_EVENT", "Regional event on the last day", "2022-07-31", "HELD"},
                {"REGIONAL_EVENT", "Regional event after", "2022-08-01", "HELD"},
                {"PEER_REVIEW", "Peer review", "2022-03-15", "HELD"},
                {"STUDY_VISIT", "Planned study visit", "2022-05-10", "PLANNED"},
                {"STUDY_VISIT", "Planned study visit after", "2022-09-10", "PLANNED"},
                {"STUDY_VISIT", "Cancelled study visit", "2022-05-11", "CANCELLED"},
                {"STUDY_VISIT", "Postponed study visit", "2022-05-12", "POSTPONED"}}) {
            events.add(tree("""
                    {"type": "%s", "title": "%s", "start": "%s", "end": "%s", "datePrecision": "DAY",
                     "timeZone": "Europe/Tallinn", "host": "Tartu", "participants": ["Genoa"], "mode": "VIRTUAL",
                     "practices": [], "status": "%s"}
                    """.formatted(e[0], e[1], e[2], e[2], e[3])));
        }
        // Transfers move at instants, counted on the days of the lead partner (Genoa, Europe/Rome):
        // 31 January 23:30 UTC is already 1 February in Genoa, 31 July 22:00 UTC already 1 August.
        tree("""
                [{"practice": "Segnalaci", "importer": "Tartu", "stage": "REUSE",
                  "moves": [{"to": "UNDERSTAND", "at": "2022-01-31T23:30:00Z", "by": "Tartu"},
                            {"from": "UNDERSTAND", "to": "ADAPT", "at": "2022-03-01T10:00:00Z", "by": "Tartu"},
                            {"from": "ADAPT", "to": "REUSE", "at": "2022-07-31T21:59:00Z", "by": "Tartu"}],
                  "workshops": []},
                 {"practice": "Segnalaci", "importer": "Birmingham", "stage": "REUSE",
                  "moves": [{"to": "UNDERSTAND", "at": "2022-01-31T22:59:00Z", "by": "Birmingham"},
                            {"from": "UNDERSTAND", "to": "ADAPT", "at": "2022-03-01T10:00:00Z", "by": "Birmingham"},
                            {"from": "ADAPT", "to": "REUSE", "at": "2022-07-31T22:00:00Z", "by": "Birmingham"}],
                  "workshops": []},
                 {"practice": "Digital Citizen Folder", "importer": "Gävle", "stage": "DROPPED",
                  "droppedReason": "No budget",
                  "moves": [{"to": "UNDERSTAND", "at": "2022-04-01T08:00:00Z", "by": "Gävle"},
                            {"from": "UNDERSTAND", "to": "DROPPED", "at": "2022-05-01T08:00:00Z", "by": "Gävle"}],
                  "workshops": []}]
                """).forEach(((ArrayNode) document.get("transfers"))::add);
        ((ObjectNode) document.get("practices").get(1)).put("status", "ADOPTED");
        ArrayNode plans = (ArrayNode) document.get("actionPlans");
        for (String[] p : new String[][] {{"Genoa", "2022-01-31"}, {"Gävle", "2022-02-01"}, {"Birmingham", "2022-07-31"},
                {"Nyíregyháza", "2022-08-01"}}) {
            plans.add(tree("""
                    {"partner": "%s", "instrumentName": "Regional programme", "instrumentType": "OTHER_REGIONAL_DEVELOPMENT",
                     "status": "ENDORSED", "endorsedBy": "City council", "endorsedOn": "%s",
                     "actions": [{"title": "An action", "status": "PLANNED", "progress": 0}]}
                    """.formatted(p[0], p[1])));
        }
        document.set("targets", tree("""
                [{"targets": {"REGIONAL_EVENTS": 5, "TRANSFERS_COMPLETED": 1}},
                 {"semester": 6, "targets": {"REGIONAL_EVENTS": 1, "PRACTICES_IDENTIFIED": 3, "STUDY_VISITS": 0}}]
                """));
        var imported = importDocument(mvc, document);
        assertThat(imported.getResponse().getStatus())
                .as(new String(imported.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8))
                .isEqualTo(HttpStatus.CREATED.value());
    }

    @Test
    void countsEveryMeasureOnTheFirstAndLastDayOfTheSemesterButNotTheDaysAround() {
        SemesterProgress sixth = planning.semesterProgress(key, 6);

        assertThat(sixth.semester().start()).isEqualTo(LocalDate.of(2022, 2, 1));
        assertThat(sixth.semester().end()).isEqualTo(LocalDate.of(2022, 7, 31));
        Map<Measure, MeasureProgress> in = byMeasure(sixth.inSemester());
        assertThat(in.get(Measure.REGIONAL_EVENTS)).isEqualTo(new MeasureProgress(Measure.REGIONAL_EVENTS, 1, 2, 0));
        assertThat(in.get(Measure.PEER_REVIEWS)).isEqualTo(new MeasureProgress(Measure.PEER_REVIEWS, null, 1, 0));
        assertThat(in.get(Measure.STUDY_VISITS)).isEqualTo(new MeasureProgress(Measure.STUDY_VISITS, 0, 0, 1));
        assertThat(in.get(Measure.PRACTICES_IDENTIFIED)).isEqualTo(new MeasureProgress(Measure.PRACTICES_IDENTIFIED, 3, 2, 0));
        assertThat(in.get(Measure.TRANSFERS_STARTED).achieved()).isEqualTo(2);
        assertThat(in.get(Measure.TRANSFERS_COMPLETED).achieved()).isEqualTo(1);
        assertThat(in.get(Measure.ACTION_PLANS_ENDORSED).achieved()).isEqualTo(2);
        assertThat(in.get(Measure.THEMATIC_EVENTS).achieved()).isZero();
        assertThat(in.get(Measure.IMPORT_WORKSHOPS).achieved()).isZero();
        assertThat(in.get(Measure.STEERING_COMMITTEES).achieved()).isZero();
        assertThat(in.get(Measure.STAFF_EXCHANGES).achieved()).isZero();
        assertThat(in.get(Measure.REGIONAL_EVENTS).remaining()).isZero();
        assertThat(in.get(Measure.PRACTICES_IDENTIFIED).remaining()).isEqualTo(1);
        assertThat(in.get(Measure.PEER_REVIEWS).remaining()).isZero();
    }

    @Test
    void countsTheDaysAroundTheSemesterInTheSemestersAround() {
        Map<Measure, MeasureProgress> fifth = byMeasure(planning.semesterProgress(key, 5).inSemester());
        Map<Measure, MeasureProgress> seventh = byMeasure(planning.semesterProgress(key, 7).inSemester());

        assertThat(fifth.get(Measure.REGIONAL_EVENTS).achieved()).isEqualTo(1);
        assertThat(fifth.get(Measure.PRACTICES_IDENTIFIED).achieved()).isEqualTo(4 + 1);
        assertThat(fifth.get(Measure.ACTION_PLANS_ENDORSED).achieved()).isEqualTo(1);
        assertThat(fifth.get(Measure.TRANSFERS_STARTED).achieved()).isEqualTo(1 + 1);
        assertThat(seventh.get(Measure.REGIONAL_EVENTS).achieved()).isEqualTo(1);
        assertThat(seventh.get(Measure.PRACTICES_IDENTIFIED).achieved()).isEqualTo(1);
        assertThat(seventh.get(Measure.ACTION_PLANS_ENDORSED).achieved()).isEqualTo(1);
        assertThat(seventh.get(Measure.TRANSFERS_COMPLETED).achieved()).isEqualTo(1);
        assertThat(seventh.get(Measure.STUDY_VISITS).planned()).isEqualTo(1);
    }

    @Test
    void setsThePlanAgainstEverythingAchievedUpToTheSemesterEndAndEverythingStillPlanned() {
        Map<Measure, MeasureProgress> soFar = byMeasure(planning.semesterProgress(key, 6).projectSoFar());

        assertThat(soFar.get(Measure.REGIONAL_EVENTS)).isEqualTo(new MeasureProgress(Measure.REGIONAL_EVENTS, 5, 3, 0));
        assertThat(soFar.get(Measure.REGIONAL_EVENTS).remaining()).isEqualTo(2);
        assertThat(soFar.get(Measure.STUDY_VISITS)).isEqualTo(new MeasureProgress(Measure.STUDY_VISITS, null, 3, 2));
        assertThat(soFar.get(Measure.TRANSFERS_COMPLETED)).isEqualTo(new MeasureProgress(Measure.TRANSFERS_COMPLETED, 1, 1, 0));
        assertThat(soFar.get(Measure.TRANSFERS_STARTED).achieved()).isEqualTo(1 + 3);
        assertThat(soFar.get(Measure.PRACTICES_IDENTIFIED).achieved()).isEqualTo(9 + 3);
        assertThat(soFar.get(Measure.ACTION_PLANS_ENDORSED).achieved()).isEqualTo(3);
    }

    @Test
    void countsTheWholeProjectUpToTheDayAskedForIncluded() {
        Map<Measure, MeasureProgress> lastDay = byMeasure(planning.projectProgress(key, LocalDate.of(2022, 7, 31)).measures());
        Map<Measure, MeasureProgress> dayAfter = byMeasure(planning.projectProgress(key, LocalDate.of(2022, 8, 1)).measures());

        assertThat(lastDay.get(Measure.REGIONAL_EVENTS).achieved()).isEqualTo(3);
        assertThat(dayAfter.get(Measure.REGIONAL_EVENTS).achieved()).isEqualTo(4);
        assertThat(dayAfter.get(Measure.REGIONAL_EVENTS).remaining()).isEqualTo(1);
        assertThat(dayAfter.get(Measure.TRANSFERS_COMPLETED).achieved()).isEqualTo(2);
        assertThat(dayAfter.get(Measure.TRANSFERS_COMPLETED).remaining()).isZero();
    }

    @Test
    void carriesTheTargetsAndTheDaysPracticesWereIdentifiedInTheProjectDocument() {
        ObjectNode exported = exportOf(mvc, key);

        assertThat(exported.get("targets")).isEqualTo(tree("""
                [{"targets": {"REGIONAL_EVENTS": 5, "TRANSFERS_COMPLETED": 1}},
                 {"semester": 6, "targets": {"STUDY_VISITS": 0, "REGIONAL_EVENTS": 1, "PRACTICES_IDENTIFIED": 3}}]
                """));
        assertThat(exported.at("/practices/0/identifiedOn").asString()).isEqualTo("2021-07-17");
        String copy = freshKey("COUNTS-COPY");
        ((ObjectNode) exported.get("project")).put("key", copy);
        assertThat(importDocument(mvc, exported)).hasStatus(HttpStatus.CREATED);
        ObjectNode reexported = exportOf(mvc, copy);
        ((ObjectNode) reexported.get("project")).put("key", key);
        ((ObjectNode) exported.get("project")).put("key", key);
        assertThat(reexported).isEqualTo(exported);
    }

    private static Map<Measure, MeasureProgress> byMeasure(List<MeasureProgress> progress) {
        assertThat(progress).extracting(MeasureProgress::measure).containsExactly(Measure.values());
        Map<Measure, MeasureProgress> map = new EnumMap<>(Measure.class);
        progress.forEach(p -> map.put(p.measure(), p));
        return map;
    }
}
