package eu.practicehub.practice;

/**
 * The transfers of a practice changed: published by the module that runs transfers, so that the
 * practice's status follows them without this module knowing about transfers.
 */
public record PracticeTransfersChanged(long practiceId, boolean anyOpen, boolean anyAdopted) {
}
