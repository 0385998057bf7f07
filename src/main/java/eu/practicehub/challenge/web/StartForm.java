package eu.practicehub.challenge.web;

/** The small form under a suggestion: who starts the transfer. */
public class StartForm {

    private String by;

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }
}
