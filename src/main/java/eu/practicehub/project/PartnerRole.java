package eu.practicehub.project;

/**
 * A partner's place in the partnership. The lead, the partners and the transfer partners each improve
 * a policy instrument of their own territory with an action plan, and are counted as the project's
 * regions; an advisory partner (e.g. an association of cities) and an associated policy authority
 * (which owns a policy instrument a partner wants to improve) take part without a plan of their own.
 */
public enum PartnerRole {
    LEAD,
    PARTNER,
    ADVISORY_PARTNER,
    TRANSFER_PARTNER,
    ASSOCIATED_POLICY_AUTHORITY;

    /** Whether a partner of this role writes an action plan for its own territory and counts as a region. */
    public boolean hasOwnActionPlan() {
        return this == LEAD || this == PARTNER || this == TRANSFER_PARTNER;
    }
}
