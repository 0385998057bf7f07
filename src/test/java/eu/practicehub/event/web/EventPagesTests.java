package eu.practicehub.event.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.event.Event;
import eu.practicehub.event.EventService;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.PageTest;
import eu.practicehub.web.PageText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PageTest
class EventPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    EventService events;

    @Test
    void studyVisitOfSeventeenJulyShowsHostVisitorsAndThePracticesUnderTheirThemes() {
        MvcTestResult result = mvc.get().uri("/projects/BETTER/events/{id}", eventId("Study visit hosted by Genoa")).exchange();

        assertThat(result).hasStatusOk();
        String html = PageText.html(result);
        String text = PageText.ofMain(html);
        assertThat(text).contains("Type Study visit", "Dates 17 July 2021", "Mode Virtual", "Status Held");
        assertThat(text).contains("Host: Genoa Visitors: Birmingham; Gävle; Nyíregyháza");
        assertThat(text).contains("Good practices examined"
                + " Digital services to citizens Digital Citizen Folder Segnalaci"
                + " Digital services to enterprises Platform for Labour Policies"
                + " Security and resilience Technological update of the local Police operation Center"
                + " Rain and hydrometric level data digital model");
        assertThat(html).contains("<h3 class=\"h5 mt-3\">Digital services to citizens</h3>")
                .contains("<h3 class=\"h5 mt-3\">Security and resilience</h3>")
                .doesNotContain("??");
    }

    @Test
    void practicesWithoutThemeAreListedWithTheirSummary() {
        MvcTestResult result = mvc.get().uri("/projects/BETTER/events/{id}", eventId("Study visit hosted by Nyíregyháza")).exchange();

        assertThat(PageText.ofMain(PageText.html(result))).contains(
                "Lego education innovation studio – Possibilities of using LEGO® tools for educational and talent development purposes.",
                "Host: Nyíregyháza Visitors: Genoa; Gävle; Birmingham");
    }

    @Test
    void datesAreShownAsExactlyAsTheyAreKnown() {
        assertThat(datesOf("Thematic event #1")).contains("Dates October 2019");
        assertThat(datesOf("Thematic event #3")).contains("Dates 2020");
        assertThat(datesOf("Kick-off meeting")).contains("Dates 4 September 2019 – 5 September 2019");
    }

    @Test
    void eventListFiltersByTypeAndSemester() {
        MvcTestResult result = mvc.get().uri("/projects/BETTER/events?type=STUDY_VISIT&semester=5").exchange();

        assertThat(result).hasStatusOk();
        String text = PageText.ofMain(PageText.html(result));
        assertThat(text).contains("2 events found", "Study visit hosted by Nyíregyháza", "Study visit hosted by Gävle")
                .doesNotContain("Study visit hosted by Genoa");
    }

    @Test
    void timelineGroupsTheEventsBySemesterWithTheSemesterDates() {
        MvcTestResult result = mvc.get().uri("/projects/BETTER/events/timeline").exchange();

        assertThat(result).hasStatusOk();
        String text = PageText.ofMain(PageText.html(result));
        assertThat(text).contains("Semester 4 1 February 2021 – 31 July 2021 17 July 2021 · Study visit hosted by Genoa")
                .contains("Semester 5 current 1 August 2021 – 31 January 2022 13 September 2021 · Study visit hosted by Nyíregyháza")
                .contains("Semester 3 1 August 2020 – 31 January 2021 No events in this semester.");
    }

    @Test
    void unknownEventGivesTheNotFoundPage() {
        assertThat(mvc.get().uri("/projects/BETTER/events/987654")).hasStatus(HttpStatus.NOT_FOUND)
                .hasViewName("error/404")
                .bodyText().contains("This project has no event number 987654.");
    }

    private String datesOf(String title) {
        return PageText.ofMain(PageText.html(mvc.get().uri("/projects/BETTER/events/{id}", eventId(title)).exchange()));
    }

    private long eventId(String title) {
        return events.events(better()).stream().filter(e -> e.getTitle().equals(title))
                .map(Event::getId).findFirst().orElseThrow();
    }

    private Project better() {
        return projects.project("BETTER");
    }
}
