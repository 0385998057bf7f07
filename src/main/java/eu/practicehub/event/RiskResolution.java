package eu.practicehub.event;

/** What a coordinator can do about an event at risk, in one step. */
public enum RiskResolution {
    /** Everybody joins online. */
    SWITCH_TO_VIRTUAL,
    /** The host meets on site and the partners from restricted countries join online. */
    SWITCH_TO_HYBRID,
    /** The event keeps its dates for the record and is marked postponed, to be planned again. */
    POSTPONE
}
