package eu.practicehub.backup;

/** A restore was refused because the instance holds projects, or accounts besides the restoring administrator's. */
public class InstanceNotEmptyException extends RuntimeException {

    private final long projects;
    private final long otherAccounts;

    public InstanceNotEmptyException(long projects, long otherAccounts) {
        super("The instance holds " + projects + " projects and " + otherAccounts + " other accounts");
        this.projects = projects;
        this.otherAccounts = otherAccounts;
    }

    public long projects() {
        return projects;
    }

    public long otherAccounts() {
        return otherAccounts;
    }
}
