package eu.practicehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A small project whose indicators are known: four 6-month semesters from 1 January 2020, events
 * held on the first and last days of semesters, a cancelled one, two transfers whose first moves lie
 * just before midnight UTC on a semester's last day, which is already the next semester's first day
 * in the lead partner's time zone (Europe/Rome), where moves are counted, and three action plans.
 *
 * <pre>
 * semester           1 (Jan–Jun 2020)  2 (Jul–Dec 2020)  3 (Jan–Jun 2021)  4 (Jul–Dec 2021)  total
 * practices identified       2                 1                 0                 1            4
 * thematic events            1                 0                 0                 0            1
 * study visits               1                 1                 0                 0            2
 * import workshops           0                 0                 0                 1            1
 * events held                2                 1                 0                 1            4
 * partner participations     5                 3                 0                 2           10
 * average per event        2.50              3.00                –              2.00         2.50
 * action plans produced      –                 –                 –                 –            2
 * action plans endorsed      0                 0                 1                 0            1
 * policy instruments         –                 –                 –                 –            2
 * transfers started          0                 0                 1                 1            2
 * transfers completed        0                 0                 1                 0            1
 * </pre>
 */
final class IndicatorDataSet {

    private IndicatorDataSet() {
    }

    static String importNew(MockMvcTester mvc) {
        String key = ApiTestProjects.freshKey("IND");
        assertThat(ApiTestProjects.importDocument(mvc, ApiTestProjects.tree(DOCUMENT.replace("$KEY", key))))
                .hasStatus(HttpStatus.CREATED);
        return key;
    }

    private static final String DOCUMENT = """
            {
              "formatVersion": 1,
              "project": {"key": "$KEY", "name": "Indicator test project", "startDate": "2020-01-01", "semesterMonths": 6,
                "phases": [{"name": "Learning phase", "startDate": "2020-01-01", "endDate": "2021-12-31"}]},
              "partners": [
                {"shortName": "Alba", "name": "City of Alba", "country": "IT", "role": "LEAD", "timeZone": "Europe/Rome"},
                {"shortName": "Borås", "name": "City of Borås", "country": "SE", "role": "PARTNER", "timeZone": "Europe/Stockholm"},
                {"shortName": "Cēsis", "name": "City of Cēsis", "country": "LV", "role": "PARTNER", "timeZone": "Europe/Riga"}
              ],
              "themes": [],
              "practices": [
                {"title": "P1 open data", "owner": "Alba", "status": "ADOPTED", "identifiedOn": "2020-01-01"},
                {"title": "P2 e-services", "owner": "Borås", "status": "EXAMINED", "identifiedOn": "2020-06-30"},
                {"title": "P3 smart parking", "owner": "Cēsis", "status": "EXAMINED", "identifiedOn": "2020-07-01"},
                {"title": "P4 never examined", "owner": "Alba", "status": "IDENTIFIED", "identifiedOn": "2021-12-31"}
              ],
              "events": [
                {"type": "THEMATIC_EVENT", "title": "First day of semester 1", "start": "2020-01-01", "end": "2020-01-01",
                  "host": "Alba", "participants": ["Borås", "Cēsis"], "mode": "VIRTUAL", "practices": ["P1 open data"], "status": "HELD"},
                {"type": "STUDY_VISIT", "title": "Last day of semester 1", "start": "2020-06-30", "end": "2020-06-30",
                  "host": "Borås", "participants": ["Alba"], "mode": "VIRTUAL", "practices": ["P1 open data", "P2 e-services"], "status": "HELD"},
                {"type": "STUDY_VISIT", "title": "First day of semester 2", "start": "2020-07-01", "end": "2020-07-01",
                  "host": "Cēsis", "participants": ["Alba", "Borås"], "mode": "VIRTUAL", "practices": ["P3 smart parking"], "status": "HELD"},
                {"type": "STUDY_VISIT", "title": "Cancelled on the last day of semester 2", "start": "2020-12-31", "end": "2020-12-31",
                  "host": "Alba", "participants": ["Cēsis"], "mode": "VIRTUAL", "practices": ["P4 never examined"], "status": "CANCELLED"},
                {"type": "IMPORT_WORKSHOP", "title": "Last day of semester 4", "start": "2021-12-31", "end": "2021-12-31",
                  "host": "Cēsis", "participants": ["Borås"], "mode": "VIRTUAL", "practices": ["P2 e-services"], "status": "HELD"}
              ],
              "transfers": [
                {"practice": "P1 open data", "importer": "Cēsis", "stage": "REUSE", "moves": [
                  {"to": "UNDERSTAND", "at": "2020-12-31T23:30:00Z", "by": "Test"},
                  {"from": "UNDERSTAND", "to": "ADAPT", "at": "2021-01-15T10:00:00Z", "by": "Test"},
                  {"from": "ADAPT", "to": "REUSE", "at": "2021-06-30T12:00:00Z", "by": "Test"}]},
                {"practice": "P2 e-services", "importer": "Alba", "stage": "DROPPED", "droppedReason": "Too costly", "moves": [
                  {"to": "UNDERSTAND", "at": "2021-06-30T22:30:00Z", "by": "Test"},
                  {"from": "UNDERSTAND", "to": "DROPPED", "at": "2021-08-01T09:00:00Z", "by": "Test"}]}
              ],
              "actionPlans": [
                {"partner": "Alba", "instrumentName": "Regional ERDF programme", "instrumentType": "INVESTMENT_FOR_GROWTH_AND_JOBS",
                  "status": "SUBMITTED", "actions": [{"title": "Open data for all", "status": "PLANNED", "progress": 0}]},
                {"partner": "Borås", "instrumentName": " regional ERDF Programme ", "instrumentType": "INVESTMENT_FOR_GROWTH_AND_JOBS",
                  "status": "ENDORSED", "endorsedBy": "City board", "endorsedOn": "2021-01-01",
                  "actions": [{"title": "Parking", "status": "PLANNED", "progress": 0}]},
                {"partner": "Cēsis", "instrumentName": "Smart city plan", "status": "DRAFT", "actions": []}
              ]
            }
            """;
}
