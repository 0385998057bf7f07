package eu.practicehub.transfer.api;

import eu.practicehub.transfer.Assessment;
import eu.practicehub.transfer.TransferStage;
import eu.practicehub.transfer.TransferStart;

/** The request bodies of the transfer API. */
final class TransferBodies {

    private TransferBodies() {
    }

    /** Starts a transfer: the practice by title, the importer by short name, who starts it. */
    record StartBody(String practice, String importer, String by) {

        TransferStart toStart() {
            return new TransferStart(practice, importer, by);
        }
    }

    /** Moves a transfer on to {@code to}, or drops it ({@code to} DROPPED) for a reason. */
    record MoveBody(TransferStage to, String by, String reason, Long version) {
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
