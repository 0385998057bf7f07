package eu.practicehub.history;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One saved change of any audited records: when it was made and by whom ("system" when nobody signed in). */
@Entity
@Table(name = "history_revision")
@RevisionEntity(RevisionActor.class)
public class Revision {

    static final String SYSTEM = "system";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private Long id;

    @RevisionTimestamp
    @Column(name = "changed_at")
    private Instant changedAt;

    private Long actorAccountId;
    private String actorEmail;
    private String actorName;

    protected Revision() {
    }

    void madeBy(Long accountId, String email, String name) {
        this.actorAccountId = accountId;
        this.actorEmail = email;
        this.actorName = name;
    }

    public Long getId() {
        return id;
    }

    public Instant getChangedAt() {
        return changedAt;
    }

    public Long getActorAccountId() {
        return actorAccountId;
    }

    public String getActorEmail() {
        return actorEmail;
    }

    public String getActorName() {
        return actorName;
    }
}
