package eu.practicehub.planning;

import eu.practicehub.event.EventType;

/** What a project plans and counts. */
public enum Measure {
    THEMATIC_EVENTS(EventType.THEMATIC_EVENT),
    STUDY_VISITS(EventType.STUDY_VISIT),
    PEER_REVIEWS(EventType.PEER_REVIEW),
    STAFF_EXCHANGES(EventType.STAFF_EXCHANGE),
    IMPORT_WORKSHOPS(EventType.IMPORT_WORKSHOP),
    REGIONAL_EVENTS(EventType.REGIONAL_EVENT),
    STEERING_COMMITTEES(EventType.STEERING_COMMITTEE),
    PRACTICES_IDENTIFIED(null),
    TRANSFERS_STARTED(null),
    TRANSFERS_COMPLETED(null),
    ACTION_PLANS_ENDORSED(null);

    private final EventType eventType;

    Measure(EventType eventType) {
        this.eventType = eventType;
    }

    /** The type of event this measure counts, or null when it counts something else. */
    EventType eventType() {
        return eventType;
    }
}
