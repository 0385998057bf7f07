package eu.practicehub.actionplan;

import java.math.BigDecimal;

public record IndicatorSpec(String name, String unit, BigDecimal baseline, BigDecimal target) {
}
