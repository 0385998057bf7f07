package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which query strings a request may carry: percent-encoded UTF-8 without control characters. */
class QueryProblemTests {

    @Test
    void wellFormedQueriesPass() {
        for (String query : new String[] {null, "", "q=citizens", "q=G%C3%A4vle&page=2", "q=a+b", "flag", "q=",
                "q=%F0%9F%98%80", "q=tab%09and%0Aline", "a=1&&b=2"}) {
            assertThat(QueryProblem.find(query)).as(query).isEmpty();
        }
    }

    @Test
    void aValueThatIsNotPercentEncodedUtf8IsNamedByItsParameter() {
        for (String query : new String[] {"q=%ff", "q=%c0%bc", "q=%zz", "q=%", "q=%4", "q=%ed%a0%80", "q=%e2%82",
                "q=%f4%90%80%80", "q=G\u00e4vle"}) {
            assertThat(QueryProblem.find("page=1&" + query)).as(query)
                    .contains(new QueryProblem("q", "request.parameter.encoding"));
        }
    }

    @Test
    void aControlCharacterInANameOrAValueIsNamed() {
        assertThat(QueryProblem.find("q=a%00b")).contains(new QueryProblem("q", "request.parameter.controlCharacter"));
        assertThat(QueryProblem.find("q=%1b%5b31m")).contains(new QueryProblem("q", "request.parameter.controlCharacter"));
        assertThat(QueryProblem.find("q=%ef%bf%bf")).contains(new QueryProblem("q", "request.parameter.controlCharacter"));
        assertThat(QueryProblem.find("%00=1")).contains(new QueryProblem("\uFFFD", "request.parameter.controlCharacter"));
    }

    @Test
    void decodesPlusAsASpaceAndEscapesAsUtf8() {
        assertThat(QueryProblem.decode("G%C3%A4vle+and+Tartu")).isEqualTo("Gävle and Tartu");
        assertThat(QueryProblem.decode("%c0%bc")).isNull();
    }
}
