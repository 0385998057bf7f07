package eu.practicehub.practice;

/** How far a practice has come; a practice only ever moves forward. */
public enum PracticeStatus {
    IDENTIFIED,
    EXAMINED,
    IN_TRANSFER,
    ADOPTED;

    public boolean isBefore(PracticeStatus other) {
        return ordinal() < other.ordinal();
    }
}
