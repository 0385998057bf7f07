package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.TestAccounts;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventService;
import eu.practicehub.project.ProjectService;
import jakarta.servlet.http.Cookie;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * The language of a page: the account's, else the switch's (a cookie), else the browser's, else
 * English; {@code <html lang>}, {@code Content-Language}, texts and dates follow it. (Page tests run as
 * an English-speaking administrator unless a request says otherwise: a visitor is {@code anonymous()}.)
 */
@PageTest
class LanguagePagesTests {

    private static final Locale ITALIAN = Locale.forLanguageTag("it");

    private static final Locale HUNGARIAN = Locale.forLanguageTag("hu");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    MessageSource messages;

    @Autowired
    ProjectService projects;

    @Autowired
    EventService events;

    @Autowired
    AccountService accounts;

    @Test
    void aBrowserAskingForItalianReadsTheEventInItalianWithItalianDates() {
        MvcTestResult page = mvc.get().uri(studyVisitInGenoa()).with(anonymous()).header("Accept-Language", "it-IT,it;q=0.9,en;q=0.8").exchange();

        assertThat(page).hasStatusOk().hasHeader("Content-Language", "it");
        String html = PageText.html(page);
        assertThat(html).contains("<html lang=\"it\"", "17 luglio 2021", text("layout.skipToContent", ITALIAN))
                .doesNotContain("17 July 2021", "??");
        assertThat(text("layout.skipToContent", ITALIAN)).isNotEqualTo(text("layout.skipToContent", Locale.ENGLISH));
    }

    @Test
    void hungarianDatesPutTheYearFirst() {
        MvcTestResult page = mvc.get().uri(studyVisitInGenoa()).with(anonymous()).header("Accept-Language", "hu").exchange();

        assertThat(page).hasStatusOk().hasHeader("Content-Language", "hu");
        assertThat(PageText.html(page)).contains("<html lang=\"hu\"", "2021. július 17.");
    }

    @Test
    void aLanguageWithoutMessagesGetsEnglishNotEnglishWithForeignDates() {
        MvcTestResult page = mvc.get().uri(studyVisitInGenoa()).with(anonymous()).header("Accept-Language", "de-DE,de;q=0.9").exchange();

        assertThat(page).hasStatusOk().hasHeader("Content-Language", "en");
        assertThat(PageText.html(page)).contains("<html lang=\"en\"", "17 July 2021");
    }

    @Test
    void theSwitchOfAVisitorIsKeptInACookieThatWinsOverTheBrowser() {
        MvcTestResult switched = mvc.get().uri("/projects/BETTER?lang=sv").with(anonymous()).header("Accept-Language", "it").exchange();

        assertThat(switched).hasStatusOk().hasHeader("Content-Language", "sv").cookies().containsCookie(PageLocales.COOKIE);
        Cookie kept = switched.getResponse().getCookie(PageLocales.COOKIE);
        assertThat(kept.getValue()).isEqualTo("sv");
        assertThat(kept.isHttpOnly()).isTrue();
        String html = PageText.html(switched);
        assertThat(html).contains("href=\"/projects/BETTER?lang=it\"", "lang=\"it\"", ">Italiano</a>",
                "href=\"/projects/BETTER?lang=sv\"");

        MvcTestResult next = mvc.get().uri("/projects/BETTER/practices").with(anonymous()).cookie(kept).header("Accept-Language", "it").exchange();
        assertThat(next).hasHeader("Content-Language", "sv");
    }

    @Test
    void theAccountsLanguageWinsOverTheCookieAndTheBrowserAndTheSwitchSavesIt() {
        Account account = TestAccounts.create(accounts, "language", false);
        assertThat(accounts.account(account.getId()).getLanguage()).isEqualTo("en");

        MvcTestResult switched = mvc.post().uri("/profile/language").with(user(TestAccounts.principal(account))).with(csrf())
                .formField("language", "hu").formField("return", "/projects/BETTER/events?theme=1").exchange();
        assertThat(switched).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/projects/BETTER/events?theme=1");
        Account saved = accounts.account(account.getId());
        assertThat(saved.getLanguage()).isEqualTo("hu");

        MvcTestResult page = mvc.get().uri("/projects/BETTER").with(user(TestAccounts.principal(saved)))
                .cookie(new Cookie(PageLocales.COOKIE, "sv")).header("Accept-Language", "it").exchange();
        assertThat(page).hasHeader("Content-Language", "hu");
        assertThat(PageText.html(page)).contains("<html lang=\"hu\"", "name=\"language\" value=\"it\"",
                "aria-pressed=\"true\"");

        MvcTestResult elsewhere = mvc.post().uri("/profile/language").with(user(TestAccounts.principal(saved))).with(csrf())
                .formField("language", "et").formField("return", "//elsewhere.example/").exchange();
        assertThat(elsewhere).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/");
        MvcTestResult unknown = mvc.post().uri("/profile/language").with(user(TestAccounts.principal(saved))).with(csrf())
                .formField("language", "de").exchange();
        assertThat(unknown).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(PageText.html(unknown)).as("in the account's language")
                .contains(messages.getMessage("profile.language.unknown", new Object[] {"de", "en, it, sv, et, hu"}, HUNGARIAN));
        assertThat(accounts.account(account.getId()).getLanguage()).isEqualTo("et");
    }

    @Test
    void theApiAnswersProblemsInTheLanguageOfAcceptLanguageAndIgnoresTheCookie() {
        MvcTestResult problem = mvc.get().uri("/api/v1/projects/BETTER/no-such-resource").with(anonymous()).header("Accept-Language", "hu")
                .cookie(new Cookie(PageLocales.COOKIE, "it")).exchange();

        assertThat(problem).hasStatus(HttpStatus.NOT_FOUND).hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
                .hasHeader("Content-Language", "hu");
        String detail = messages.getMessage("api.problem.notFound.path",
                new Object[] {"/api/v1/projects/BETTER/no-such-resource"}, HUNGARIAN);
        assertThat(detail).isNotEqualTo(messages.getMessage("api.problem.notFound.path",
                new Object[] {"/api/v1/projects/BETTER/no-such-resource"}, Locale.ENGLISH));
        assertThat(problem).bodyJson().extractingPath("$.detail").isEqualTo(detail);
    }

    private String studyVisitInGenoa() {
        Event visit = events.events(projects.project("BETTER")).stream()
                .filter(event -> event.getTitle().equals("Study visit hosted by Genoa")).findFirst().orElseThrow();
        return "/projects/BETTER/events/" + visit.getId();
    }

    private String text(String code, Locale locale) {
        return messages.getMessage(code, null, locale);
    }
}
