package eu.practicehub.transfer;

/**
 * The transferability assessment of a transfer: how well the practice fits the importer legally,
 * organisationally, technically and financially (1 to 5, each with notes), what is kept, what is
 * adapted, and the overall verdict. Any part may be empty until it is known.
 */
public record Assessment(
        Integer legalFit,
        String legalNotes,
        Integer organisationalFit,
        String organisationalNotes,
        Integer technicalFit,
        String technicalNotes,
        Integer financialFit,
        String financialNotes,
        String kept,
        String adapted,
        String verdict) {

    public static final Assessment NONE = new Assessment(null, null, null, null, null, null, null, null, null, null, null);
}
