package eu.practicehub.project;

/** What a partner is made of, as given by an import document or a form. */
public record PartnerSpec(
        String shortName,
        String name,
        String country,
        String nutsCode,
        PartnerRole role,
        String timeZone,
        String contactName,
        String contactEmail,
        String website,
        OrganisationType organisationType) {

    /** A partner whose kind of organisation is not known. */
    public PartnerSpec(String shortName, String name, String country, String nutsCode, PartnerRole role,
            String timeZone, String contactName, String contactEmail, String website) {
        this(shortName, name, country, nutsCode, role, timeZone, contactName, contactEmail, website, null);
    }
}
