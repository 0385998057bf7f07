package eu.practicehub.actionplan;

import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

/** One action of a plan's Part III, with its indicators and monitoring updates. */
@Entity
@Audited
@Table(name = "plan_action")
public class Action {

    private static final Comparator<BackgroundLink> ORDER = Comparator.comparing(BackgroundLink::kind)
            .thenComparing(BackgroundLink::id);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "plan_action_seq")
    @SequenceGenerator(name = "plan_action_seq", sequenceName = "plan_action_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "plan_id")
    private ActionPlan plan;

    private String title;

    @ElementCollection
    @CollectionTable(name = "action_background", joinColumns = @JoinColumn(name = "action_id"))
    @NotAudited
    private List<BackgroundLink> background = new ArrayList<>();

    @Column(name = "background")
    private String backgroundText;

    private String description;
    private String players;
    private LocalDate startDate;
    private LocalDate endDate;

    @Column(precision = 14, scale = 2)
    private BigDecimal costAmount;

    private String costCurrency;
    private String fundingSources;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ActionStatus status;

    private String abandonReason;
    private Integer progress;

    @OneToMany(mappedBy = "action", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    @NotAudited
    private List<Indicator> indicators = new ArrayList<>();

    @OneToMany(mappedBy = "action", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("semester")
    @NotAudited
    private List<MonitoringUpdate> updates = new ArrayList<>();

    @Version
    private long version;

    protected Action() {
    }

    Action(ActionPlan plan) {
        this.plan = plan;
    }

    /** Takes a spec that passed the rules; indicators keep their values by position. */
    void describe(ActionSpec spec) {
        this.title = spec.title().strip();
        List<BackgroundLink> links = spec.background().stream().distinct().sorted(ORDER).toList();
        if (!getBackground().equals(links)) {
            background.clear();
            background.addAll(links);
        }
        this.backgroundText = spec.backgroundText();
        this.description = spec.description();
        this.players = spec.players();
        this.startDate = spec.startDate();
        this.endDate = spec.endDate();
        this.costAmount = spec.costAmount();
        this.costCurrency = spec.costCurrency() == null ? null : spec.costCurrency().strip().toUpperCase(Locale.ROOT);
        this.fundingSources = spec.fundingSources();
        // A status or progress left out is not known, and stays so.
        this.status = spec.status();
        this.abandonReason = this.status == ActionStatus.ABANDONED ? spec.abandonReason() : null;
        this.progress = spec.progress();
        describeIndicators(spec.indicators());
    }

    private void describeIndicators(List<IndicatorSpec> specs) {
        for (int i = 0; i < specs.size(); i++) {
            if (i < indicators.size()) {
                indicators.get(i).describe(i, specs.get(i));
            } else {
                Indicator indicator = new Indicator(this);
                indicator.describe(i, specs.get(i));
                indicators.add(indicator);
            }
        }
        while (indicators.size() > specs.size()) {
            indicators.remove(indicators.size() - 1);
        }
    }

    /** Records what happened in a semester; an action has at most one update per semester. */
    MonitoringUpdate recordUpdate(UpdateSpec spec) {
        if (updateIn(spec.semester()).isPresent()) {
            throw new RuleViolationException(Violation.of("semester", "actionPlan.update.semesterTaken", spec.semester()));
        }
        MonitoringUpdate update = new MonitoringUpdate(this, spec);
        updates.add(update);
        if (spec.status() != null) {
            this.status = spec.status();
        }
        if (spec.progress() != null) {
            this.progress = spec.progress();
        }
        for (Map.Entry<String, BigDecimal> value : spec.indicatorValues().entrySet()) {
            if (value.getValue() != null) {
                indicator(value.getKey()).ifPresent(i -> i.reached(spec.semester(), value.getValue()));
            }
        }
        return update;
    }

    /** Takes the indicators' values and the monitoring updates as a project document states them. */
    void restoreMonitoring(List<Map<Integer, BigDecimal>> values, List<UpdateSpec> restored) {
        for (int i = 0; i < indicators.size(); i++) {
            indicators.get(i).restoreValues(i < values.size() ? values.get(i) : Map.of());
        }
        updates.removeIf(u -> restored.stream().noneMatch(r -> r.semester() == u.getSemester()));
        for (UpdateSpec spec : restored) {
            updateIn(spec.semester()).ifPresentOrElse(u -> u.restore(spec), () -> updates.add(new MonitoringUpdate(this, spec)));
        }
        updates.sort(Comparator.comparingInt(MonitoringUpdate::getSemester));
    }

    public Optional<MonitoringUpdate> updateIn(int semester) {
        return updates.stream().filter(u -> u.getSemester() == semester).findFirst();
    }

    public Optional<Indicator> indicator(String name) {
        return indicators.stream().filter(i -> i.getName().equals(name == null ? null : name.strip())).findFirst();
    }

    /** The linked records, practices first, each kind in the order of their ids. */
    public List<BackgroundLink> getBackground() {
        return background.stream().sorted(ORDER).toList();
    }

    public Long getId() {
        return id;
    }

    public ActionPlan getPlan() {
        return plan;
    }

    public String getTitle() {
        return title;
    }

    public String getBackgroundText() {
        return backgroundText;
    }

    public String getDescription() {
        return description;
    }

    public String getPlayers() {
        return players;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public BigDecimal getCostAmount() {
        return costAmount;
    }

    public String getCostCurrency() {
        return costCurrency;
    }

    public String getFundingSources() {
        return fundingSources;
    }

    /** Where the action is; null when it was not stated (a project document may leave it out). */
    public ActionStatus getStatus() {
        return status;
    }

    /** Whether the action's status is stated. */
    public boolean isStatusKnown() {
        return status != null;
    }

    public String getAbandonReason() {
        return abandonReason;
    }

    /** How far the action is, from 0 to 100 percent; null when it was not stated. */
    public Integer getProgress() {
        return progress;
    }

    /** Whether the action's progress is stated. */
    public boolean isProgressKnown() {
        return progress != null;
    }

    public List<Indicator> getIndicators() {
        return List.copyOf(indicators);
    }

    public List<MonitoringUpdate> getUpdates() {
        return List.copyOf(updates);
    }

    public long getVersion() {
        return version;
    }
}
