package eu.practicehub.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which return addresses a redirect may follow within a project, and in which form. */
class LocalPathsTests {

    static final String PROJECT = "/projects/BETTER";

    @ParameterizedTest
    @CsvSource({
        "/projects/BETTER,                              /projects/BETTER",
        "/projects/BETTER/dashboard,                    /projects/BETTER/dashboard",
        "/projects/BETTER/events/at-risk?page=2,        /projects/BETTER/events/at-risk?page=2",
        "/projects/BETTER/events/../dashboard,          /projects/BETTER/dashboard",
        "/projects/BETTER/./events//at-risk/,           /projects/BETTER/events/at-risk",
        "/projects/BETTER/partners/G%C3%A4vle,          /projects/BETTER/partners/G%C3%A4vle",
        "/projects/BETTER/news/a%20b,                   /projects/BETTER/news/a%20b",
        "/projects/BETTER/dashboard?x=é中,              /projects/BETTER/dashboard?x=%C3%A9%E4%B8%AD",
        "/projects/BETTER/partners/Gävle?q=é,           /projects/BETTER/partners/G%C3%A4vle?q=%C3%A9"})
    void followsAPathOfTheProjectNormalised(String returnTo, String followed) {
        assertThat(LocalPaths.within(PROJECT, returnTo)).hasValue(followed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "dashboard", "/", "/projects", "/projects/BETTERX/dashboard", "/projects/OTHER",
        "/projects/BETTER/../../evil", "/projects/BETTER/..", "/projects/BETTER/../OTHER/dashboard",
        "/projects/BETTER/%2e%2e/x", "/projects/BETTER/%2E%2E/%2e%2e/evil", "/projects/BETTER/..%2f..%2fevil",
        "/projects/BETTER%2f..%2f..%2fevil", "/projects/BETTER/%5c%5cevil.example", "/projects/BETTER\\..\\..\\evil",
        "/projects/BETTER/%252e%252e/x", "/projects/BETTER/%zz", "/projects/BETTER/%00", "/projects/BETTER/a%0d%0aSet-Cookie:x",
        "//evil.example/projects/BETTER", "///evil.example/projects/BETTER", "https://evil.example/projects/BETTER",
        "http:/projects/BETTER", "javascript:alert(1)//projects/BETTER", "/projects/BETTER/ dashboard",
        "/projects/BETTER/dashboard#top", "/projects/BETTER/\tdashboard", "/../projects/BETTER"})
    void refusesAnythingThatLeavesTheProjectOrCouldBeReadOtherwise(String returnTo) {
        assertThat(LocalPaths.within(PROJECT, returnTo)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/projects/OTHER/restrictions/import", "/profile"})
    void theWholeSiteIsBelowTheRoot(String path) {
        assertThat(LocalPaths.within("/", path)).hasValue(path);
    }
}
