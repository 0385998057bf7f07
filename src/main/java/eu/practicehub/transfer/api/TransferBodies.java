package eu.practicehub.transfer.api;

import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import eu.practicehub.transfer.Assessment;
import eu.practicehub.transfer.TransferStage;
import eu.practicehub.transfer.TransferStart;
import io.swagger.v3.oas.annotations.media.Schema;

/** The request bodies of the transfer API. */
final class TransferBodies {

    private TransferBodies() {
    }

    /**
     * Starts a transfer: the practice by title, the importer by short name. The account of the token
     * starts it; {@code by}, which named someone before accounts did, is read only to refuse it.
     */
    record StartBody(String practice, String importer, @Schema(hidden = true) String by) {

        TransferStart toStart() {
            refuseBy(by);
            return new TransferStart(practice, importer);
        }
    }

    /**
     * Moves a transfer on to {@code to}, or drops it ({@code to} DROPPED) for a reason. The account of the
     * token makes the move; a {@code by} is refused as in {@link StartBody}.
     */
    record MoveBody(TransferStage to, @Schema(hidden = true) String by, String reason, Long version) {
    }

    /**
     * A body that names who makes a move is refused rather than ignored, so that a client which still
     * sends a name learns that the move is recorded as the token's account's, not as the name it sent.
     */
    static void refuseBy(String by) {
        if (by != null) {
            throw new RuleViolationException(Violation.of("by", "transfer.by.refused"));
        }
    }

    record AssessmentBody(Integer legalFit, String legalNotes, Integer organisationalFit, String organisationalNotes,
            Integer technicalFit, String technicalNotes, Integer financialFit, String financialNotes, String kept,
            String adapted, String verdict, Long version) {

        Assessment toAssessment() {
            return new Assessment(legalFit, legalNotes, organisationalFit, organisationalNotes, technicalFit,
                    technicalNotes, financialFit, financialNotes, kept, adapted, verdict);
        }
    }

    /** Links an import workshop by event id; with a version, only to the transfer as it was then. */
    record WorkshopBody(Long event, Long version) {
    }
}
