package eu.practicehub.project;

public enum PartnerRole {
    LEAD,
    PARTNER
}
