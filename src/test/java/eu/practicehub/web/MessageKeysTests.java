package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.event.Event;
import eu.practicehub.event.EventService;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Every page a person reads takes its text from the message bundles: in no language does one show a key it could not resolve. */
@PageTest
class MessageKeysTests {

    private static final List<String> PAGES = List.of("", "/dashboard", "/practices", "/practices/new", "/events",
            "/events/new", "/events/timeline", "/events/at-risk", "/restrictions", "/restrictions/new",
            "/restrictions/import", "/semesters/1", "/semesters/5", "/semesters/8", "/semesters/5/targets", "/targets",
            "/reports/indicators", "/reports/indicators?semester=5", "/newsletters", "/newsletters/new", "/news",
            "/transfers", "/transfers/new", "/transfers/map", "/action-plans", "/challenges", "/members");

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    EventService events;

    @Test
    void noPageOfTheDemoShowsAnUnresolvedMessageKey() {
        Project better = projects.project("BETTER");
        List<String> pages = new ArrayList<>(PAGES.stream().map(page -> "/projects/BETTER" + page).toList());
        events.events(better).stream().map(Event::getId).forEach(id -> pages.add("/projects/BETTER/events/" + id));
        projects.partners(better).stream().map(Partner::getId).forEach(id -> pages.add("/projects/BETTER/partners/" + id));

        for (Locale language : PageLocales.SUPPORTED) {
            for (String page : pages) {
                MvcTestResult result = mvc.get().uri(page).param(PageLocales.PARAMETER, language.getLanguage()).exchange();
                assertThat(result).as(page).hasStatusOk().hasHeader("Content-Language", language.getLanguage());
                assertThat(PageText.html(result)).as(page + " in " + language).doesNotContain("??");
            }
        }
    }
}
