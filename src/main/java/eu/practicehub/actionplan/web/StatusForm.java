package eu.practicehub.actionplan.web;

import eu.practicehub.actionplan.PlanStatus;
import eu.practicehub.actionplan.StatusMove;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/** A move of the plan to its next status, with the endorsement when that is the move. */
public class StatusForm {

    private PlanStatus to;
    private String endorsedBy;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endorsedOn;
    private Long version;

    StatusMove toMove() {
        return new StatusMove(to, endorsedBy, endorsedOn);
    }

    public PlanStatus getTo() {
        return to;
    }

    public void setTo(PlanStatus to) {
        this.to = to;
    }

    public String getEndorsedBy() {
        return endorsedBy;
    }

    public void setEndorsedBy(String endorsedBy) {
        this.endorsedBy = endorsedBy;
    }

    public LocalDate getEndorsedOn() {
        return endorsedOn;
    }

    public void setEndorsedOn(LocalDate endorsedOn) {
        this.endorsedOn = endorsedOn;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
