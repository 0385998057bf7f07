package eu.practicehub.practice.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.PracticeSpec;
import eu.practicehub.practice.Theme;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PageTest
class PracticePagesTests {

    private static final Pattern PRACTICE_LINK = Pattern.compile("class=\"practice-link\"");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    PracticeService practices;

    @Test
    void catalogueFilteredByThemeShowsExactlyTheTwoDigitalServicesToCitizensPractices() {
        long theme = themeId("Digital services to citizens");

        MvcTestResult result = mvc.get().uri("/projects/BETTER/practices?theme={id}", theme).exchange();

        assertThat(result).hasStatusOk();
        String html = PageText.html(result);
        assertThat(PRACTICE_LINK.matcher(html).results().count()).isEqualTo(2);
        assertThat(html).contains(">Digital Citizen Folder</a>", ">Segnalaci</a>")
                .contains("2 good practices found")
                .contains("<option value=\"" + theme + "\" selected=\"selected\">Digital services to citizens</option>");
    }

    @Test
    void catalogueAnswersHtmxWithTheResultsAlone() {
        MvcTestResult result = mvc.get().uri("/projects/BETTER/practices?theme={id}", themeId("Security and resilience"))
                .header("HX-Request", "true").exchange();

        assertThat(result).hasStatusOk().hasHeader("Vary", "HX-Request");
        String html = PageText.html(result);
        assertThat(html).startsWith("<div id=\"results\">").doesNotContain("<html", "<nav class=\"navbar");
        assertThat(html).contains("id=\"result-count\" hx-swap-oob=\"innerHTML\">2 good practices found")
                .contains("Technological update of the local Police operation Center",
                        "Rain and hydrometric level data digital model");
    }

    @Test
    void catalogueFiltersByWordsAndIgnoresAMalformedThemeFilter() {
        MvcTestResult result = mvc.get().uri("/projects/BETTER/practices?q=lego&theme=not-a-number").exchange();

        assertThat(result).hasStatusOk();
        String html = PageText.html(result);
        assertThat(PRACTICE_LINK.matcher(html).results().count()).isEqualTo(1);
        assertThat(html).contains(">Lego education innovation studio</a>");
    }

    @Test
    void catalogueSentWithEveryFilterEmptyIsUnfiltered() {
        MvcTestResult result = mvc.get().uri("/projects/BETTER/practices")
                .param("q", " ").param("theme", "").param("owner", "").param("status", "").exchange();

        assertThat(result).hasStatusOk();
        assertThat(PageText.html(result)).contains(">Segnalaci</a>", ">Lego education innovation studio</a>")
                .doesNotContain("Clear filters");
    }

    @Test
    void catalogueShowsTwentyPracticesAPageWithPageLinksThatKeepTheFilters() {
        String key = ApiTestProjects.copyOfBetter(mvc, "PAGING");
        String word = "pagingword";
        for (int i = 1; i <= 21; i++) {
            practices.create(projects.project(key), new PracticeSpec("%s practice %02d".formatted(word, i), "Tartu", List.of(),
                    null, null, null, null, null, null, null, null, null, null));
        }

        String first = PageText.html(mvc.get().uri("/projects/" + key + "/practices?q={word}", word).exchange())
                .replaceAll("\\s+", " ");
        String second = PageText.html(mvc.get().uri("/projects/" + key + "/practices?q={word}&page=2", word).exchange());

        assertThat(PRACTICE_LINK.matcher(first).results().count()).isEqualTo(20);
        assertThat(first).contains("21 good practices found", "Good practices, page 1 of 2")
                .contains("<a class=\"page-link\" href=\"/projects/" + key + "/practices?q=" + word + "&amp;page=1\"")
                .contains("aria-current=\"page\" aria-label=\"Page 1\"")
                .contains("href=\"/projects/" + key + "/practices?q=" + word + "&amp;page=2\" hx-get=\"/projects/" + key + "/practices?q=" + word + "&amp;page=2\"");
        assertThat(PRACTICE_LINK.matcher(second).results().count()).isEqualTo(1);
        assertThat(second).contains(word + " practice 21", "Good practices, page 2 of 2");
    }

    @Test
    void practicePageShowsEveryFieldAndTheStudyVisitThatExaminedIt() {
        Practice segnalaci = practice("Segnalaci");

        MvcTestResult result = mvc.get().uri("/projects/BETTER/practices/{id}", segnalaci.getId()).exchange();

        assertThat(result).hasStatusOk();
        String html = PageText.html(result);
        String text = PageText.ofMain(html);
        assertThat(text).contains("Owner Genoa (Municipality of Genoa)", "Themes Digital services to citizens",
                "Location Genoa", "Status Examined", "Summary", "Problem addressed", "Description",
                "Resources needed", "Timescale", "Evidence of success", "Potential for transfer");
        assertThat(text).contains("Examined at")
                .contains("17 July 2021 Study visit hosted by Genoa Study visit Genoa Held");
        assertThat(html).contains("<h1>Segnalaci</h1>").doesNotContain("??");
    }

    @Test
    void unknownPracticeGivesTheNotFoundPage() {
        MvcTestResult result = mvc.get().uri("/projects/BETTER/practices/987654").exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND).hasViewName("error/404");
        assertThat(result).bodyText().contains("<h1>Not found</h1>")
                .contains("This project has no good practice number 987654.")
                .doesNotContain("Exception", "at eu.practicehub");
    }

    @Test
    void practiceAddressWithoutANumberGivesTheNotFoundPage() {
        assertThat(mvc.get().uri("/projects/BETTER/practices/segnalaci")).hasStatus(HttpStatus.NOT_FOUND)
                .hasViewName("error/404");
    }

    private long themeId(String name) {
        return practices.themes(better()).stream().filter(t -> t.getName().equals(name))
                .map(Theme::getId).findFirst().orElseThrow();
    }

    private Practice practice(String title) {
        return practices.byTitles(better(), List.of(title)).get(0);
    }

    private Project better() {
        return projects.project("BETTER");
    }
}
