package eu.practicehub.transfer;

import eu.practicehub.common.Actor;

/**
 * Who makes a move in PracticeHub: the signed-in account, by its id and its name as it is at the
 * time of the move; or, for work without anyone signed in (tests calling the service, background
 * work), PracticeHub itself, named "system" without an account as in the history of changes.
 */
public record Mover(Long accountId, String name) {

    public static final String SYSTEM_NAME = "system";

    static final Mover SYSTEM = new Mover(null, SYSTEM_NAME);

    static Mover of(Actor actor) {
        return new Mover(actor.accountId(), actor.displayName());
    }

    TransferMove move(TransferStage from, TransferStage to, java.time.Instant at) {
        return new TransferMove(from, to, at, name.strip(), accountId);
    }
}
