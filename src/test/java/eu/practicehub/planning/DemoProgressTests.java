package eu.practicehub.planning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.practicehub.common.NotFoundException;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

@SpringBootTest
@Tag("database")
class DemoProgressTests {

    @Autowired
    PlanningService planning;

    @Test
    void countsTheStudyVisitOfJuly2021InTheFourthSemesterAndTheTwoOfAutumnInTheFifth() {
        SemesterProgress fourth = planning.semesterProgress("BETTER", 4);
        SemesterProgress fifth = planning.semesterProgress("BETTER", 5);
        assertThat(fourth.semester().start()).isEqualTo(LocalDate.of(2021, 2, 1));
        assertThat(fourth.semester().end()).isEqualTo(LocalDate.of(2021, 7, 31));
        assertThat(fifth.semester().start()).isEqualTo(LocalDate.of(2021, 8, 1));
        assertThat(fifth.semester().end()).isEqualTo(LocalDate.of(2022, 1, 31));
        assertThat(of(fourth.inSemester(), Measure.STUDY_VISITS).achieved()).isEqualTo(1);
        assertThat(of(fifth.inSemester(), Measure.STUDY_VISITS).achieved()).isEqualTo(2);
        assertThat(of(fifth.inSemester(), Measure.IMPORT_WORKSHOPS).achieved()).isEqualTo(1);
        assertThat(of(fifth.inSemester(), Measure.TRANSFERS_STARTED).achieved()).isEqualTo(1);
        assertThat(of(fifth.projectSoFar(), Measure.STUDY_VISITS).achieved()).isEqualTo(3);
        assertThat(of(fifth.projectSoFar(), Measure.THEMATIC_EVENTS).achieved()).isEqualTo(2);
        assertThat(of(fifth.projectSoFar(), Measure.STEERING_COMMITTEES).achieved()).isEqualTo(1);
        assertThat(fifth.inSemester()).extracting(MeasureProgress::measure).containsExactly(Measure.values());
        assertThat(fifth.projectSoFar()).extracting(MeasureProgress::measure).containsExactly(Measure.values());
    }

    @Test
    void answersAnUnknownSemesterOrProjectWithNotFound() {
        assertThatThrownBy(() -> planning.semesterProgress("BETTER", 9)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> planning.semesterProgress("BETTER", 0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> planning.semesterProgress("NOPE", 1)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void countsTheWholeProjectUpToADayIncluded() {
        ProjectProgress progress = planning.projectProgress("BETTER", LocalDate.of(2021, 9, 13));
        assertThat(of(progress.measures(), Measure.STUDY_VISITS).achieved()).isEqualTo(2);
        assertThat(progress.measures()).extracting(MeasureProgress::measure).containsExactly(Measure.values());
    }

    static MeasureProgress of(List<MeasureProgress> progress, Measure measure) {
        return progress.stream().filter(p -> p.measure() == measure).findFirst().orElseThrow();
    }
}
