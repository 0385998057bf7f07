package eu.practicehub.transfer;

import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeTransfers;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the practice module which transfers import a practice. */
@Component
@Transactional(readOnly = true)
class TransferPracticeLinks implements PracticeTransfers {

    private final TransferRepository transfers;

    TransferPracticeLinks(TransferRepository transfers) {
        this.transfers = transfers;
    }

    @Override
    public List<TransferOfPractice> transfersOf(Practice practice) {
        return transfers.findByPractice(practice).stream()
                .map(t -> new TransferOfPractice(t.getId(), t.getImporter().getShortName(), t.getStage().name(),
                        t.lastMovedAt()))
                .toList();
    }

    @Override
    public boolean isTransferred(Practice practice) {
        return transfers.existsByPractice(practice);
    }
}
