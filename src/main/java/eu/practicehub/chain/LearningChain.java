package eu.practicehub.chain;

import eu.practicehub.actionplan.ActionStatus;
import eu.practicehub.practice.PracticeStatus;
import eu.practicehub.transfer.TransferStage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The path of one good practice: the events that examined it, its transfers with their stages and
 * import workshops, and the actions citing the practice itself or one of its transfers.
 */
public record LearningChain(PracticeStep practice, List<Examination> examinations, List<TransferStep> transfers,
        List<CitingAction> actions) {

    public record PracticeStep(long id, String title, long ownerId, String owner, PracticeStatus status) {
    }

    /** An event that examined the practice; its type is the name of the event module's constant. */
    /** An event that examined the practice; its dates known to the day, month or year ({@code datePrecision}). */
    public record Examination(long eventId, String title, String type, LocalDate startDate, LocalDate endDate,
            String host, String datePrecision) {
    }

    public record TransferStep(long id, long importerId, String importer, TransferStage stage, List<Move> moves,
            List<Workshop> workshops, List<CitingAction> actions) {
    }

    public record Move(TransferStage from, TransferStage to, Instant at, String by) {
    }

    /** An import workshop of a transfer; its date known to the day, month or year ({@code datePrecision}). */
    public record Workshop(long eventId, String title, LocalDate startDate, String host, String datePrecision) {
    }

    /** An action citing the step; its status and progress are null when not stated. */
    public record CitingAction(long planId, long actionId, long partnerId, String partner, String title,
            ActionStatus status, Integer progress, List<IndicatorStep> indicators) {
    }

    /** An indicator with the value of the last semester that reached one, if any did. */
    public record IndicatorStep(String name, String unit, BigDecimal baseline, BigDecimal target, Integer latestSemester,
            BigDecimal latestValue) {
    }
}
