package eu.practicehub.transfer.web;

/** The form that links an existing import workshop to a transfer. */
public class LinkForm {

    private Long event;
    private Long version;

    public Long getEvent() {
        return event;
    }

    public void setEvent(Long event) {
        this.event = event;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
