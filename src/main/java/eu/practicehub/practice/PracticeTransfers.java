package eu.practicehub.practice;

import java.time.Instant;
import java.util.List;

/**
 * The transfers of a practice. The transfer module knows them and provides this; the practice
 * pages and rules use it without depending on that module.
 */
public interface PracticeTransfers {

    List<TransferOfPractice> transfersOf(Practice practice);

    /** True when any transfer, open or closed, imports the practice. */
    boolean isTransferred(Practice practice);

    /** One transfer of a practice; the stage is the name of the transfer module's constant. */
    record TransferOfPractice(long transferId, String importer, String stage, Instant lastMovedAt) {
    }
}
