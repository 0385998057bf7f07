package eu.practicehub.actionplan;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A record of the project that inspired an action. One column per kind keeps a foreign key on each,
 * so removing the practice, event or transfer removes the link.
 */
@Embeddable
public record BackgroundLink(
        @Enumerated(EnumType.STRING) @JdbcTypeCode(SqlTypes.VARCHAR) @Column(name = "kind") LinkKind kind,
        @Column(name = "practice_id") Long practiceId,
        @Column(name = "event_id") Long eventId,
        @Column(name = "transfer_id") Long transferId) {

    public static BackgroundLink of(LinkKind kind, long id) {
        return switch (kind) {
            case PRACTICE -> new BackgroundLink(kind, id, null, null);
            case EVENT -> new BackgroundLink(kind, null, id, null);
            case TRANSFER -> new BackgroundLink(kind, null, null, id);
        };
    }

    /** The id of the linked record. */
    public long id() {
        return switch (kind) {
            case PRACTICE -> practiceId;
            case EVENT -> eventId;
            case TRANSFER -> transferId;
        };
    }

    /** As a form sends it: {@code PRACTICE:12}. */
    public String token() {
        return kind + ":" + id();
    }
}
