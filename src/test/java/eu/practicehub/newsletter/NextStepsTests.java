package eu.practicehub.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.event.EventType;
import eu.practicehub.planning.Measure;
import eu.practicehub.planning.PlanningService;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.PageTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** “What the partners will do next”: the remaining targets of the following semester, or of the project. */
@PageTest
class NextStepsTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    NewsletterService newsletters;

    @Autowired
    ProjectService projects;

    @Autowired
    PlanningService planning;

    String key;
    Project project;

    @BeforeEach
    void copyBetterWithItsTargets() {
        key = ApiTestProjects.copyOfBetter(mvc, "NEWS-NEXT");
        project = projects.project(key);
        planning.saveTargets(key, 6, planning.targets(key, 6).version(),
                Map.of(Measure.STUDY_VISITS, 5, Measure.IMPORT_WORKSHOPS, 5, Measure.REGIONAL_EVENTS, 5));
        planning.saveTargets(key, 0, planning.targets(key, 0).version(),
                Map.of(Measure.STUDY_VISITS, 10, Measure.IMPORT_WORKSHOPS, 5, Measure.REGIONAL_EVENTS, 5,
                        Measure.ACTION_PLANS_ENDORSED, 5));
    }

    NewsletterDraft draft(LocalDate from, LocalDate to) {
        return newsletters.preview(project, new NewsletterRequest(from, to, List.of(EventType.STUDY_VISIT)));
    }

    @Test
    void theSemesterFiveNewsletterTellsTheNextSemestersTargetsAsTheSeedDoes() {
        NewsletterDraft draft = draft(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 10, 31));

        assertThat(draft.next()).isEqualTo("In the coming months, partner cities are to hold five more study visits, "
                + "five import workshops and five regional events.");
        assertThat(draft.markdown()).contains("## What the partners will do next\n\nIn the coming months, partner cities");
    }

    @Test
    void afterTheLastSemesterItTellsWhatRemainsOfTheWholeProject() {
        NewsletterDraft draft = draft(LocalDate.of(2022, 8, 1), LocalDate.of(2023, 7, 31));

        assertThat(draft.next()).isEqualTo("Until the end of the project, partner cities are to hold seven more study "
                + "visits, four more import workshops and five regional events. They also aim for five action plans endorsed.");
    }

    @Test
    void leavesTheSectionOutWhenNothingRemains() {
        planning.saveTargets(key, 6, planning.targets(key, 6).version(), Map.of());

        NewsletterDraft draft = draft(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 10, 31));

        assertThat(draft.next()).isNull();
        assertThat(draft.markdown()).doesNotContain("What the partners will do next");
    }
}
