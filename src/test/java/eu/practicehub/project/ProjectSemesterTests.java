package eu.practicehub.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProjectSemesterTests {

    private final Project better = new Project(new ProjectSpec("BETTER", "BETTER", "Interreg Europe", null,
            LocalDate.of(2019, 8, 1), 6, null, List.of(
                    new Phase("Learning phase", LocalDate.of(2019, 8, 1), LocalDate.of(2022, 7, 31)),
                    new Phase("Monitoring phase", LocalDate.of(2022, 8, 1), LocalDate.of(2023, 7, 31)))));

    @Test
    void theFirstDayOfTheProjectIsInSemesterOne() {
        assertThat(better.semesterOf(LocalDate.of(2019, 8, 1))).map(Semester::number).contains(1);
    }

    @Test
    void theLastDayOfASemesterStillBelongsToIt() {
        assertThat(better.semesterOf(LocalDate.of(2020, 1, 31))).map(Semester::number).contains(1);
        assertThat(better.semesterOf(LocalDate.of(2022, 1, 31))).map(Semester::number).contains(5);
    }

    @Test
    void theFirstDayOfTheNextSemesterStartsIt() {
        assertThat(better.semesterOf(LocalDate.of(2020, 2, 1))).map(Semester::number).contains(2);
        assertThat(better.semesterOf(LocalDate.of(2021, 8, 1))).map(Semester::number).contains(5);
    }

    @Test
    void theSeedsStudyVisitsFallInSemestersFourAndFive() {
        assertThat(better.semesterOf(LocalDate.of(2021, 7, 17))).map(Semester::number).contains(4);
        assertThat(better.semesterOf(LocalDate.of(2021, 9, 13))).map(Semester::number).contains(5);
        assertThat(better.semesterOf(LocalDate.of(2021, 10, 27))).map(Semester::number).contains(5);
    }

    @Test
    void aDayBeforeTheStartHasNoSemester() {
        assertThat(better.semesterOf(LocalDate.of(2019, 7, 31))).isEmpty();
    }

    @Test
    void semestersRunFromTheStartToTheEndOfTheLastPhase() {
        List<Semester> semesters = better.semesters();
        assertThat(semesters).hasSize(8);
        assertThat(semesters.get(0)).isEqualTo(new Semester(1, LocalDate.of(2019, 8, 1), LocalDate.of(2020, 1, 31)));
        assertThat(semesters.get(5)).isEqualTo(new Semester(6, LocalDate.of(2022, 2, 1), LocalDate.of(2022, 7, 31)));
        assertThat(semesters.get(7).end()).isEqualTo(LocalDate.of(2023, 7, 31));
    }

    @Test
    void theCurrentSemesterAfterTheProjectEndedIsTheLastOne() {
        assertThat(better.currentSemester(LocalDate.of(2026, 11, 27)).number()).isEqualTo(8);
        assertThat(better.currentSemester(LocalDate.of(2022, 1, 10)).number()).isEqualTo(5);
        assertThat(better.currentSemester(LocalDate.of(2019, 1, 1)).number()).isEqualTo(1);
    }

    @Test
    void noSemesterIsRunningBeforeTheStartOrAfterTheEnd() {
        assertThat(better.runningSemester(LocalDate.of(2023, 7, 31))).map(Semester::number).contains(8);
        assertThat(better.runningSemester(LocalDate.of(2023, 8, 1))).isEmpty();
        assertThat(better.runningSemester(LocalDate.of(2019, 7, 31))).isEmpty();
    }

    @Test
    void theLearningAndMonitoringPhasesAreFoundByDate() {
        assertThat(better.phaseOn(LocalDate.of(2022, 7, 31))).map(Phase::name).contains("Learning phase");
        assertThat(better.phaseOn(LocalDate.of(2022, 8, 1))).map(Phase::name).contains("Monitoring phase");
        assertThat(better.phaseOn(LocalDate.of(2023, 8, 1))).isEmpty();
    }
}
