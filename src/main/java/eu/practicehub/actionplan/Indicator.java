package eu.practicehub.actionplan;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** What an action measures: a baseline, a target and the value reached in each semester. */
@Entity
@Table(name = "action_indicator")
public class Indicator {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_indicator_seq")
    @SequenceGenerator(name = "action_indicator_seq", sequenceName = "action_indicator_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id")
    private Action action;

    private int position;
    private String name;
    private String unit;

    @Column(precision = 14, scale = 2)
    private BigDecimal baseline;

    @Column(precision = 14, scale = 2)
    private BigDecimal target;

    @ElementCollection
    @CollectionTable(name = "indicator_value", joinColumns = @JoinColumn(name = "indicator_id"))
    @MapKeyColumn(name = "semester")
    @Column(name = "reached", precision = 14, scale = 2)
    private Map<Integer, BigDecimal> values = new HashMap<>();

    protected Indicator() {
    }

    Indicator(Action action) {
        this.action = action;
    }

    void describe(int position, IndicatorSpec spec) {
        this.position = position;
        this.name = spec.name().strip();
        this.unit = spec.unit();
        this.baseline = spec.baseline();
        this.target = spec.target();
    }

    void reached(int semester, BigDecimal value) {
        values.put(semester, value);
    }

    void restoreValues(Map<Integer, BigDecimal> restored) {
        if (!new TreeMap<>(values).equals(new TreeMap<>(restored))) {
            values.clear();
            values.putAll(restored);
        }
    }

    public BigDecimal valueIn(int semester) {
        return values.get(semester);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getBaseline() {
        return baseline;
    }

    public BigDecimal getTarget() {
        return target;
    }

    /** The values reached, by semester number in order. */
    public SortedMap<Integer, BigDecimal> getValues() {
        return new TreeMap<>(values);
    }
}
