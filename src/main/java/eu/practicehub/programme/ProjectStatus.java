package eu.practicehub.programme;

/** Where a project stands today, in its own time zone: before its start, within its run, or after its end. */
public enum ProjectStatus {
    NOT_STARTED, RUNNING, ENDED
}
