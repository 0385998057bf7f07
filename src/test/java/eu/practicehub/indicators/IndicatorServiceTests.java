package eu.practicehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.practicehub.actionplan.InstrumentType;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.event.EventType;
import eu.practicehub.indicators.IndicatorReport.SemesterFigures;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.PageTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Every indicator of the known data set ({@link IndicatorDataSet}), and BETTER's true figures. */
@PageTest
class IndicatorServiceTests {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    IndicatorService indicators;

    Project project;

    @BeforeEach
    void knownDataSet() {
        project = projects.project(IndicatorDataSet.importNew(mvc));
    }

    @Test
    void countsEveryIndicatorPerSemesterWithEventsOnTheFirstAndLastDaysOfSemesters() {
        IndicatorReport report = indicators.report(project, null);

        assertThat(report.semesters()).extracting(SemesterFigures::number).containsExactly(1, 2, 3, 4);
        assertThat(report.semesters().get(1).start()).isEqualTo(LocalDate.of(2020, 7, 1));
        assertThat(report.semesters().get(1).end()).isEqualTo(LocalDate.of(2020, 12, 31));
        Figures s1 = figures(report, 1);
        Figures s2 = figures(report, 2);
        Figures s3 = figures(report, 3);
        Figures s4 = figures(report, 4);
        Figures total = report.total();

        assertThat(List.of(s1, s2, s3, s4, total)).extracting(Figures::goodPracticesIdentified).containsExactly(2L, 1L, 0L, 1L, 4L);
        assertThat(List.of(s1, s2, s3, s4, total)).extracting(Figures::eventsHeld).containsExactly(2L, 1L, 0L, 1L, 4L);
        assertThat(s1.eventsHeldByType()).containsEntry(EventType.THEMATIC_EVENT, 1L).containsEntry(EventType.STUDY_VISIT, 1L)
                .containsEntry(EventType.IMPORT_WORKSHOP, 0L);
        assertThat(s2.eventsHeldByType()).containsEntry(EventType.STUDY_VISIT, 1L);
        assertThat(s4.eventsHeldByType()).containsEntry(EventType.IMPORT_WORKSHOP, 1L).containsEntry(EventType.STUDY_VISIT, 0L);
        assertThat(total.eventsHeldByType()).hasSize(EventType.values().length)
                .containsEntry(EventType.THEMATIC_EVENT, 1L).containsEntry(EventType.STUDY_VISIT, 2L)
                .containsEntry(EventType.IMPORT_WORKSHOP, 1L).containsEntry(EventType.REGIONAL_EVENT, 0L);
        assertThat(List.of(s1, s2, s3, s4, total)).extracting(Figures::partnerParticipations).containsExactly(5L, 3L, 0L, 2L, 10L);
        assertThat(List.of(s1, s2, s4, total)).extracting(Figures::averagePartnersPerEvent)
                .containsExactly(new BigDecimal("2.50"), new BigDecimal("3.00"), new BigDecimal("2.00"), new BigDecimal("2.50"));
        assertThat(s3.averagePartnersPerEvent()).isNull();
        assertThat(List.of(s1, s2, s3, s4)).extracting(Figures::actionPlansProduced).containsOnlyNulls();
        assertThat(total.actionPlansProduced()).isEqualTo(2);
        assertThat(List.of(s1, s2, s3, s4, total)).extracting(Figures::actionPlansEndorsed).containsExactly(0L, 0L, 1L, 0L, 1L);
        assertThat(List.of(s1, s2, s3, s4)).extracting(Figures::policyInstrumentsAddressed).containsOnlyNulls();
        assertThat(total.policyInstrumentsAddressed()).isEqualTo(2);
        assertThat(total.policyInstrumentsByType()).isEqualTo(Map.of(InstrumentType.INVESTMENT_FOR_GROWTH_AND_JOBS, 1L,
                InstrumentType.EUROPEAN_TERRITORIAL_COOPERATION, 0L, InstrumentType.OTHER_REGIONAL_DEVELOPMENT, 0L));
        assertThat(List.of(s1, s2, s3, s4, total)).extracting(Figures::transfersStarted).containsExactly(0L, 0L, 1L, 1L, 2L);
        assertThat(List.of(s1, s2, s3, s4, total)).extracting(Figures::transfersCompleted).containsExactly(0L, 0L, 1L, 0L, 1L);
    }

    @Test
    void listsTheHeldEventsWithTheirHostAndPartnersLeavingOutTheCancelledOne() {
        IndicatorReport report = indicators.report(project, null);

        assertThat(report.heldEvents()).extracting(IndicatorReport.HeldEvent::title).containsExactly(
                "First day of semester 1", "Last day of semester 1", "First day of semester 2", "Last day of semester 4");
        assertThat(report.heldEvents()).extracting(IndicatorReport.HeldEvent::host).containsExactly("Alba", "Borås", "Cēsis", "Cēsis");
        assertThat(report.heldEvents()).extracting(IndicatorReport.HeldEvent::partners).containsExactly(3L, 2L, 3L, 2L);
        assertThat(report.heldEvents()).extracting(IndicatorReport.HeldEvent::visitors).containsExactly(2L, 1L, 2L, 1L);
    }

    @Test
    void oneSemesterHasItsOwnColumnItsEventsAndTheWholeProjectsTotal() {
        IndicatorReport report = indicators.report(project, 1);

        assertThat(report.semester()).isEqualTo(1);
        assertThat(report.semesters()).extracting(SemesterFigures::number).containsExactly(1);
        assertThat(figures(report, 1).eventsHeld()).isEqualTo(2);
        assertThat(figures(report, 1).goodPracticesIdentified()).isEqualTo(2);
        assertThat(report.total().eventsHeld()).isEqualTo(4);
        assertThat(report.total().transfersStarted()).isEqualTo(2);
        assertThat(report.heldEvents()).extracting(IndicatorReport.HeldEvent::title)
                .containsExactly("First day of semester 1", "Last day of semester 1");
        assertThat(report.fileName("csv")).isEqualTo(project.getKey() + "-indicators-semester-1.csv");
        assertThat(indicators.report(project, 4).heldEvents()).extracting(IndicatorReport.HeldEvent::title)
                .containsExactly("Last day of semester 4");
    }

    @Test
    void refusesASemesterTheProjectDoesNotHave() {
        assertThatThrownBy(() -> indicators.report(project, 5)).isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> indicators.report(project, 0)).isInstanceOf(RuleViolationException.class);
    }

    @Test
    void betterHeldItsThreeStudyVisitsInSemestersFourAndFive() {
        IndicatorReport report = indicators.report(projects.project("BETTER"), null);

        assertThat(report.semesters()).hasSize(8);
        assertThat(report.semesters().get(3).start()).isEqualTo(LocalDate.of(2021, 2, 1));
        assertThat(report.semesters().get(4).start()).isEqualTo(LocalDate.of(2021, 8, 1));
        assertThat(report.semesters()).extracting(s -> s.figures().eventsHeldByType().get(EventType.STUDY_VISIT))
                .containsExactly(0L, 0L, 0L, 1L, 2L, 0L, 0L, 0L);
        assertThat(report.total().eventsHeldByType().get(EventType.STUDY_VISIT)).isEqualTo(3);
        // Genoa with three visitors on 17 July 2021; Nyíregyháza with three on 13 September; Gävle with four on 27 October.
        assertThat(report.heldEvents()).filteredOn(e -> e.type() == EventType.STUDY_VISIT)
                .extracting(IndicatorReport.HeldEvent::startDate, IndicatorReport.HeldEvent::host, IndicatorReport.HeldEvent::partners)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 7, 17), "Genoa", 4L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 9, 13), "Nyíregyháza", 4L),
                        org.assertj.core.groups.Tuple.tuple(LocalDate.of(2021, 10, 27), "Gävle", 5L));
        // The practices of the Genoa visit are identified in semester 4, those of the two later visits in semester 5.
        assertThat(figures(report, 4).goodPracticesIdentified()).isEqualTo(5);
        assertThat(figures(report, 5).goodPracticesIdentified()).isEqualTo(4);
        assertThat(report.total().goodPracticesIdentified()).isEqualTo(9);
        assertThat(figures(report, 5).transfersStarted()).isEqualTo(1);
        assertThat(report.total().transfersCompleted()).isZero();
        assertThat(report.total().actionPlansProduced()).isZero();
        assertThat(report.total().policyInstrumentsAddressed()).isEqualTo(1);
    }

    private static Figures figures(IndicatorReport report, int semester) {
        return report.semesters().stream().filter(s -> s.number() == semester).findFirst().orElseThrow().figures();
    }
}
