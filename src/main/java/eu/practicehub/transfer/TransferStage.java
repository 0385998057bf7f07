package eu.practicehub.transfer;

import java.util.Optional;

/** Where a transfer stands: it moves forward through the first three, or is dropped from any open one. */
public enum TransferStage {
    UNDERSTAND,
    ADAPT,
    REUSE,
    DROPPED;

    /** A transfer is open until the practice is re-used or the transfer is dropped. */
    public boolean isOpen() {
        return this == UNDERSTAND || this == ADAPT;
    }

    /** The stage an open transfer moves on to; none once it is closed. */
    public Optional<TransferStage> next() {
        return switch (this) {
            case UNDERSTAND -> Optional.of(ADAPT);
            case ADAPT -> Optional.of(REUSE);
            case REUSE, DROPPED -> Optional.empty();
        };
    }
}
