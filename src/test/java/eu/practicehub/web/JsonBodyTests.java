package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * A JSON value must have the kind of its field: a number is no text, no date and no name of a list
 * of names, 1.5 is no version, "0x10" is no id. Each refusal names the field in our words, never the
 * parser's, and changes nothing.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class JsonBodyTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNumberIsNoText() {
        assertRefused("{\"title\": 5, \"owner\": \"Genoa\"}", "“5” is not a valid value for title: expected a text.");
        assertRefused("{\"title\": \"Number theme\", \"owner\": \"Genoa\", \"themes\": [7]}",
                "“7” is not a valid value for themes[0]: expected a text.");
        assertRefused("{\"title\": true, \"owner\": \"Genoa\"}", "“true” is not a valid value for title: expected a text.");
    }

    @Test
    void aNumberIsNoDate() {
        assertRefused("{\"title\": \"Number date\", \"owner\": \"Genoa\", \"identifiedOn\": 20210717}",
                "Wrong kind of value for identifiedOn: expected a date such as 2021-07-17.");
    }

    @Test
    void aFractionIsNoVersionAndTextIsNoNumber() {
        String key = ApiTestProjects.copyOfBetter(mvc, "JSONKINDS");
        long id = jdbc.queryForObject("select min(p.id) from practice p join project j on j.id = p.project_id "
                + "where j.project_key = ?", Long.class, key);
        String path = "/api/v1/projects/" + key + "/practices/" + id;

        assertThat(detail(mvc.put().uri(path).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"Fraction\", \"owner\": \"Genoa\", \"version\": 1.5}").exchange()))
                .isEqualTo("“1.5” is not a valid value for version: expected a whole number.");
        assertThat(detail(mvc.put().uri(path).contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"Hex\", \"owner\": \"Genoa\", \"version\": \"0x10\"}").exchange()))
                .isEqualTo("Wrong kind of value for version: expected a whole number.");
        assertThat(detail(mvc.post().uri("/api/v1/projects/" + key + "/transfers/1/workshops")
                .contentType(MediaType.APPLICATION_JSON).content("{\"event\": \"0x10\"}").exchange()))
                .isEqualTo("Wrong kind of value for event: expected a whole number.");
        assertThat(jdbc.queryForObject("select version from practice where id = ?", Long.class, id)).isZero();
    }

    @Test
    void aDateIsIsoTextAndNothingElse() {
        assertRefused("{\"title\": \"Array date\", \"owner\": \"Genoa\", \"identifiedOn\": [2021, 7, 17]}",
                "Wrong kind of value for identifiedOn: expected a date such as 2021-07-17.");
        assertRefused("{\"title\": \"Time of day\", \"owner\": \"Genoa\", \"identifiedOn\": \"2021-07-17T09:30\"}",
                "“2021-07-17T09:30” is not a valid value for identifiedOn: expected a date such as 2021-07-17.");
        assertRefused("{\"title\": \"Empty date\", \"owner\": \"Genoa\", \"identifiedOn\": \"\"}",
                "“” is not a valid value for identifiedOn: expected a date such as 2021-07-17.");
    }

    @Test
    void aRefusedValueIsRepeatedShortAndWithoutControlCharacters() {
        MvcTestResult result = mvc.post().uri("/api/v1/projects/BETTER/practices").contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"Long status\", \"owner\": \"Genoa\", \"status\": \"" + "A".repeat(100_000)
                        + "\", \"identifiedOn\": \"2021\\u0007\"}")
                .exchange();

        String detail = detail(result);
        assertThat(detail).startsWith("“" + "A".repeat(60) + "…” is not a valid value for status").hasSizeLessThan(300);
        assertThat(eu.practicehub.common.Text.isClean(detail)).isTrue();
    }

    @Test
    void aNumberIsNoNameFromAList() {
        assertRefused("{\"title\": \"Ordinal\", \"owner\": \"Genoa\", \"status\": 1}",
                "“1” is not a valid value for status: expected one of IDENTIFIED, EXAMINED, IN_TRANSFER, ADOPTED.");
    }

    @Test
    void brokenJsonIsDescribedInOurWordsNotTheParsers() {
        assertRefused("{\"title\": \"NaN\", \"owner\": \"Genoa\", \"version\": NaN}",
                "The request body is not valid JSON at line 1, column 50. Nothing was changed.");
        assertRefused("{\"title\": \"Twice\", \"title\": \"Again\", \"owner\": \"Genoa\"}",
                "The property “title” appears twice in the request body. Nothing was changed.");
        assertRefused("{\"title\": \"Trailing\", \"owner\": \"Genoa\"} and more",
                "The request body is not valid JSON at line 1, column 41. Nothing was changed.");
        assertRefused("{\"title\": \"Cut off\", \"owner\": ",
                "The request body ends before its JSON document does (line 1, column 31). Nothing was changed.");
        assertRefused("{\"title\": \"Huge\", \"owner\": \"Genoa\", \"version\": 99999999999999999999}",
                "The number given for version is too large. Nothing was changed.");
        assertRefused("{\"title\": \"Two\", \"owner\": \"Genoa\"} {}",
                "The request body holds more than one JSON document; send exactly one. Nothing was changed.");
        assertRefused("[{\"title\": \"In a list\", \"owner\": \"Genoa\"}]",
                "The request body holds the wrong kind of value: expected an object.");
    }

    private void assertRefused(String body, String detail) {
        long before = jdbc.queryForObject("select count(*) from practice", Long.class);
        MvcTestResult result = mvc.post().uri("/api/v1/projects/BETTER/practices").contentType(MediaType.APPLICATION_JSON)
                .content(body).exchange();
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(detail(result)).isEqualTo(detail);
        assertThat(jdbc.queryForObject("select count(*) from practice", Long.class)).isEqualTo(before);
    }

    private static String detail(MvcTestResult result) {
        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).contentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        return ApiTestProjects.json(result).get("detail").asString();
    }
}
