package eu.practicehub.actionplan;

public enum ActionStatus {
    PLANNED, IN_PROGRESS, DONE, ABANDONED
}
