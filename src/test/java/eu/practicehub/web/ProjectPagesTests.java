package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.event.EventService;
import eu.practicehub.event.EventType;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

@PageTest
class ProjectPagesTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    EventService events;

    @Test
    void projectHomeShowsTheFivePartnersAndTheCurrentSemester() {
        MvcTestResult result = mvc.get().uri("/projects/BETTER").exchange();

        assertThat(result).hasStatusOk();
        String html = PageText.html(result);
        String text = PageText.ofMain(html);
        assertThat(text).contains("Current semester Semester 5 1 August 2021 – 31 January 2022");
        assertThat(text).contains("Learning phase current 1 August 2019 – 31 July 2022");
        for (Partner partner : projects.partners(projects.project("BETTER"))) {
            assertThat(html).contains("<a href=\"/projects/BETTER/partners/" + partner.getId() + "\">"
                    + partner.getShortName() + "</a>");
        }
        assertThat(text).contains("Genoa Municipality of Genoa Italy ITC33 Lead partner",
                "Gävle Gävle Municipality Sweden SE313 Partner",
                "Birmingham Birmingham City Council United Kingdom UKG31 Partner",
                "Tartu Tartu City Government Estonia EE008 Partner",
                "Nyíregyháza Municipality of Nyíregyháza Hungary HU323 Partner");
        assertThat(text).contains("Study visits held "
                + events.countHeld(projects.project("BETTER"), EventType.STUDY_VISIT));
        assertThat(html).doesNotContain("??");
    }

    @Test
    void partnerPageShowsItsPracticesAndTheEventsItHostedAndAttended() {
        Project better = projects.project("BETTER");
        Partner gavle = projects.partner(better, "Gävle").orElseThrow();

        MvcTestResult result = mvc.get().uri("/projects/BETTER/partners/{id}", gavle.getId()).exchange();

        assertThat(result).hasStatusOk();
        String text = PageText.ofMain(PageText.html(result));
        assertThat(text).contains("Gävle Municipality", "Sweden", "SE313",
                "Service design at Gävle municipality", "E-services at Gävle municipality");
        assertThat(text.substring(text.indexOf("Events hosted"), text.indexOf("Events attended")))
                .contains("Thematic event #1", "Study visit hosted by Gävle")
                .doesNotContain("Study visit hosted by Genoa");
        assertThat(text.substring(text.indexOf("Events attended")))
                .contains("Kick-off meeting", "Study visit hosted by Genoa", "Study visit hosted by Nyíregyháza");
    }

    @Test
    void unknownProjectGivesTheNotFoundPage() {
        MvcTestResult result = mvc.get().uri("/projects/NOSUCHPROJECT").exchange();

        assertThat(result).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(result).hasViewName("error/404");
        assertThat(result).bodyText().contains("There is no project “NOSUCHPROJECT”.")
                .doesNotContain("Exception");
    }

    @Test
    void unknownPartnerGivesTheNotFoundPage() {
        assertThat(mvc.get().uri("/projects/BETTER/partners/987654")).hasStatus(HttpStatus.NOT_FOUND)
                .bodyText().contains("This project has no partner number 987654.");
    }
}
