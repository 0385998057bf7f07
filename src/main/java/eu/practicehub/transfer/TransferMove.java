package eu.practicehub.transfer;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Instant;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One step of a transfer: from which stage (none when it started) to which, when (if known) and by whom. */
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

    protected TransferMove() {
    }

    public TransferMove(TransferStage fromStage, TransferStage toStage, Instant movedAt, String movedBy) {
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.movedAt = movedAt;
        this.movedBy = movedBy;
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

    @Override
    public boolean equals(Object o) {
        return o instanceof TransferMove m && fromStage == m.fromStage && toStage == m.toStage
                && Objects.equals(movedAt, m.movedAt) && Objects.equals(movedBy, m.movedBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(fromStage, toStage, movedAt, movedBy);
    }
}
