package eu.practicehub.planning;

import eu.practicehub.project.Semester;
import java.util.List;

/**
 * A semester's targets against what was achieved in it, and the whole project's plan against what
 * was achieved up to the semester's end.
 */
public record SemesterProgress(Semester semester, List<MeasureProgress> inSemester, List<MeasureProgress> projectSoFar) {
}
