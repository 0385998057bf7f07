package eu.practicehub.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.dashboard.Dashboard.Position;
import eu.practicehub.dashboard.Dashboard.Stage;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.PageTest;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@PageTest
class DashboardServiceTests {

    @Autowired
    ProjectService projects;

    Project better() {
        return projects.project("BETTER");
    }

    @Test
    void countsTheDaysLeftIncludingTodayAndTheLastDay() {
        Position position = DashboardService.position(better(), LocalDate.of(2022, 1, 15));

        assertThat(position.stage()).isEqualTo(Stage.RUNNING);
        assertThat(position.phase()).isEqualTo("Learning phase");
        assertThat(position.semester()).isEqualTo(5);
        assertThat(position.semesters()).isEqualTo(8);
        assertThat(position.semesterStart()).isEqualTo(LocalDate.of(2021, 8, 1));
        assertThat(position.semesterEnd()).isEqualTo(LocalDate.of(2022, 1, 31));
        assertThat(position.daysLeftInSemester()).isEqualTo(17);
        assertThat(position.daysLeftInPhase()).isEqualTo(198);
        assertThat(position.daysLeftInProject()).isEqualTo(563);
    }

    @Test
    void tellsTheProgressUpToTodayWhileRunningAndUpToTheLastDayOnceEnded() {
        assertThat(DashboardService.progressDay(better(), LocalDate.of(2022, 1, 15))).isEqualTo(LocalDate.of(2022, 1, 15));
        assertThat(DashboardService.progressDay(better(), LocalDate.of(2023, 7, 31))).isEqualTo(LocalDate.of(2023, 7, 31));
        assertThat(DashboardService.progressDay(better(), LocalDate.of(2026, 11, 27))).isEqualTo(LocalDate.of(2023, 7, 31));
    }

    @Test
    void leavesOneDayOnTheLastDayOfTheProject() {
        Position position = DashboardService.position(better(), LocalDate.of(2023, 7, 31));

        assertThat(position.stage()).isEqualTo(Stage.RUNNING);
        assertThat(position.phase()).isEqualTo("Monitoring phase");
        assertThat(position.semester()).isEqualTo(8);
        assertThat(position.daysLeftInSemester()).isEqualTo(1);
        assertThat(position.daysLeftInPhase()).isEqualTo(1);
        assertThat(position.daysLeftInProject()).isEqualTo(1);
    }

    @Test
    void showsTheFirstSemesterWithoutDaysLeftBeforeTheStart() {
        Position position = DashboardService.position(better(), LocalDate.of(2019, 7, 31));

        assertThat(position.stage()).isEqualTo(Stage.NOT_STARTED);
        assertThat(position.phase()).isNull();
        assertThat(position.semester()).isEqualTo(1);
        assertThat(position.daysLeftInSemester()).isNull();
        assertThat(position.daysLeftInProject()).isNull();
    }

    @Test
    void showsTheLastSemesterWithoutDaysLeftAfterTheEnd() {
        Position position = DashboardService.position(better(), LocalDate.of(2023, 8, 1));

        assertThat(position.stage()).isEqualTo(Stage.ENDED);
        assertThat(position.phase()).isNull();
        assertThat(position.semester()).isEqualTo(8);
        assertThat(position.projectEnd()).isEqualTo(LocalDate.of(2023, 7, 31));
        assertThat(position.daysLeftInProject()).isNull();
    }
}
