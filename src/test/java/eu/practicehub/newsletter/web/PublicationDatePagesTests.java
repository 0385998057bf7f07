package eu.practicehub.newsletter.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.common.DatePrecision;
import eu.practicehub.common.KnownDate;
import eu.practicehub.event.EventType;
import eu.practicehub.newsletter.Newsletter;
import eu.practicehub.newsletter.NewsletterRequest;
import eu.practicehub.newsletter.NewsletterService;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** The coordinator dates a published newsletter's publication on its form, so that an old newsletter reads its own date. */
@PageTest
class PublicationDatePagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    NewsletterService newsletters;

    String key;
    Project project;

    @BeforeEach
    void copyBetter() {
        key = ApiTestProjects.copyOfBetterWithoutNewsletters(mvc, "NEWS-DATE");
        project = projects.project(key);
    }

    /** The semester 5 newsletter, published today (15 January 2022, 10:00 UTC). */
    Newsletter published() {
        Newsletter draft = newsletters.generate(project, new NewsletterRequest(LocalDate.of(2021, 7, 1),
                LocalDate.of(2021, 10, 31), List.of(EventType.STUDY_VISIT)));
        return newsletters.publish(project, draft.getId(), draft.getVersion());
    }

    MvcTestResult save(Newsletter newsletter, String publishedOn, long version) {
        return mvc.post().uri("/projects/" + key + "/newsletters/" + newsletter.getId() + "/edit")
                .formField("title", newsletter.getTitle()).formField("body", newsletter.getBody())
                .formField("publishedOn", publishedOn).formField("version", String.valueOf(version)).exchange();
    }

    @Test
    void theCoordinatorDatesThePublicationAsExactlyAsItIsKnownAndTheNewsReadsThatDate() {
        Newsletter newsletter = published();
        String form = PageText.html(mvc.get().uri("/projects/" + key + "/newsletters/" + newsletter.getId() + "/edit").exchange());
        assertThat(form).contains("<label class=\"form-label\" for=\"publishedOn\"><span>Publication date</span>")
                .contains("id=\"publishedOn\" name=\"publishedOn\" value=\"2022-01-15\"");

        MvcTestResult saved = save(newsletter, "2021-11", newsletter.getVersion());

        assertThat(saved).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/projects/" + key + "/newsletters/" + newsletter.getId());
        Newsletter dated = newsletters.newsletter(project, newsletter.getId());
        assertThat(dated.getPublishedOn()).isEqualTo(new KnownDate(LocalDate.of(2021, 11, 1), DatePrecision.MONTH));
        // The news and the feed order it by the start of that month in the lead partner's zone (Genoa).
        assertThat(dated.getPublishedAt()).isEqualTo(Instant.parse("2021-10-31T23:00:00Z"));
        String page = PageText.of(PageText.html(mvc.get().uri("/projects/" + key + "/newsletters/" + newsletter.getId()).exchange()));
        String news = PageText.of(PageText.html(mvc.get().uri("/projects/" + key + "/news").exchange()));
        assertThat(page).contains("Published November 2021").doesNotContain("15 January 2022");
        assertThat(news).contains("Published November 2021");
    }

    @Test
    void savingTheDateTheNewsletterAlreadyReadsKeepsTheExactMomentItWasPublished() {
        Newsletter newsletter = published();

        assertThat(save(newsletter, "2022-01-15", newsletter.getVersion())).hasStatus(HttpStatus.FOUND);

        Newsletter kept = newsletters.newsletter(project, newsletter.getId());
        assertThat(kept.getPublishedOn()).isNull();
        assertThat(kept.getPublishedAt()).isEqualTo(Instant.parse("2022-01-15T10:00:00Z"));
        assertThat(PageText.of(PageText.html(mvc.get().uri("/projects/" + key + "/news").exchange())))
                .contains("Published 15 January 2022, 11:00 (Europe/Rome)");
    }

    @Test
    void aDateThatIsNoneInTheFutureBeforeThePeriodOrLeftEmptyIsShownAtItsFieldWithTheInputKept() {
        Newsletter newsletter = published();

        MvcTestResult future = save(newsletter, "2022-02", newsletter.getVersion());
        MvcTestResult beforePeriod = save(newsletter, "2021-06-30", newsletter.getVersion());
        MvcTestResult empty = save(newsletter, "", newsletter.getVersion());
        MvcTestResult noDate = save(newsletter, "January 2022", newsletter.getVersion());

        assertThat(future).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(PageText.html(future)).contains("id=\"publishedOn-error\">must not be later than today (2022-01-15)</div>")
                .contains("value=\"2022-02\"");
        assertThat(PageText.html(beforePeriod)).contains(
                "id=\"publishedOn-error\">must not be before the period the newsletter reports on, which starts on 2021-07-01</div>");
        assertThat(PageText.html(empty)).contains("id=\"publishedOn-error\">is required</div>");
        assertThat(PageText.html(noDate))
                .contains("id=\"publishedOn-error\">must be a date such as 2021-07-17, a month such as 2021-07 or a year such as 2021</div>")
                .contains("value=\"January 2022\"");
        assertThat(newsletters.newsletter(project, newsletter.getId()).getPublishedAt())
                .isEqualTo(Instant.parse("2022-01-15T10:00:00Z"));
    }

    @Test
    void aDateSavedOverSomeoneElsesChangeIsRefusedWith409AndKeptInTheForm() {
        Newsletter newsletter = published();
        assertThat(save(newsletter, "2021-12", newsletter.getVersion())).hasStatus(HttpStatus.FOUND);

        MvcTestResult stale = save(newsletter, "2021-11-30", newsletter.getVersion());

        assertThat(stale).hasStatus(HttpStatus.CONFLICT);
        assertThat(PageText.html(stale)).contains("value=\"2021-11-30\"");
        assertThat(newsletters.newsletter(project, newsletter.getId()).getPublishedOn())
                .isEqualTo(new KnownDate(LocalDate.of(2021, 12, 1), DatePrecision.MONTH));
    }

    @Test
    void theDemosNewsletterReadsTheMonthBetterPublishedItNotTheDayTheDemoWasLoaded() {
        String news = PageText.of(PageText.html(mvc.get().uri("/projects/BETTER/news").exchange()));

        assertThat(news).contains("Published January 2022");
    }

    @Test
    void aDraftHasNoPublicationDateToEdit() {
        Newsletter draft = newsletters.generate(project, new NewsletterRequest(LocalDate.of(2021, 7, 1),
                LocalDate.of(2021, 10, 31), List.of(EventType.STUDY_VISIT)));

        assertThat(PageText.html(mvc.get().uri("/projects/" + key + "/newsletters/" + draft.getId() + "/edit").exchange()))
                .doesNotContain("id=\"publishedOn\"");
    }
}
