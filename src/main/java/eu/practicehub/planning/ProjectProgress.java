package eu.practicehub.planning;

import java.time.LocalDate;
import java.util.List;

/** The whole project's plan against what was achieved from its start up to {@code asOf}, both days included. */
public record ProjectProgress(LocalDate asOf, List<MeasureProgress> measures) {
}
