package eu.practicehub.event;

/** How far travel to or entry into a country is limited: only {@code RESTRICTED} keeps events from meeting in person. */
public enum RestrictionLevel {
    NONE,
    ADVISORY,
    RESTRICTED
}
