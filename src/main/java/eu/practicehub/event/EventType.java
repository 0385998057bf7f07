package eu.practicehub.event;

/** The kinds of activity a meeting of the partnership holds (an event holds one or more). */
public enum EventType {
    THEMATIC_EVENT,
    STUDY_VISIT,
    PEER_REVIEW,
    STAFF_EXCHANGE,
    IMPORT_WORKSHOP,
    REGIONAL_EVENT,
    STEERING_COMMITTEE,
    PARTNER_MEETING
}
