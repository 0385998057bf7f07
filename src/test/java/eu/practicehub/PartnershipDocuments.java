package eu.practicehub;

import static org.assertj.core.api.Assertions.assertThat;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Two small projects that are not shaped like BETTER, as project documents: one with an advisory
 * partner and an associated policy authority whose end falls mid-semester and whose kick-off was held
 * three weeks before its start; one URBACT-style transfer network with phases and no semesters.
 */
public final class PartnershipDocuments {

    private PartnershipDocuments() {
    }

    /** Imports the project with an advisory partner under a fresh key and returns the key. */
    public static String importAdvisory(MockMvcTester mvc) {
        return importNew(mvc, "ADVISORY", ADVISORY);
    }

    /** Imports the transfer network under a fresh key and returns the key. */
    public static String importTransferNetwork(MockMvcTester mvc) {
        return importNew(mvc, "NETWORK", NETWORK);
    }

    /** The project with an advisory partner, as a document under {@code key}. */
    public static String advisory(String key) {
        return ADVISORY.replace("$KEY", key);
    }

    private static String importNew(MockMvcTester mvc, String prefix, String document) {
        String key = ApiTestProjects.freshKey(prefix);
        assertThat(ApiTestProjects.importDocument(mvc, ApiTestProjects.tree(document.replace("$KEY", key))))
                .hasStatus(HttpStatus.CREATED);
        return key;
    }

    private static final String ADVISORY = """
            {
              "formatVersion": 1,
              "project": {"key": "$KEY", "name": "Advisory test project", "programme": "Interreg Europe",
                "startDate": "2020-01-01", "endDate": "2021-03-31", "semesterMonths": 6,
                "phases": [{"name": "Learning phase", "startDate": "2020-01-01", "endDate": "2021-03-31"}]},
              "partners": [
                {"shortName": "Alba", "name": "City of Alba", "country": "IT", "role": "LEAD", "organisationType": "CITY", "timeZone": "Europe/Rome"},
                {"shortName": "Västra", "name": "Region Västra", "country": "SE", "role": "PARTNER", "organisationType": "REGION", "timeZone": "Europe/Stockholm"},
                {"shortName": "Citynet", "name": "Citynet association", "country": "BE", "role": "ADVISORY_PARTNER", "organisationType": "ASSOCIATION", "timeZone": "Europe/Brussels"},
                {"shortName": "Ministry", "name": "Ministry of regions", "country": "IT", "role": "ASSOCIATED_POLICY_AUTHORITY", "organisationType": "AGENCY", "timeZone": "Europe/Rome"}
              ],
              "themes": [],
              "practices": [
                {"title": "Open budget", "owner": "Alba", "status": "EXAMINED", "identifiedOn": "2020-02-01"}
              ],
              "events": [
                {"type": "THEMATIC_EVENT", "title": "Kick-off meeting", "start": "2019-12-11", "end": "2019-12-11",
                  "host": "Alba", "participants": ["Västra", "Citynet"], "mode": "VIRTUAL", "status": "HELD"},
                {"type": "STUDY_VISIT", "title": "Study visit in Alba", "start": "2020-03-10", "end": "2020-03-10",
                  "host": "Alba", "participants": ["Västra", "Citynet"], "mode": "VIRTUAL", "practices": ["Open budget"], "status": "HELD"}
              ],
              "actionPlans": [
                {"partner": "Västra", "instrumentName": "Regional programme", "instrumentType": "INVESTMENT_FOR_GROWTH_AND_JOBS",
                  "status": "DRAFT", "actions": []}
              ]
            }
            """;

    private static final String NETWORK = """
            {
              "formatVersion": 1,
              "project": {"key": "$KEY", "name": "Transfer network test", "programme": "URBACT III", "startDate": "2018-09-01",
                "phases": [{"name": "Phase 1", "startDate": "2018-09-01", "endDate": "2019-02-28"},
                           {"name": "Phase 2", "startDate": "2019-03-01", "endDate": "2020-08-31"}]},
              "partners": [
                {"shortName": "Naples", "name": "City of Naples", "country": "IT", "role": "LEAD", "organisationType": "CITY", "timeZone": "Europe/Rome"},
                {"shortName": "Gdańsk", "name": "City of Gdańsk", "country": "PL", "role": "TRANSFER_PARTNER", "organisationType": "CITY", "timeZone": "Europe/Warsaw"},
                {"shortName": "Riga", "name": "Riga City Council", "country": "LV", "role": "TRANSFER_PARTNER", "organisationType": "CITY", "timeZone": "Europe/Riga"}
              ],
              "themes": [],
              "practices": [
                {"title": "Civic urban gardens", "owner": "Naples", "status": "ADOPTED", "identifiedOn": "2018-09-01"}
              ],
              "events": [
                {"type": "THEMATIC_EVENT", "title": "Transnational meeting in Naples", "start": "2019-03-12", "end": "2019-03-13",
                  "host": "Naples", "participants": ["Gdańsk", "Riga"], "mode": "IN_PERSON", "practices": ["Civic urban gardens"], "status": "HELD"}
              ],
              "transfers": [
                {"practice": "Civic urban gardens", "importer": "Gdańsk", "stage": "ADAPT", "moves": [
                  {"to": "UNDERSTAND", "at": "2018-10-01T10:00:00Z", "by": "Test"},
                  {"from": "UNDERSTAND", "to": "ADAPT", "at": "2019-04-01T10:00:00Z", "by": "Test"}]}
              ]
            }
            """;
}
