package eu.practicehub.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/**
 * A monitoring update of one action for one semester; indicator values by indicator name. It may also
 * state where the action now is ({@code status}, {@code progress}); left out, the action's stay as they
 * are, known or not.
 */
public record UpdateSpec(Integer semester, LocalDate date, String done, String evidence,
        Map<String, BigDecimal> indicatorValues, ActionStatus status, Integer progress) {

    public UpdateSpec {
        indicatorValues = indicatorValues == null ? Map.of() : indicatorValues;
    }

    /** An update that leaves the action's status and progress as they are. */
    public UpdateSpec(Integer semester, LocalDate date, String done, String evidence,
            Map<String, BigDecimal> indicatorValues) {
        this(semester, date, done, evidence, indicatorValues, null, null);
    }
}
