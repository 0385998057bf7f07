package eu.practicehub.actionplan;

import java.time.LocalDate;

/** A request to move a plan to its next status; endorsement names who endorsed it and when. */
public record StatusMove(PlanStatus to, String endorsedBy, LocalDate endorsedOn) {
}
