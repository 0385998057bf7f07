package eu.practicehub.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;

/** What was done for an action in one semester of the monitoring phase, and the evidence of it. */
@Entity
@Audited
@Table(name = "action_update")
public class MonitoringUpdate {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "action_update_seq")
    @SequenceGenerator(name = "action_update_seq", sequenceName = "action_update_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "action_id")
    private Action action;

    private int semester;

    @Column(name = "update_date")
    private LocalDate date;

    private String done;
    private String evidence;

    protected MonitoringUpdate() {
    }

    MonitoringUpdate(Action action, UpdateSpec spec) {
        this.action = action;
        this.semester = spec.semester();
        this.date = spec.date();
        this.done = spec.done();
        this.evidence = spec.evidence();
    }

    void restore(UpdateSpec spec) {
        this.date = spec.date();
        this.done = spec.done();
        this.evidence = spec.evidence();
    }

    public Long getId() {
        return id;
    }

    public int getSemester() {
        return semester;
    }

    public LocalDate getDate() {
        return date;
    }

    public String getDone() {
        return done;
    }

    public String getEvidence() {
        return evidence;
    }
}
