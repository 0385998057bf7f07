package eu.practicehub.practice;

import java.time.LocalDate;
import java.util.List;

/**
 * Where practices were examined. The event module knows that and provides this; the practice
 * pages use it without depending on the event module.
 */
public interface PracticeExaminations {

    List<Examination> examinationsOf(Practice practice);

    /** True when any event, held or planned, lists the practice among those it examines. */
    boolean isExamined(Practice practice);

    /**
     * One event that examined (or will examine) a practice. Type, status and date precision are
     * the names of the event module's constants.
     */
    record Examination(long eventId, String title, String type, String status, LocalDate startDate,
            LocalDate endDate, String datePrecision, String host) {
    }
}
