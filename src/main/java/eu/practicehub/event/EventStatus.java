package eu.practicehub.event;

/** Where an event stands. */
public enum EventStatus {
    PLANNED,
    HELD,
    POSTPONED,
    CANCELLED
}
