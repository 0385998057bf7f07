package eu.practicehub.actionplan;

/** Where an action plan is; it only moves forward, one step at a time. */
public enum PlanStatus {
    DRAFT, SUBMITTED, ENDORSED, IN_MONITORING, COMPLETED;

    /** The status that follows this one, or null for the last. */
    public PlanStatus next() {
        return this == COMPLETED ? null : values()[ordinal() + 1];
    }
}
