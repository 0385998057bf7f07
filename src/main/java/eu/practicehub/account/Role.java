package eu.practicehub.account;

/** A role held in a project (COORDINATOR) or in one of its partners (EDITOR, VIEWER). */
public enum Role {
    COORDINATOR,
    EDITOR,
    VIEWER;

    public boolean isPartnerRole() {
        return this != COORDINATOR;
    }
}
