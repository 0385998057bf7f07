package eu.practicehub.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * One step of a transfer: from which stage (none when it started) to which, when (if known) and by whom:
 * the name of the account that made it in PracticeHub, with the account's id, or for a move a project
 * document gives (or one recorded before accounts made the moves) the name it states, without an account.
 */
@Embeddable
public class TransferMove {

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private TransferStage fromStage;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false)
    private TransferStage toStage;

    /** When: null for a move a project document gives without its instant (not known). */
    private Instant movedAt;

    @Column(nullable = false)
    private String movedBy;

    /** The account that made the move; null for a move a project document gives, or one made before accounts. */
    private Long movedByAccountId;

    protected TransferMove() {
    }

    /** A move as a project document states it: who made it by name only. */
    public TransferMove(TransferStage fromStage, TransferStage toStage, Instant movedAt, String movedBy) {
        this(fromStage, toStage, movedAt, movedBy, null);
    }

    TransferMove(TransferStage fromStage, TransferStage toStage, Instant movedAt, String movedBy, Long movedByAccountId) {
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.movedAt = movedAt;
        this.movedBy = movedBy;
        this.movedByAccountId = movedByAccountId;
    }

    /**
     * Whether the two are the same step as a project document tells it (stages, instant and name),
     * whichever account made it: a document carries names, never the accounts of one installation.
     */
    boolean sameStepAs(TransferMove other) {
        return fromStage == other.fromStage && toStage == other.toStage && Objects.equals(movedAt, other.movedAt)
                && Objects.equals(movedBy, other.movedBy);
    }

    public TransferStage getFromStage() {
        return fromStage;
    }

    public TransferStage getToStage() {
        return toStage;
    }

    public Instant getMovedAt() {
        return movedAt;
    }

    public String getMovedBy() {
        return movedBy;
    }

    public Long getMovedByAccountId() {
        return movedByAccountId;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TransferMove m && fromStage == m.fromStage && toStage == m.toStage
                && Objects.equals(movedAt, m.movedAt) && Objects.equals(movedBy, m.movedBy)
                && Objects.equals(movedByAccountId, m.movedByAccountId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fromStage, toStage, movedAt, movedBy, movedByAccountId);
    }
}
