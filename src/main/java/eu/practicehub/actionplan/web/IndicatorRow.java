package eu.practicehub.actionplan.web;

import eu.practicehub.actionplan.Indicator;
import eu.practicehub.actionplan.IndicatorSpec;
import java.math.BigDecimal;

/** One indicator row of the action form. */
public class IndicatorRow {

    private String name;
    private String unit;
    private BigDecimal baseline;
    private BigDecimal target;

    static IndicatorRow of(Indicator indicator) {
        IndicatorRow row = new IndicatorRow();
        row.name = indicator.getName();
        row.unit = indicator.getUnit();
        row.baseline = indicator.getBaseline();
        row.target = indicator.getTarget();
        return row;
    }

    boolean isEmpty() {
        return name == null && unit == null && baseline == null && target == null;
    }

    IndicatorSpec toSpec() {
        return new IndicatorSpec(name, unit, baseline, target);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public void setBaseline(BigDecimal baseline) {
        this.baseline = baseline;
    }

    public BigDecimal getTarget() {
        return target;
    }

    public void setTarget(BigDecimal target) {
        this.target = target;
    }
}
