package eu.practicehub.transfer.web;

import eu.practicehub.transfer.TransferStage;

/** The form that moves a transfer on to its next stage or drops it (with a reason); the signed-in person makes the move. */
public class MoveForm {

    private TransferStage to;
    private String reason;
    private Long version;

    public TransferStage getTo() {
        return to;
    }

    public void setTo(TransferStage to) {
        this.to = to;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
