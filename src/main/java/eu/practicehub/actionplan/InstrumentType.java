package eu.practicehub.actionplan;

/** The kinds of policy instrument the Interreg Europe template names. */
public enum InstrumentType {
    INVESTMENT_FOR_GROWTH_AND_JOBS, EUROPEAN_TERRITORIAL_COOPERATION, OTHER_REGIONAL_DEVELOPMENT
}
