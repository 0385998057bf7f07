package eu.practicehub.account;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

/**
 * A role an account holds: COORDINATOR of a project (no partner), or EDITOR or VIEWER of one of the
 * project's partners. Projects and partners are referred to by id so that this module needs no other.
 */
@Entity
@Audited
@Table(name = "membership")
public class Membership {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Account account;

    private long projectId;
    private Long partnerId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private Role role;

    @Version
    private long version;

    protected Membership() {
    }

    Membership(Account account, long projectId, Long partnerId, Role role) {
        this.account = account;
        this.projectId = projectId;
        this.partnerId = role.isPartnerRole() ? partnerId : null;
        this.role = role;
    }

    public Long getId() {
        return id;
    }

    public Account getAccount() {
        return account;
    }

    public long getProjectId() {
        return projectId;
    }

    public Long getPartnerId() {
        return partnerId;
    }

    public Role getRole() {
        return role;
    }

    public long getVersion() {
        return version;
    }
}
