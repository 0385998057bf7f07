package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.project.Phase;
import eu.practicehub.project.ProjectService;
import eu.practicehub.project.ProjectSpec;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Adds a second project, so it runs in an application context (and database) of its own. */
@SpringBootTest(properties = "practicehub.demo.enabled=true")
@AutoConfigureMockMvc
@DirtiesContext
@Tag("database")
class HomePageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Test
    void startPageListsTheProjectsWhenThereAreSeveral() {
        projects.createOrUpdate(new ProjectSpec("CITYLAB", "City Lab Network", "URBACT IV",
                "Cities learn from each other’s urban labs.", LocalDate.of(2024, 1, 1), 6, null,
                List.of(new Phase("Activation phase", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))));

        MvcTestResult result = mvc.get().uri("/").exchange();

        assertThat(result).hasStatusOk().hasViewName("home/projects");
        String text = PageText.ofMain(PageText.html(result));
        assertThat(text).contains("Projects", "BETTER Interreg Europe 2014-2020", "City Lab Network URBACT IV");
    }
}
