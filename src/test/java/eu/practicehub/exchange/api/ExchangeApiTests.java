package eu.practicehub.exchange.api;

import static eu.practicehub.ApiTestProjects.exportOf;
import static eu.practicehub.ApiTestProjects.freshKey;
import static eu.practicehub.ApiTestProjects.importDocument;
import static eu.practicehub.ApiTestProjects.json;
import static eu.practicehub.ApiTestProjects.tree;
import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import java.util.List;
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
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class ExchangeApiTests {

    @Autowired
    MockMvcTester mvc;

    @Test
    void exportsAProjectThatImportsUnderAnotherKeyAndExportsToTheSameDocument() {
        ObjectNode original = exportOf(mvc, "BETTER");
        String key = freshKey("ROUNDTRIP");
        ObjectNode copy = original.deepCopy();
        project(copy).put("key", key);
        ((ArrayNode) copy.get("challenges")).add(tree("""
                {"partner": "Tartu", "title": "Citizens cannot report street problems",
                 "description": "Potholes and broken lights are reported by phone only.",
                 "themes": ["Digital services to citizens"]}
                """));

        MvcTestResult imported = importDocument(mvc, copy);

        assertThat(imported).hasStatus(HttpStatus.CREATED).hasHeader("Location", "https://practicehub.example/api/v1/projects/" + key)
                .bodyJson().isLenientlyEqualTo("""
                        {"key": "%s", "created": true}
                        """.formatted(key));
        ObjectNode reexported = exportOf(mvc, key);
        assertThat(project(reexported).get("key").asString()).isEqualTo(key);
        assertThat(reexported).isEqualTo(copy);
        JsonNode challenges = json(mvc.get().uri("/api/v1/projects/{key}/challenges", key).exchange());
        assertThat(challenges.toString()).contains("Citizens cannot report street problems", "Tartu");

        // Imported again unchanged, the challenge is matched by partner and title, not duplicated.
        assertThat(importDocument(mvc, copy)).hasStatusOk();
        assertThat(exportOf(mvc, key)).isEqualTo(copy);

        // A document that no longer lists the challenge removes it.
        ObjectNode without = copy.deepCopy();
        ((ArrayNode) without.get("challenges")).removeAll();
        assertThat(importDocument(mvc, without)).hasStatusOk();
        assertThat(exportOf(mvc, key)).isEqualTo(without);
    }

    @Test
    void refusesMalformedChallengesListingEveryProblemAndChangesNothing() {
        String key = ApiTestProjects.copyOfBetter(mvc, "BADCHALLENGE");
        ObjectNode valid = exportOf(mvc, key);
        ((ArrayNode) valid.get("challenges")).removeAll().add(tree("""
                {"partner": "Genoa", "title": "Flood warnings", "themes": ["Security and resilience"]}
                """));
        assertThat(importDocument(mvc, valid)).hasStatusOk();
        ObjectNode before = exportOf(mvc, key);
        ObjectNode document = before.deepCopy();
        ((ObjectNode) document.at("/challenges/0")).put("description", "Changed");
        ((ArrayNode) document.get("challenges")).add(tree("""
                {"partner": "Oslo", "title": "Snow clearing", "themes": ["Digital services to citizens"]}
                """)).add(tree("""
                {"partner": "Tartu", "title": "Open data", "themes": ["Space travel"]}
                """)).add(tree("""
                {"partner": "Gävle", "themes": []}
                """)).add(tree("""
                {"partner": "Genoa", "title": "Flood warnings", "themes": []}
                """));
        project(document).put("name", "Renamed");

        MvcTestResult rejected = importDocument(mvc, document);

        assertThat(rejected).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fieldsAndCodes(json(rejected))).containsExactlyInAnyOrder(
                "challenges[1].partner import.partner.undefined",
                "challenges[2].themes import.theme.undefined",
                "challenges[3].title validation.required",
                "challenges[4].title import.challenge.duplicate");
        assertThat(exportOf(mvc, key)).isEqualTo(before);
    }

    @Test
    void keepsADroppedTransferAndItsRestartOfTheSamePracticeToTheSameImporter() {
        String key = freshKey("RESTART");
        ObjectNode input = exportOf(mvc, "BETTER");
        project(input).put("key", key);
        ((ObjectNode) input.get("practices").get(1)).put("status", "IN_TRANSFER");
        String practice = input.get("practices").get(1).get("title").asString();
        input.set("transfers", tree("""
                [{"practice": "%1$s", "importer": "Tartu", "stage": "DROPPED", "droppedReason": "No budget this year",
                  "moves": [{"to": "UNDERSTAND", "at": "2021-03-01T08:00:00Z", "by": "Kaja Tamm, Tartu"},
                            {"from": "UNDERSTAND", "to": "DROPPED", "at": "2021-05-01T08:00:00Z", "by": "Kaja Tamm, Tartu"}],
                  "workshops": []},
                 {"practice": "%1$s", "importer": "Tartu", "stage": "ADAPT",
                  "moves": [{"to": "UNDERSTAND", "at": "2021-09-01T08:00:00Z", "by": "Kaja Tamm, Tartu"},
                            {"from": "UNDERSTAND", "to": "ADAPT", "at": "2021-12-01T10:30:15Z", "by": "Kaja Tamm, Tartu"}],
                  "workshops": []}]
                """.formatted(practice)));
        input.set("actionPlans", tree("""
                [{"partner": "Tartu", "status": "DRAFT",
                  "actions": [{"title": "Street reports", "status": "PLANNED", "progress": 0,
                    "background": [{"kind": "TRANSFER", "practice": "%s", "importer": "Tartu",
                                    "startedAt": "2021-09-01T08:00:00Z"}],
                    "indicators": [], "updates": []}]}]
                """.formatted(practice)));

        assertThat(importDocument(mvc, input)).hasStatus(HttpStatus.CREATED);

        ObjectNode original = exportOf(mvc, key);
        assertThat(original.get("transfers")).isEqualTo(input.get("transfers"));
        assertThat(original.at("/actionPlans/0/actions/0/background")).isEqualTo(input.at("/actionPlans/0/actions/0/background"));
        assertThat(mvc.get().uri("/api/v1/projects/{key}/transfers", key)).bodyJson()
                .extractingPath("$.page.totalElements").isEqualTo(2);

        // The copy under another key exports to the same document; importing the original again changes nothing.
        String copyKey = freshKey("RESTART-COPY");
        ObjectNode copy = original.deepCopy();
        project(copy).put("key", copyKey);
        assertThat(importDocument(mvc, copy)).hasStatus(HttpStatus.CREATED);
        ObjectNode reexported = exportOf(mvc, copyKey);
        project(reexported).put("key", key);
        assertThat(reexported).isEqualTo(original);
        assertThat(importDocument(mvc, original)).hasStatusOk();
        assertThat(exportOf(mvc, key)).isEqualTo(original);

        // A link that leaves out when the transfer started cannot tell the two apart.
        ObjectNode ambiguous = original.deepCopy();
        ((ObjectNode) ambiguous.at("/actionPlans/0/actions/0/background/0")).remove("startedAt");
        MvcTestResult rejected = importDocument(mvc, ambiguous);
        assertThat(rejected).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(fieldsAndCodes(json(rejected))).containsExactly(
                "actionPlans[0].actions[0].background[0].startedAt import.transfer.ambiguous");
        assertThat(exportOf(mvc, key)).isEqualTo(original);
    }

    @Test
    void exportsTransfersAndActionPlansThatImportUnderAnotherKeyAndExportToTheSameDocument() {
        String key = freshKey("RICH");
        ObjectNode input = withTransfersAndActionPlans(exportOf(mvc, "BETTER"), key);
        assertThat(importDocument(mvc, input)).hasStatus(HttpStatus.CREATED);
        ObjectNode original = exportOf(mvc, key);
        assertThat(original.get("transfers")).isEqualTo(input.get("transfers"));
        assertThat(original.at("/actionPlans/0/actions/0/background")).isEqualTo(input.at("/actionPlans/0/actions/0/background"));
        assertThat(original.at("/actionPlans/0/actions/0/indicators/0/values/7").asDouble()).isEqualTo(120.0);
        assertThat(original.at("/actionPlans/0/actions/0/updates/0/done").asString()).isEqualTo("App launched");
        assertThat(original.at("/actionPlans/0/status").asString()).isEqualTo("IN_MONITORING");

        String copyKey = freshKey("RICH-COPY");
        ObjectNode copy = original.deepCopy();
        project(copy).put("key", copyKey);
        assertThat(importDocument(mvc, copy)).hasStatus(HttpStatus.CREATED);

        ObjectNode reexported = exportOf(mvc, copyKey);
        project(reexported).put("key", key);
        assertThat(reexported).isEqualTo(original);
        assertThat(importDocument(mvc, original)).hasStatusOk();
        assertThat(exportOf(mvc, key)).isEqualTo(original);
    }

    @Test
    void removesPracticesWithTransfersWhenTheDocumentDropsBoth() {
        String key = ApiTestProjects.copyOfBetter(mvc, "DROPBOTH");
        ObjectNode plain = exportOf(mvc, key);
        ObjectNode document = plain.deepCopy();
        ((ArrayNode) document.get("practices")).addObject().put("title", "Coding clubs").put("owner", "Tartu")
                .put("status", "IN_TRANSFER").putArray("themes");
        ((ArrayNode) document.get("transfers")).add(tree("""
                {"practice": "Coding clubs", "importer": "Genoa", "stage": "UNDERSTAND",
                 "moves": [{"to": "UNDERSTAND", "at": "2021-11-02T09:00:00Z", "by": "Anna Rossi, Genoa"}]}
                """));
        ((ArrayNode) document.get("actionPlans")).add(tree("""
                {"partner": "Genoa", "status": "DRAFT", "actions": [{"title": "Coding clubs in Genoa", "status": "PLANNED",
                 "progress": 0, "background": [{"kind": "TRANSFER", "practice": "Coding clubs", "importer": "Genoa"}]}]}
                """));
        assertThat(importDocument(mvc, document)).hasStatusOk();
        assertThat(exportOf(mvc, key).get("transfers")).hasSize(2);

        assertThat(importDocument(mvc, plain)).hasStatusOk();

        assertThat(exportOf(mvc, key)).isEqualTo(plain);
    }

    @Test
    void refusesMalformedTransfersAndActionPlansListingEveryProblemAndChangesNothing() {
        String key = freshKey("BADSECTIONS");
        assertThat(importDocument(mvc, withTransfersAndActionPlans(exportOf(mvc, "BETTER"), key))).hasStatus(HttpStatus.CREATED);
        ObjectNode before = exportOf(mvc, key);
        ObjectNode document = before.deepCopy();
        ((ObjectNode) document.at("/transfers/0")).put("stage", "MOVING");
        ((ObjectNode) document.at("/transfers/0/moves/1")).put("at", "yesterday");
        ((ObjectNode) document.at("/transfers/1")).put("importer", "Oslo");
        ((ObjectNode) document.at("/transfers/0/assessment")).put("legalFit", 9);
        ((ObjectNode) document.at("/actionPlans/0")).put("status", "ADOPTED");
        ((ObjectNode) document.at("/actionPlans/0/actions/0")).put("startDate", "2022-13-01").put("progress", 140);
        ((ObjectNode) document.at("/actionPlans/0/actions/0/background/2")).put("importer", "Birmingham");
        ((ObjectNode) document.at("/actionPlans/0/actions/0/updates/0")).put("semester", 42);
        project(document).put("name", "Renamed");

        MvcTestResult rejected = importDocument(mvc, document);

        assertThat(rejected).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fieldsAndCodes(json(rejected))).containsExactlyInAnyOrder(
                "transfers[0].stage import.constant.unknown",
                "transfers[0].moves[1].at import.instant.format",
                "transfers[1].importer import.partner.undefined",
                "actionPlans[0].status import.constant.unknown",
                "actionPlans[0].actions[0].startDate import.date.format",
                "actionPlans[0].actions[0].background[2].importer import.transfer.undefined",
                "transfers[0].assessment.legalFit transfer.assessment.fit.range",
                "actionPlans[0].actions[0].progress action.progress.range",
                "actionPlans[0].actions[0].updates[0].semester actionPlan.update.semesterRange");
        assertThat(exportOf(mvc, key)).isEqualTo(before);
    }

    /**
     * The document with an import workshop, two transfers (one at ADAPT with its assessment and
     * workshop, one dropped) and Tartu's action plan in monitoring, under the given key.
     */
    private static ObjectNode withTransfersAndActionPlans(ObjectNode document, String key) {
        project(document).put("key", key);
        ((ObjectNode) document.get("practices").get(1)).put("status", "IN_TRANSFER");
        ((ArrayNode) document.get("events")).add(tree("""
                {"type": "IMPORT_WORKSHOP", "title": "Import workshop on Segnalaci", "start": "2021-11-20", "end": "2021-11-20",
                 "datePrecision": "DAY", "timeZone": "Europe/Tallinn", "host": "Tartu", "participants": ["Genoa"],
                 "mode": "VIRTUAL", "practices": ["Segnalaci"], "status": "HELD"}
                """));
        document.set("transfers", tree("""
                [{"practice": "Segnalaci", "importer": "Tartu", "stage": "ADAPT",
                  "moves": [{"to": "UNDERSTAND", "at": "2021-09-01T08:00:00Z", "by": "Kaja Tamm, Tartu"},
                            {"from": "UNDERSTAND", "to": "ADAPT", "at": "2021-12-01T10:30:15Z", "by": "Kaja Tamm, Tartu"}],
                  "assessment": {"legalFit": 4, "legalNotes": "Fits the Estonian rules", "organisationalFit": 3,
                                 "technicalFit": 5, "financialFit": 2, "kept": "The reporting app",
                                 "adapted": "Estonian language", "verdict": "Transferable"},
                  "workshops": [{"title": "Import workshop on Segnalaci", "start": "2021-11-20"}]},
                 {"practice": "Digital Citizen Folder", "importer": "Birmingham", "stage": "DROPPED",
                  "droppedReason": "No budget this year",
                  "moves": [{"to": "UNDERSTAND", "at": "2021-08-01T12:00:00Z", "by": "Sam Hill, Birmingham"},
                            {"from": "UNDERSTAND", "to": "DROPPED", "at": "2021-10-01T12:00:00Z", "by": "Sam Hill, Birmingham"}],
                  "workshops": []}]
                """));
        document.set("actionPlans", tree("""
                [{"partner": "Tartu", "otherOrganisations": "Tartu County", "contactName": "Kaja Tamm",
                  "contactEmail": "kaja@example.org", "instrumentName": "Tartu smart city programme",
                  "instrumentType": "OTHER_REGIONAL_DEVELOPMENT", "instrumentImprovement": "Citizens report problems",
                  "status": "IN_MONITORING", "endorsedBy": "Tartu City Council", "endorsedOn": "2022-06-30",
                  "actions": [{"title": "Street reports", "backgroundText": "Learnt at the import workshop",
                    "background": [{"kind": "PRACTICE", "practice": "Segnalaci"},
                                   {"kind": "EVENT", "event": "Import workshop on Segnalaci", "start": "2021-11-20"},
                                   {"kind": "TRANSFER", "practice": "Segnalaci", "importer": "Tartu",
                                    "startedAt": "2021-09-01T08:00:00Z"}],
                    "description": "An app to report problems", "players": "City IT office",
                    "startDate": "2022-09-01", "endDate": "2023-06-30", "costAmount": 25000.5, "costCurrency": "EUR",
                    "fundingSources": "ERDF", "status": "IN_PROGRESS", "progress": 40,
                    "indicators": [{"name": "Reports", "unit": "per month", "baseline": 0, "target": 500, "values": {"7": 120}}],
                    "updates": [{"semester": 7, "date": "2023-01-31", "done": "App launched", "evidence": "Press release"}]},
                   {"title": "Open data", "status": "ABANDONED", "abandonReason": "Merged into street reports", "progress": 0}]}]
                """));
        return document;
    }

    @Test
    void exportsTheWholeBetterProject() {
        ObjectNode document = exportOf(mvc, "BETTER");
        assertThat(document.get("formatVersion").asInt()).isEqualTo(1);
        assertThat(document.get("partners")).hasSize(5);
        assertThat(document.get("themes")).hasSize(3);
        assertThat(document.get("practices")).hasSize(9);
        assertThat(document.get("events").valueStream().map(e -> e.get("type").asString()))
                .containsExactly("STEERING_COMMITTEE", "THEMATIC_EVENT", "THEMATIC_EVENT", "STUDY_VISIT", "STUDY_VISIT", "STUDY_VISIT",
                        "IMPORT_WORKSHOP");
        assertThat(document.get("transfers")).hasSize(1);
        assertThat(document.get("actionPlans")).hasSize(1);
    }

    @Test
    void updatesAnExistingProjectByKeyRemovingWhatTheDocumentNoLongerLists() {
        String key = ApiTestProjects.copyOfBetter(mvc, "UPDATE");
        ObjectNode document = exportOf(mvc, key);
        ((ObjectNode) document.get("practices").get(1)).put("summary", "Citizens report problems in public spaces.");
        ArrayNode events = (ArrayNode) document.get("events");
        events.remove(0);
        ((ArrayNode) document.get("themes")).add("Education");
        ((ArrayNode) document.get("practices")).addObject().put("title", "Coding clubs").put("owner", "Tartu")
                .put("status", "IDENTIFIED").put("identifiedOn", "2022-03-01").putArray("themes").add("Education");

        MvcTestResult updated = importDocument(mvc, document);

        assertThat(updated).hasStatus(HttpStatus.OK).doesNotContainHeader("Location").bodyJson().isLenientlyEqualTo("""
                {"key": "%s", "created": false}
                """.formatted(key));
        assertThat(exportOf(mvc, key)).isEqualTo(document);
        assertThat(mvc.get().uri("/api/v1/projects/{key}/practices", key).param("theme", "Education")).bodyJson()
                .extractingPath("$.content[0].title").isEqualTo("Coding clubs");
    }

    @Test
    void rejectsAnInconsistentDocumentListingEveryProblemAndChangesNothing() {
        String key = ApiTestProjects.copyOfBetter(mvc, "BROKEN");
        ObjectNode before = exportOf(mvc, key);
        ObjectNode document = before.deepCopy();
        ((ObjectNode) document.get("practices").get(0)).put("owner", "Rome").put("summary", "Changed");
        ((ObjectNode) document.get("practices").get(2)).put("title", "Segnalaci");
        ((ObjectNode) document.get("events").get(0)).put("start", "2019-09-31");
        ((ObjectNode) document.get("events").get(1)).put("mode", "ONLINE");
        ((ObjectNode) document.get("events").get(2)).put("host", "Oslo");
        project(document).put("name", "Renamed");

        MvcTestResult rejected = importDocument(mvc, document);

        assertThat(rejected).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fieldsAndCodes(json(rejected))).containsExactlyInAnyOrder(
                "practices[0].owner import.partner.undefined",
                "practices[2].title import.practice.duplicate",
                "events[0].start import.moment.format",
                "events[1].mode import.constant.unknown",
                "events[2].host import.partner.undefined",
                "events[3].practices import.practice.undefined");
        assertThat(json(rejected).get("errors").valueStream().map(e -> e.get("message").asString()))
                .contains("“ONLINE” is not one of IN_PERSON, VIRTUAL, HYBRID",
                        "the partner “Rome” is not among the document’s partners");
        assertThat(exportOf(mvc, key)).isEqualTo(before);
    }

    @Test
    void listsEveryProblemOfEverySectionInOneAnswerAndWritesNothing() {
        String key = ApiTestProjects.copyOfBetter(mvc, "MANYFAULTS");
        ObjectNode before = exportOf(mvc, key);
        ObjectNode document = before.deepCopy();
        project(document).put("website", "not a web address");
        ((ObjectNode) document.at("/partners/1")).put("country", "XX");
        ((ObjectNode) document.at("/partners/2")).put("contactEmail", "nobody");
        ((ObjectNode) document.at("/practices/0")).put("owner", "Rome");
        ((ObjectNode) document.at("/practices/1")).put("website", "not a web address");
        ((ObjectNode) document.at("/events/1")).put("end", "2019-09-30");
        ((ArrayNode) document.at("/events/2/participants")).add("Birmingham");
        ((ObjectNode) document.at("/events/3")).put("host", "Oslo");
        ((ObjectNode) document.at("/transfers/0/assessment")).put("legalFit", 9);
        ((ObjectNode) document.at("/actionPlans/0")).put("contactEmail", "nobody");
        ((ObjectNode) document.at("/actionPlans/0/actions/0")).put("startDate", "2023-01-01").put("endDate", "2022-01-01");
        ((ObjectNode) document.at("/targets/1/targets")).put("STUDY_VISITS", -1);

        MvcTestResult rejected = importDocument(mvc, document);

        assertThat(rejected).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fieldsAndCodes(json(rejected))).containsExactlyInAnyOrder(
                "project.website validation.webAddress",
                "partners[1].country partner.country.unknown",
                "partners[2].contactEmail validation.email",
                "practices[0].owner import.partner.undefined",
                "practices[1].website validation.webAddress",
                "events[1].end event.end.beforeStart",
                "events[2].participants event.host.amongParticipants",
                "events[3].host import.partner.undefined",
                "transfers[0].assessment.legalFit transfer.assessment.fit.range",
                "actionPlans[0].contactEmail validation.email",
                "actionPlans[0].actions[0].endDate action.end.beforeStart",
                "targets[1].targets.STUDY_VISITS targets.target.negative");
        assertThat(exportOf(mvc, key)).isEqualTo(before);
    }

    @Test
    void checksTheSectionsOfADocumentWithoutAProjectAndCreatesNothing() {
        ObjectNode document = exportOf(mvc, "BETTER");
        document.remove("project");
        ((ObjectNode) document.at("/practices/0")).put("owner", "Rome");
        ((ObjectNode) document.at("/events/5")).put("end", "2021-10-26");
        long projectsBefore = json(mvc.get().uri("/api/v1/projects").exchange()).at("/page/totalElements").asLong();

        MvcTestResult rejected = importDocument(mvc, document);

        assertThat(rejected).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(fieldsAndCodes(json(rejected))).containsExactlyInAnyOrder(
                "project validation.required",
                "practices[0].owner import.partner.undefined",
                "events[5].end event.end.beforeStart");
        assertThat(json(mvc.get().uri("/api/v1/projects").exchange()).at("/page/totalElements").asLong()).isEqualTo(projectsBefore);
    }

    @Test
    void refusesADocumentOfAnotherFormatVersionWithoutCheckingItAsThisOne() {
        ObjectNode document = exportOf(mvc, "BETTER");
        document.put("formatVersion", 2);
        project(document).put("key", freshKey("FORMAT")).remove("name");

        MvcTestResult rejected = importDocument(mvc, document);

        assertThat(rejected).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(fieldsAndCodes(json(rejected))).containsExactly("formatVersion import.formatVersion.unsupported");
    }

    @Test
    void listsValuesOfTheWrongKindWithTheOtherProblemsInOneAnswer() {
        String key = ApiTestProjects.copyOfBetter(mvc, "WRONGKINDS");
        ObjectNode before = exportOf(mvc, key);
        ObjectNode document = before.deepCopy();
        project(document).put("semesterMonths", "six");
        ((ObjectNode) document.at("/partners/1")).put("role", 7);
        ((ObjectNode) document.at("/practices/2")).put("publicVisible", "yes");
        ((ObjectNode) document.at("/practices/3")).put("themes", "Security and resilience");
        ((ArrayNode) document.at("/events/0/participants")).set(1, 5);
        ((ObjectNode) document.at("/events/2")).put("host", "Oslo");
        ((ObjectNode) document.at("/events/4")).put("title", "Study visit\u0007");
        ((ObjectNode) document.at("/actionPlans/0/actions/0")).put("progress", "half");

        MvcTestResult rejected = importDocument(mvc, document);

        assertThat(rejected).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(fieldsAndCodes(json(rejected))).containsExactlyInAnyOrder(
                "project.semesterMonths import.value.wholeNumber",
                "partners[1].role import.value.text",
                "practices[2].publicVisible import.value.boolean",
                "practices[3].themes import.value.list",
                "events[0].participants[1] import.value.text",
                "events[2].host import.partner.undefined",
                "events[4].title validation.controlCharacter",
                "actionPlans[0].actions[0].progress import.value.wholeNumber");
        assertThat(exportOf(mvc, key)).isEqualTo(before);
    }

    @Test
    void checksEverySectionOfANewProjectWhoseProjectAndPartnersAreBrokenAndCreatesNothing() {
        ObjectNode document = exportOf(mvc, "BETTER");
        String key = freshKey("NEWFAULTS");
        project(document).put("key", key).remove("name");
        ((ObjectNode) document.at("/partners/4")).put("timeZone", "Mars/Olympus");
        ((ObjectNode) document.at("/practices/5")).put("website", "not a web address");
        ((ObjectNode) document.at("/events/4")).put("end", "2021-09-12");
        ((ObjectNode) document.at("/actionPlans/0/actions/0")).put("progress", 140);

        MvcTestResult rejected = importDocument(mvc, document);

        assertThat(rejected).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(fieldsAndCodes(json(rejected))).containsExactlyInAnyOrder(
                "project.name validation.required",
                "partners[4].timeZone validation.timeZone",
                "practices[5].website validation.webAddress",
                "events[4].end event.end.beforeStart",
                "actionPlans[0].actions[0].progress action.progress.range");
        assertThat(mvc.get().uri("/api/v1/projects/{key}", key)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void importingAnUnchangedDocumentLeavesEveryVersionAsItWas() {
        String key = ApiTestProjects.copyOfBetter(mvc, "UNCHANGED");
        List<String> before = versions(key);

        assertThat(importDocument(mvc, exportOf(mvc, key))).hasStatusOk();

        assertThat(versions(key)).isEqualTo(before).isNotEmpty();
    }

    /** Each event's and practice's id and version, read one by one. */
    private List<String> versions(String key) {
        List<String> versions = new java.util.ArrayList<>();
        for (String kind : List.of("events", "practices")) {
            json(mvc.get().uri("/api/v1/projects/{key}/{kind}?size=100", key, kind).exchange()).get("content")
                    .forEach(item -> {
                        JsonNode one = json(mvc.get().uri("/api/v1/projects/{key}/{kind}/{id}", key, kind,
                                item.get("id").asLong()).exchange());
                        versions.add(kind + one.get("id").asLong() + "@" + one.get("version").asLong());
                    });
        }
        return versions;
    }

    @Test
    void rollsBackEverythingWhenAProblemIsFoundOnlyWhileWriting() {
        String key = ApiTestProjects.copyOfBetter(mvc, "ROLLBACK");
        ObjectNode before = exportOf(mvc, key);
        ObjectNode document = before.deepCopy();
        project(document).put("name", "Renamed before the problems");
        ((ObjectNode) document.get("practices").get(0)).put("website", "not a web address");
        ObjectNode lastEvent = (ObjectNode) document.get("events").get(5);
        lastEvent.put("start", "2021-10-28").put("end", "2021-10-27");

        MvcTestResult rejected = importDocument(mvc, document);

        assertThat(rejected).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(fieldsAndCodes(json(rejected))).containsExactlyInAnyOrder(
                "practices[0].website validation.webAddress",
                "events[5].end event.end.beforeStart");
        assertThat(exportOf(mvc, key)).isEqualTo(before);
    }

    @Test
    void createsNothingFromABrokenDocumentForANewKey() {
        ObjectNode document = exportOf(mvc, "BETTER");
        String key = freshKey("NEVER");
        project(document).put("key", key).put("startDate", "August 2019");
        ((ObjectNode) document.get("partners").get(1)).put("role", "LEAD");

        MvcTestResult rejected = importDocument(mvc, document);

        assertThat(rejected).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(fieldsAndCodes(json(rejected))).containsExactlyInAnyOrder(
                "project.startDate import.date.format",
                "project.startDate validation.required",
                "partners partner.lead.exactlyOne");
        assertThat(mvc.get().uri("/api/v1/projects/{key}", key)).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void answersAnImportThatIsNotJsonOrNotADocumentWithABadRequestProblem() {
        assertThat(mvc.post().uri("/api/v1/projects/import").contentType(MediaType.APPLICATION_JSON).content("{\"project\": {\"key\": }}"))
                .hasStatus(HttpStatus.BAD_REQUEST).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyJson().extractingPath("$.detail").asString().startsWith("The request body is not valid JSON");
        assertThat(mvc.post().uri("/api/v1/projects/import").contentType(MediaType.APPLICATION_JSON).content("{\"project\": []}"))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.detail")
                .isEqualTo("Wrong kind of value for project: expected an object.");
    }

    @Test
    void answersTheExportOfAnUnknownProjectWithANotFoundProblem() {
        assertThat(mvc.get().uri("/api/v1/projects/NO-SUCH-PROJECT/export")).hasStatus(HttpStatus.NOT_FOUND)
                .hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static ObjectNode project(JsonNode document) {
        return (ObjectNode) document.get("project");
    }

    private static List<String> fieldsAndCodes(JsonNode problem) {
        return problem.get("errors").valueStream().map(e -> e.get("field").asString() + " " + e.get("code").asString()).toList();
    }
}
