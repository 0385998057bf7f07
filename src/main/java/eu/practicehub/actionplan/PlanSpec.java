package eu.practicehub.actionplan;

/** Parts I and II of an action plan as a person or client writes them. */
public record PlanSpec(
        String otherOrganisations,
        String contactName,
        String contactEmail,
        String instrumentName,
        InstrumentType instrumentType,
        String instrumentImprovement) {
}
