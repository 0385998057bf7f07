package eu.practicehub.project;

/** What kind of organisation a partner is; a partner of unknown kind has none. */
public enum OrganisationType {
    CITY,
    REGION,
    AGENCY,
    ASSOCIATION,
    UNIVERSITY,
    OTHER
}
