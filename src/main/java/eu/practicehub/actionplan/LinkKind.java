package eu.practicehub.actionplan;

/** The kinds of record an action's background can name. */
public enum LinkKind {
    PRACTICE, EVENT, TRANSFER
}
