package eu.practicehub.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** One action of Part III as a person or client writes it. */
public record ActionSpec(
        String title,
        List<BackgroundLink> background,
        String backgroundText,
        String description,
        String players,
        LocalDate startDate,
        LocalDate endDate,
        BigDecimal costAmount,
        String costCurrency,
        String fundingSources,
        ActionStatus status,
        String abandonReason,
        Integer progress,
        List<IndicatorSpec> indicators) {

    public ActionSpec {
        background = background == null ? List.of() : background;
        indicators = indicators == null ? List.of() : indicators;
    }
}
