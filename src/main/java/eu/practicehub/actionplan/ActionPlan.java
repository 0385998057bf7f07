package eu.practicehub.actionplan;

import eu.practicehub.common.Checks;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import jakarta.persistence.CascadeType;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

/** A partner's Regional Action Plan: Parts I and II here, Part III as its actions. */
@Entity
@Audited
@Table(name = "action_plan")
public class ActionPlan {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_plan_seq")
    @SequenceGenerator(name = "action_plan_seq", sequenceName = "action_plan_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Partner partner;

    private String otherOrganisations;
    private String contactName;
    private String contactEmail;
    private String instrumentName;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private InstrumentType instrumentType;

    private String instrumentImprovement;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private PlanStatus status = PlanStatus.DRAFT;

    private String endorsedBy;
    private LocalDate endorsedOn;

    @OneToMany(mappedBy = "plan", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("id")
    @NotAudited
    private List<Action> actions = new ArrayList<>();

    @Version
    private long version;

    protected ActionPlan() {
    }

    ActionPlan(Project project, Partner partner) {
        this.project = project;
        this.partner = partner;
    }

    void describe(PlanSpec spec) {
        requireOpen();
        describeParts(spec);
    }

    private void describeParts(PlanSpec spec) {
        this.otherOrganisations = spec.otherOrganisations();
        this.contactName = spec.contactName();
        this.contactEmail = spec.contactEmail();
        this.instrumentName = spec.instrumentName();
        this.instrumentType = spec.instrumentType();
        this.instrumentImprovement = spec.instrumentImprovement();
    }

    /**
     * Takes Parts I–II, the status, the endorsement and the actions as a project document states
     * them, actions matched by their position; the service has checked them.
     */
    void restore(PlanImport restored) {
        describeParts(restored.plan());
        this.status = restored.status();
        this.endorsedBy = restored.endorsedBy();
        this.endorsedOn = restored.endorsedOn();
        List<PlanImport.ActionImport> wanted = restored.actions();
        for (int i = 0; i < wanted.size(); i++) {
            Action action = i < actions.size() ? actions.get(i) : new Action(this);
            if (i >= actions.size()) {
                actions.add(action);
            }
            action.describe(wanted.get(i).action());
            action.restoreMonitoring(wanted.get(i).indicatorValues(), wanted.get(i).updates());
        }
        while (actions.size() > wanted.size()) {
            actions.remove(actions.size() - 1);
        }
    }

    Action addAction() {
        requireOpen();
        Action action = new Action(this);
        actions.add(action);
        return action;
    }

    /**
     * Moves the plan to the status asked for, when that is the next one and its conditions hold. A plan
     * whose status is not stated (imported so) may be given any status, under that status's own
     * conditions: a submitted plan names its instrument and has an action, an endorsed one says who
     * endorsed it and when, monitoring waits for the monitoring phase.
     */
    void moveTo(StatusMove move, LocalDate monitoringStarts, LocalDate today) {
        RuleViolationException.throwIfAny(moveProblems(move, monitoringStarts, today));
        if (move.to() == PlanStatus.ENDORSED) {
            this.endorsedBy = move.endorsedBy().strip();
            this.endorsedOn = move.endorsedOn();
        }
        status = move.to();
    }

    /**
     * Every rule the move breaks, without moving the plan: a move to a status that is not the next one is
     * refused for that alone; otherwise the conditions of the status moved to are checked.
     */
    public List<Violation> moveProblems(StatusMove move, LocalDate monitoringStarts, LocalDate today) {
        if (move.to() == null) {
            return List.of(Violation.of("to", "validation.required"));
        }
        // The next status, or any status when the current one is not stated.
        if (status != null && status.next() != move.to()) {
            return List.of(Violation.of("to", "actionPlan.status.notAllowed", status, move.to()));
        }
        Checks checks = new Checks();
        switch (move.to()) {
            case SUBMITTED -> checks
                    .check(instrumentName != null && !instrumentName.isBlank(), "instrumentName", "actionPlan.submit.instrumentMissing")
                    .check(!actions.isEmpty(), "", "actionPlan.submit.noActions");
            case ENDORSED -> checks.text("endorsedBy", move.endorsedBy(), 300, true).date("endorsedOn", move.endorsedOn(), true)
                    .check(move.endorsedOn() == null || !move.endorsedOn().isAfter(today), "endorsedOn", "actionPlan.endorsedOn.future");
            case IN_MONITORING -> checks.check(!today.isBefore(monitoringStarts), "to", "actionPlan.monitoring.notStarted",
                    monitoringStarts);
            case DRAFT, COMPLETED -> { }
        }
        return checks.violations();
    }

    /** Hands the draft in: it names its policy instrument and has at least one action. */
    void submit() {
        moveTo(new StatusMove(PlanStatus.SUBMITTED, null, null), null, null);
    }

    /** Records who endorsed the submitted plan and on which day. */
    void endorse(String by, LocalDate on, LocalDate today) {
        moveTo(new StatusMove(PlanStatus.ENDORSED, by, on), null, today);
    }

    /** Starts monitoring an endorsed plan, once the project's monitoring phase has begun. */
    void startMonitoring(LocalDate monitoringStarts, LocalDate today) {
        moveTo(new StatusMove(PlanStatus.IN_MONITORING, null, null), monitoringStarts, today);
    }

    void complete() {
        moveTo(new StatusMove(PlanStatus.COMPLETED, null, null), null, null);
    }

    /** Whether the plan's status is stated; a document may leave it out. */
    public boolean isStatusKnown() {
        return status != null;
    }

    /** Monitoring updates are recorded only while the plan is being monitored. */
    void requireMonitoring() {
        if (status == null) {
            throw new RuleViolationException(Violation.of("", "actionPlan.update.statusUnknown"));
        }
        if (status != PlanStatus.IN_MONITORING) {
            throw new RuleViolationException(Violation.of("", "actionPlan.update.notMonitoring", status));
        }
    }

    /** A completed plan is a record of what was done and no longer changes. */
    void requireOpen() {
        if (status == PlanStatus.COMPLETED) {
            throw new RuleViolationException(Violation.of("", "actionPlan.completed"));
        }
    }

    /**
     * How far the plan is: the average progress of its actions that were not abandoned, leaving out the
     * actions whose progress is not stated; empty when no action has a progress to count.
     */
    public OptionalInt progress() {
        var average = actions.stream().filter(a -> a.getStatus() != ActionStatus.ABANDONED)
                .filter(Action::isProgressKnown).mapToInt(Action::getProgress).average();
        return average.isPresent() ? OptionalInt.of((int) Math.round(average.getAsDouble())) : OptionalInt.empty();
    }

    /** Whether some action counts towards the plan's progress but does not state its own. */
    public boolean hasActionsWithoutProgress() {
        return actions.stream().anyMatch(a -> a.getStatus() != ActionStatus.ABANDONED && !a.isProgressKnown());
    }

    public Optional<Action> action(long actionId) {
        return actions.stream().filter(a -> a.getId() != null && a.getId() == actionId).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public Partner getPartner() {
        return partner;
    }

    public String getOtherOrganisations() {
        return otherOrganisations;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getInstrumentName() {
        return instrumentName;
    }

    public InstrumentType getInstrumentType() {
        return instrumentType;
    }

    public String getInstrumentImprovement() {
        return instrumentImprovement;
    }

    /** Where the plan is; null when a project document did not state it. */
    public PlanStatus getStatus() {
        return status;
    }

    public String getEndorsedBy() {
        return endorsedBy;
    }

    public LocalDate getEndorsedOn() {
        return endorsedOn;
    }

    public List<Action> getActions() {
        return List.copyOf(actions);
    }

    public long getVersion() {
        return version;
    }
}
