package eu.practicehub.practice.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.PracticeSpec;
import eu.practicehub.practice.PracticeStatus;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.ConfirmationPage;
import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PageTest
class PracticeFormTests {

    /** A copy of BETTER of this test's own, so that what it writes never shows in other tests. */
    String key;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    PracticeService practices;

    @BeforeEach
    void copyBetter() {
        key = ApiTestProjects.copyOfBetter(mvc, "PRACTICE-FORMS");
    }

    @Test
    void creatingAPracticeWithoutTitleAndWithAnUnknownOwnerShowsFieldErrorsAndChangesNothing() {
        long before = practices.count(copy());

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/practices/new")
                .formField("title", "   ")
                .formField("owner", "Atlantis")
                .formField("summary", "Kept as typed")
                .formField("status", "IDENTIFIED")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("practice/form");
        String html = PageText.html(result);
        assertThat(html).contains("id=\"error-summary\"", "There is a problem")
                .contains("<a class=\"alert-link\" href=\"#title\">Title</a>: <span>is required</span>")
                .contains("<div class=\"invalid-feedback\" id=\"title-error\">is required</div>")
                .contains("<div class=\"invalid-feedback\" id=\"owner-error\">there is no partner “Atlantis” in this project</div>")
                .contains("aria-describedby=\"title-error\"")
                .contains(">Kept as typed</textarea>");
        assertThat(practices.count(copy())).isEqualTo(before);
    }

    @Test
    void aValueThatCannotBeReadAndBrokenRulesAreAllShownOnTheFirstSave() {
        long before = practices.count(copy());

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/practices/new")
                .formField("title", "Segnalaci")
                .formField("owner", "Genoa")
                .formField("identifiedOn", "2021-02-30")
                .formField("website", "not a web address")
                .formField("themes", "Space travel")
                .formField("summary", "Kept as typed")
                .formField("status", "IDENTIFIED")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("practice/form");
        assertThat(PageText.html(result))
                .contains("id=\"identifiedOn-error\">must be a date such as 2021-07-17, a month such as 2021-07 or a year such as 2021</div>")
                .contains("id=\"title-error\">")
                .contains("id=\"website-error\">")
                .contains("id=\"themes-error\">")
                .contains("value=\"2021-02-30\"")
                .contains(">Kept as typed</textarea>");
        assertThat(practices.count(copy())).isEqualTo(before);
    }

    @Test
    void creatingAPracticeSavesItAndShowsItsPage() {
        String title = unique("Open data portal");

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/practices/new")
                .formField("title", title)
                .formField("owner", "Tartu")
                .formField("summary", "Open data of the city in one place.")
                .formField("website", "")
                .formField("status", "IDENTIFIED")
                .exchange();

        Practice created = practices.byTitles(copy(), List.of(title)).get(0);
        assertThat(result).hasStatus3xxRedirection()
                .hasRedirectedUrl("/projects/" + key + "/practices/" + created.getId());
        assertThat(result).flash().containsEntry("flash", "“" + title + "” was added.");
        assertThat(created.getOwner().getShortName()).isEqualTo("Tartu");
        assertThat(created.getWebsite()).isNull();
    }

    @Test
    void editingWithAStaleVersionAnswersConflictKeepsTheInputAndLeavesTheStoredRecordAlone() {
        String title = unique("Citizen app");
        Practice practice = practices.create(copy(), spec(title, "First summary"));
        practices.update(copy(), practice.getId(), practice.getVersion(), spec(title, "Saved by someone else"));

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/practices/{id}/edit", practice.getId())
                .formField("version", String.valueOf(practice.getVersion()))
                .formField("title", title)
                .formField("owner", "Genoa")
                .formField("summary", "My own change")
                .formField("status", "IDENTIFIED")
                .exchange();

        assertThat(result).hasStatus(HttpStatus.CONFLICT).hasViewName("practice/form");
        assertThat(PageText.html(result)).contains("Someone else saved “" + title + "” while you were editing it")
                .contains(">My own change</textarea>");
        assertThat(practices.practice(copy(), practice.getId()).getSummary()).isEqualTo("Saved by someone else");
    }

    @Test
    void editingWithTheCurrentVersionSavesAndRedirectsToThePracticePage() {
        String title = unique("Smart parking");
        Practice practice = practices.create(copy(), spec(title, "Before"));

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/practices/{id}/edit", practice.getId())
                .formField("version", String.valueOf(practice.getVersion()))
                .formField("title", title)
                .formField("owner", "Birmingham")
                .formField("summary", "After")
                .formField("status", "EXAMINED")
                .exchange();

        assertThat(result).hasStatus3xxRedirection()
                .hasRedirectedUrl("/projects/" + key + "/practices/" + practice.getId());
        Practice saved = practices.practice(copy(), practice.getId());
        assertThat(saved.getSummary()).isEqualTo("After");
        assertThat(saved.getOwner().getShortName()).isEqualTo("Birmingham");
        assertThat(saved.getStatus()).isEqualTo(PracticeStatus.EXAMINED);
    }

    @Test
    void editFormShowsTheStoredValuesAndTheVersion() {
        String title = unique("Participatory budget");
        Practice practice = practices.create(copy(), spec(title, "Residents decide"));

        MvcTestResult result = mvc.get().uri("/projects/" + key + "/practices/{id}/edit", practice.getId()).exchange();

        assertThat(result).hasStatusOk();
        assertThat(PageText.html(result))
                .contains("<input type=\"hidden\" id=\"version\" name=\"version\" value=\"" + practice.getVersion() + "\">")
                .contains("value=\"" + title + "\"")
                .contains(">Residents decide</textarea>")
                .contains("<option value=\"Genoa\" selected=\"selected\">Genoa</option>");
    }

    @Test
    void deletingAPracticeThatAnEventExaminedIsRefusedWithAMessage() {
        Practice segnalaci = practices.byTitles(copy(), List.of("Segnalaci")).get(0);

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/practices/{id}/delete", segnalaci.getId())
                .formField("version", String.valueOf(segnalaci.getVersion())).exchange();

        assertThat(result).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).hasViewName("practice/practice");
        assertThat(result).bodyText().contains("“Segnalaci” was examined at an event; remove it from the event first");
        assertThat(practices.byTitles(copy(), List.of("Segnalaci"))).hasSize(1);
    }

    @Test
    void deletingAPracticeWithItsCurrentVersionRemovesIt() {
        String title = unique("Pothole reporting");
        Practice practice = practices.create(copy(), spec(title, "Short-lived"));

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/practices/{id}/delete", practice.getId())
                .formField("version", String.valueOf(practice.getVersion())).exchange();

        assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/projects/" + key + "/practices");
        assertThat(practices.byTitles(copy(), List.of(title))).isEmpty();
    }

    @Test
    void deletingIsAskedFirstOnAPageThatNamesThePracticeAndTheConfirmationDeletesIt() {
        String title = unique("Street lighting");
        Practice practice = practices.create(copy(), spec(title, "Soon gone"));
        String base = "/projects/" + key + "/practices/" + practice.getId();
        String page = PageText.html(mvc.get().uri(base).exchange());
        assertThat(page).doesNotContain("action=\"" + base + "/delete\"");

        ConfirmationPage confirmation = ConfirmationPage.of(mvc.get().uri(ConfirmationPage.link(page, "delete")).exchange());

        assertThat(confirmation.heading()).isEqualTo("Delete the good practice “" + title + "”?");
        assertThat(confirmation.text()).contains("Owner Genoa", "The good practice “" + title + "” of Genoa will be deleted",
                "This cannot be undone");
        assertThat(confirmation.button()).isEqualTo("Delete “" + title + "”");
        assertThat(confirmation.cancel()).isEqualTo(base);
        assertThat(practices.byTitles(copy(), List.of(title))).singleElement()
                .satisfies(p -> assertThat(p.getVersion()).isEqualTo(practice.getVersion()));

        assertThat(confirmation.confirm(mvc)).hasStatus3xxRedirection().hasRedirectedUrl("/projects/" + key + "/practices");
        assertThat(practices.byTitles(copy(), List.of(title))).isEmpty();
    }

    @Test
    void deletingWithoutTheVersionGivesTheErrorPage() {
        Practice segnalaci = practices.byTitles(copy(), List.of("Segnalaci")).get(0);

        MvcTestResult result = mvc.post().uri("/projects/" + key + "/practices/{id}/delete", segnalaci.getId()).exchange();

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST).hasViewName("error");
        assertThat(result).bodyText().contains("This request could not be handled.", "Error 400");
    }

    private static PracticeSpec spec(String title, String summary) {
        return new PracticeSpec(title, "Genoa", List.of(), summary, null, null, null, null, null, null, null, null,
                PracticeStatus.IDENTIFIED);
    }

    private static String unique(String title) {
        return title + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private Project copy() {
        return projects.project(key);
    }
}
