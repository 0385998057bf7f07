package eu.practicehub.planning.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.planning.Measure;
import eu.practicehub.planning.PlanningService;
import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PageTest
class SemesterPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    PlanningService planning;

    @Test
    void theFifthSemesterShowsItsDatesPhaseTargetsAndTheProjectSoFarWithProgressBarsAndTables() {
        MvcTestResult result = mvc.get().uri("/projects/BETTER/semesters/5").exchange();

        assertThat(result).hasStatusOk().hasViewName("planning/semester");
        String html = PageText.html(result);
        String text = PageText.ofMain(html);
        assertThat(text).contains("Semester 5 current", "1 August 2021 – 31 January 2022", "Learning phase",
                "Targets of semester 5 against what was achieved in it",
                "The project’s plan against what was achieved up to 31 January 2022",
                "Study visits 2 2 2 of 2 2 of 2 0 0", "Study visits 10 3 3 of 10 3 of 10 7 0",
                "Good practices identified – 4 No target – 0");
        assertThat(html).contains("<caption>", "<th scope=\"col\">Measure</th>", "<th scope=\"row\" class=\"fw-normal\">Study visits</th>")
                .contains("<progress class=\"target-progress\" max=\"10\" value=\"3\" aria-label=\"Study visits: 3 of 10\">3 of 10</progress>")
                .contains("href=\"/projects/BETTER/events?semester=5\"")
                .contains("href=\"/projects/BETTER/semesters/4\"", "href=\"/projects/BETTER/semesters/6\"")
                .contains("href=\"/projects/BETTER/semesters/5/targets\"", "href=\"/projects/BETTER/targets\"");
    }

    @Test
    void theFirstAndLastSemesterLinkOnlyToTheirOneNeighbour() {
        String first = PageText.html(mvc.get().uri("/projects/BETTER/semesters/1").exchange());
        String last = PageText.html(mvc.get().uri("/projects/BETTER/semesters/8").exchange());

        assertThat(first).contains("href=\"/projects/BETTER/semesters/2\"").doesNotContain("href=\"/projects/BETTER/semesters/0\"");
        assertThat(last).contains("href=\"/projects/BETTER/semesters/7\"", "Monitoring phase")
                .doesNotContain("href=\"/projects/BETTER/semesters/9\"");
    }

    @Test
    void aSemesterOutsideTheProjectIsNotFound() {
        assertThat(mvc.get().uri("/projects/BETTER/semesters/9")).hasStatus(HttpStatus.NOT_FOUND).bodyText()
                .contains("This project has no semester 9.");
        assertThat(mvc.get().uri("/projects/BETTER/semesters/0")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/projects/BETTER/semesters/0/targets")).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri("/projects/BETTER/semesters/fifth")).hasStatus(HttpStatus.NOT_FOUND);
    }

    @Test
    void theTimelineAndTheProjectHomeLinkTheSemesters() {
        assertThat(PageText.html(mvc.get().uri("/projects/BETTER/events/timeline").exchange()))
                .contains("<a href=\"/projects/BETTER/semesters/5\">Targets and progress of semester 5</a>");
        assertThat(PageText.html(mvc.get().uri("/projects/BETTER").exchange()))
                .contains("href=\"/projects/BETTER/semesters/5\"", "href=\"/projects/BETTER/targets\"");
    }

    @Test
    void savingASemestersTargetsShowsThemOnTheSemesterPage() {
        String key = ApiTestProjects.copyOfBetter(mvc, "SEMESTER-PAGE");
        long version = planning.targets(key, 6).version();

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/semesters/6/targets")
                .formField("version", String.valueOf(version))
                .formField("values[STUDY_VISITS]", "4")
                .formField("values[REGIONAL_EVENTS]", " 6 ")
                .formField("values[IMPORT_WORKSHOPS]", "")
                .exchange();

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/projects/" + key + "/semesters/6");
        assertThat(result).flash().containsEntry("flash", "The targets of semester 6 were saved.");
        assertThat(planning.targets(key, 6).targets()).containsOnly(
                java.util.Map.entry(Measure.STUDY_VISITS, 4), java.util.Map.entry(Measure.REGIONAL_EVENTS, 6));
    }

    @Test
    void targetsThatAreNegativeNotANumberOrTooLargeShowFieldErrorsKeepTheInputAndChangeNothing() {
        String key = ApiTestProjects.copyOfBetter(mvc, "SEMESTER-PAGE");
        var before = planning.targets(key, 6);

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/semesters/6/targets")
                .formField("version", String.valueOf(before.version()))
                .formField("values[STUDY_VISITS]", "-2")
                .formField("values[IMPORT_WORKSHOPS]", "five")
                .formField("values[REGIONAL_EVENTS]", "99999999999")
                .formField("values[PEER_REVIEWS]", "3")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("planning/targets-form");
        String html = PageText.html(result);
        assertThat(html).contains("id=\"error-summary\"")
                .contains("<a class=\"alert-link\" href=\"#target-STUDY_VISITS\">Study visits</a>: <span>cannot be negative</span>")
                .contains("<div class=\"invalid-feedback\" id=\"target-IMPORT_WORKSHOPS-error\">must be a whole number such as 5, not “five”</div>")
                .contains("<div class=\"invalid-feedback\" id=\"target-REGIONAL_EVENTS-error\">must be at most 10000</div>")
                .contains("aria-describedby=\"target-STUDY_VISITS-help target-STUDY_VISITS-error\"")
                .contains("value=\"five\"", "value=\"99999999999\"", "value=\"3\"");
        assertThat(planning.targets(key, 6)).isEqualTo(before);
    }

    @Test
    void savingOverTargetsSomeoneElseChangedMeanwhileIsRefusedWithAClearMessageKeepingTheInput() {
        String key = ApiTestProjects.copyOfBetter(mvc, "SEMESTER-PAGE");
        long read = planning.targets(key, 0).version();
        var theirs = planning.saveTargets(key, 0, read, java.util.Map.of(Measure.STUDY_VISITS, 11));

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/targets")
                .formField("version", String.valueOf(read))
                .formField("values[STUDY_VISITS]", "9")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.CONFLICT).hasViewName("planning/targets-form");
        assertThat(PageText.html(result)).contains("Someone else saved these targets while you were editing them")
                .contains("value=\"9\"")
                .contains("name=\"version\" value=\"" + theirs.version() + "\"");
        assertThat(planning.targets(key, 0).targets()).containsOnly(java.util.Map.entry(Measure.STUDY_VISITS, 11));
    }

    @Test
    void thePlanFormShowsEachMeasureWithWhatWasAchievedSoFar() {
        MvcTestResult result = mvc.get().uri("/projects/BETTER/targets").exchange();

        assertThat(result).hasStatusOk().hasViewName("planning/targets-form");
        assertThat(PageText.html(result)).contains("<label class=\"form-label\" for=\"target-STUDY_VISITS\">Study visits</label>")
                .contains("name=\"values[STUDY_VISITS]\" value=\"10\"")
                .contains("Achieved up to 15 January 2022: 3");
    }
}
