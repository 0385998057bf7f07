package eu.practicehub.challenge;

import eu.practicehub.transfer.TransferStage;
import java.util.List;

/**
 * A good practice suggested for a challenge, with its score and why: the themes both share and the
 * challenge's words its texts hold. {@code transferId} and {@code transferStage} name the open or
 * adopted transfer of the practice to the challenge's partner, when there is one; such a practice
 * is not suggested for a new transfer.
 */
public record Suggestion(long practiceId, String title, String owner, int score, List<String> sharedThemes,
        List<String> matchedTerms, Long transferId, TransferStage transferStage) {

    public boolean canStartTransfer() {
        return transferId == null;
    }
}
