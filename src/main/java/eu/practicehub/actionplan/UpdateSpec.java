package eu.practicehub.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;

/** A monitoring update of one action for one semester; indicator values by indicator name. */
public record UpdateSpec(Integer semester, LocalDate date, String done, String evidence,
        Map<String, BigDecimal> indicatorValues) {

    public UpdateSpec {
        indicatorValues = indicatorValues == null ? Map.of() : indicatorValues;
    }
}
