package eu.practicehub.history;

/** What a revision did to a record, from Envers' revision type: 0 added, 1 changed, 2 deleted. */
public enum ChangeType {
    CREATED,
    CHANGED,
    DELETED;

    static ChangeType of(Object revtype) {
        return values()[((Number) revtype).intValue()];
    }
}
