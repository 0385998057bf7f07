package eu.practicehub.actionplan.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.actionplan.ActionPlan;
import eu.practicehub.actionplan.ActionPlanService;
import eu.practicehub.actionplan.ActionSpec;
import eu.practicehub.actionplan.ActionStatus;
import eu.practicehub.actionplan.BackgroundLink;
import eu.practicehub.actionplan.InstrumentType;
import eu.practicehub.actionplan.LinkKind;
import eu.practicehub.actionplan.PlanSpec;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.PageText;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A plan's page reads the records its actions name, not every practice of the project: a project of
 * many practices must not make each plan page hold them all in memory.
 */
@SpringBootTest(properties = "spring.jpa.properties.hibernate.generate_statistics=true")
@AutoConfigureMockMvc
@Tag("database")
class PlanPageRowsTests {

    private static final int MANY = 400;

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ProjectService projects;
    @Autowired
    PracticeService practices;
    @Autowired
    ActionPlanService plans;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    @Test
    void thePlanPageOfAProjectWithManyPracticesReadsOnlyThePracticesItsActionsName() {
        String key = projectWithManyPractices();
        Project project = projects.project(key);
        long segnalaci = practices.byTitles(project, List.of("Segnalaci")).get(0).getId();
        ActionPlan plan = plans.create(project, "Genoa", new PlanSpec(null, null, null, "ROP Liguria",
                InstrumentType.INVESTMENT_FOR_GROWTH_AND_JOBS, null));
        plans.addAction(project, plan.getId(), new ActionSpec("Citizen reports app",
                List.of(BackgroundLink.of(LinkKind.PRACTICE, segnalaci)), null, null, null, null, null, null, null, null,
                ActionStatus.PLANNED, null, 0, List.of()));
        Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();

        MvcTestResult page = mvc.get().uri("/projects/{key}/action-plans/{id}", key, plan.getId()).exchange();

        assertThat(page).hasStatusOk();
        assertThat(PageText.ofMain(PageText.html(page))).contains("good practice: Segnalaci");
        assertThat(practices.practices(project)).hasSizeGreaterThan(MANY);
        assertThat(statistics.getEntityLoadCount()).as("records read for the page").isLessThan(40);
    }

    private String projectWithManyPractices() {
        String key = ApiTestProjects.freshKey("PLAN-ROWS");
        ObjectNode document = ApiTestProjects.exportOf(mvc, ApiTestProjects.BETTER);
        ((ObjectNode) document.get("project")).put("key", key);
        ArrayNode list = (ArrayNode) document.get("practices");
        for (int i = 1; i <= MANY; i++) {
            list.addObject().put("title", "Filler practice " + i).put("owner", "Tartu");
        }
        assertThat(ApiTestProjects.importDocument(mvc, document)).hasStatus(HttpStatus.CREATED);
        return key;
    }
}
