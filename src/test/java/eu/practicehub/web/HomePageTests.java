package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.project.Phase;
import eu.practicehub.project.ProjectService;
import eu.practicehub.project.ProjectSpec;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.transaction.annotation.Transactional;

/**
 * The start page, in an application context and so an embedded database of its own, where BETTER
 * is the only project until a test adds another (in a transaction that is rolled back).
 */
@SpringBootTest(properties = "practicehub.demo.enabled=true")
@AutoConfigureMockMvc
@DirtiesContext
class HomePageTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Test
    void startPageLeadsToTheOnlyProject() {
        assertThat(projects.projects()).hasSize(1);

        assertThat(mvc.get().uri("/")).hasStatus3xxRedirection().hasRedirectedUrl("/projects/BETTER");
    }

    @Test
    @Transactional
    void startPageListsTheProjectsWhenThereAreSeveral() {
        projects.createOrUpdate(new ProjectSpec("CITYLAB", "City Lab Network", "URBACT IV",
                "Cities learn from each other’s urban labs.", LocalDate.of(2024, 1, 1), 6, null,
                List.of(new Phase("Activation phase", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)))));

        MvcTestResult result = mvc.get().uri("/").exchange();

        assertThat(result).hasStatusOk().hasViewName("home/projects");
        String text = PageText.ofMain(PageText.html(result));
        assertThat(text).contains("Projects", "BETTER Ended BETTER · Interreg Europe 2014-2020", "City Lab Network Ended CITYLAB · URBACT IV");
    }
}
