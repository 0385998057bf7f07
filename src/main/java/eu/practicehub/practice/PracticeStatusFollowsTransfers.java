package eu.practicehub.practice;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a practice's status in step with its transfers. It listens synchronously, inside the
 * transaction of the change, so that the pages show the new status as soon as the change is saved.
 */
@Component
class PracticeStatusFollowsTransfers {

    private final PracticeService practices;

    PracticeStatusFollowsTransfers(PracticeService practices) {
        this.practices = practices;
    }

    @EventListener
    void on(PracticeTransfersChanged changed) {
        practices.followTransfers(changed);
    }
}
