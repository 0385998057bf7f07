package eu.practicehub.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TransferStagesTests {

    static final Instant START = Instant.parse("2022-01-15T10:00:00Z");

    static final Mover MARIA = new Mover(4711L, " Maria Rossi ");
    static final Mover KALLE = new Mover(4712L, "Kalle Kask");

    Transfer transfer = new Transfer(null, null, null, MARIA, START);

    @Test
    void startsAtUnderstandWithTheStartAsItsFirstMove() {
        assertThat(transfer.getStage()).isEqualTo(TransferStage.UNDERSTAND);
        assertThat(transfer.getMoves()).singleElement().satisfies(m -> {
            assertThat(m.getFromStage()).isNull();
            assertThat(m.getToStage()).isEqualTo(TransferStage.UNDERSTAND);
            assertThat(m.getMovedBy()).isEqualTo("Maria Rossi");
            assertThat(m.getMovedByAccountId()).isEqualTo(4711L);
            assertThat(m.getMovedAt()).isEqualTo(START);
        });
    }

    @Test
    void movesForwardOneStageAtATimeRecordingWhoAndWhen() {
        transfer.advanceTo(TransferStage.ADAPT, KALLE, START.plusSeconds(60));
        transfer.advanceTo(TransferStage.REUSE, KALLE, START.plusSeconds(120));

        assertThat(transfer.getStage()).isEqualTo(TransferStage.REUSE);
        assertThat(transfer.isOpen()).isFalse();
        assertThat(transfer.getMoves()).extracting(TransferMove::getToStage)
                .containsExactly(TransferStage.UNDERSTAND, TransferStage.ADAPT, TransferStage.REUSE);
        assertThat(transfer.getMoves()).extracting(TransferMove::getMovedBy)
                .containsExactly("Maria Rossi", "Kalle Kask", "Kalle Kask");
        assertThat(transfer.lastMovedAt()).isEqualTo(START.plusSeconds(120));
    }

    @Test
    void refusesToSkipAStage() {
        assertThat(codes(() -> transfer.advanceTo(TransferStage.REUSE, KALLE, START))).containsExactly("transfer.move.skip");
    }

    @Test
    void refusesToMoveBackwardOrStayAtTheSameStage() {
        transfer.advanceTo(TransferStage.ADAPT, KALLE, START);

        assertThat(codes(() -> transfer.advanceTo(TransferStage.UNDERSTAND, KALLE, START))).containsExactly("transfer.move.backwards");
        assertThat(codes(() -> transfer.advanceTo(TransferStage.ADAPT, KALLE, START))).containsExactly("transfer.move.backwards");
        assertThat(transfer.getStage()).isEqualTo(TransferStage.ADAPT);
    }

    @Test
    void refusesEveryMoveOnceClosed() {
        transfer.drop("No budget", KALLE, START);

        assertThat(codes(() -> transfer.advanceTo(TransferStage.ADAPT, KALLE, START))).containsExactly("transfer.move.closed");
        assertThat(codes(() -> transfer.drop("Again", KALLE, START))).containsExactly("transfer.move.closed");
    }

    @Test
    void dropsFromAnyOpenStageWithAReason() {
        transfer.drop("  The law does not allow it  ", KALLE, START);
        assertThat(transfer.getStage()).isEqualTo(TransferStage.DROPPED);
        assertThat(transfer.getDroppedReason()).isEqualTo("The law does not allow it");

        Transfer adapting = new Transfer(null, null, null, MARIA, START);
        adapting.advanceTo(TransferStage.ADAPT, MARIA, START);
        adapting.drop("Too costly", MARIA, START);
        assertThat(adapting.getMoves()).last().satisfies(m -> {
            assertThat(m.getFromStage()).isEqualTo(TransferStage.ADAPT);
            assertThat(m.getToStage()).isEqualTo(TransferStage.DROPPED);
        });
    }

    @Test
    void refusesToDropWithoutAReason() {
        assertThat(codes(() -> transfer.drop("  ", KALLE, START))).containsExactly("transfer.drop.reason.required");
        assertThat(codes(() -> transfer.advanceTo(TransferStage.DROPPED, KALLE, START))).containsExactly("transfer.drop.reason.required");
        assertThat(transfer.getStage()).isEqualTo(TransferStage.UNDERSTAND);
    }

    @Test
    void aDocumentStatingTheSameStepsKeepsTheAccountsOfTheMovesMadeHere() {
        transfer.advanceTo(TransferStage.ADAPT, KALLE, START.plusSeconds(60));
        java.util.List<TransferMove> stated = java.util.List.of(
                new TransferMove(null, TransferStage.UNDERSTAND, START, "Maria Rossi"),
                new TransferMove(TransferStage.UNDERSTAND, TransferStage.ADAPT, START.plusSeconds(60), "Kalle Kask"));

        transfer.restore(TransferStage.ADAPT, null, stated);
        assertThat(transfer.getMoves()).extracting(TransferMove::getMovedByAccountId).containsExactly(4711L, 4712L);

        transfer.restore(TransferStage.ADAPT, null, java.util.List.of(stated.get(0),
                new TransferMove(TransferStage.UNDERSTAND, TransferStage.ADAPT, START.plusSeconds(60), "Someone else")));
        assertThat(transfer.getMoves()).extracting(TransferMove::getMovedBy, TransferMove::getMovedByAccountId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Maria Rossi", null),
                        org.assertj.core.groups.Tuple.tuple("Someone else", null));
    }

    @Test
    void refusesFitsOutsideOneToFiveAndOverlongText() {
        Assessment assessment = new Assessment(0, null, 6, null, 5, null, 1, "x".repeat(2001), null, null, null);

        assertThat(Transfer.problems(assessment)).extracting(Violation::field, Violation::code).containsExactly(
                org.assertj.core.groups.Tuple.tuple("legalFit", "transfer.assessment.fit.range"),
                org.assertj.core.groups.Tuple.tuple("organisationalFit", "transfer.assessment.fit.range"),
                org.assertj.core.groups.Tuple.tuple("financialNotes", "validation.tooLong"));
    }

    private static java.util.List<String> codes(Runnable move) {
        try {
            move.run();
        } catch (RuleViolationException e) {
            return e.violations().stream().map(Violation::code).toList();
        }
        return fail("the move was not refused");
    }
}
