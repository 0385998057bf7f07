package eu.practicehub.transfer;

import eu.practicehub.event.Event;
import java.util.List;

/**
 * A transfer as a project document states it, history included: its stage, the moves that led
 * there, the assessment and the import workshops. It is restored as stated, never replayed.
 */
public record TransferImport(String practice, String importer, TransferStage stage, String droppedReason,
        List<TransferMove> moves, Assessment assessment, List<Event> workshops) {

    public TransferImport {
        moves = moves == null ? List.of() : moves;
        assessment = assessment == null ? Assessment.NONE : assessment;
        workshops = workshops == null ? List.of() : workshops;
    }
}
