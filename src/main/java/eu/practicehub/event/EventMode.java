package eu.practicehub.event;

/** How partners attend: on site, online, or both. */
public enum EventMode {
    IN_PERSON,
    VIRTUAL,
    HYBRID
}
