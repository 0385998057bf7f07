package eu.practicehub.event;

/** The kinds of learning event. */
public enum EventType {
    THEMATIC_EVENT,
    STUDY_VISIT,
    PEER_REVIEW,
    STAFF_EXCHANGE,
    IMPORT_WORKSHOP,
    REGIONAL_EVENT,
    STEERING_COMMITTEE
}
