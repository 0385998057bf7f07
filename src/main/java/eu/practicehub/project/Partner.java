package eu.practicehub.project;

import eu.practicehub.common.Countries;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.ZoneId;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A member organisation of a project, e.g. the city government of Genoa. */
@Entity
@Table(name = "partner")
public class Partner {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_seq")
    @SequenceGenerator(name = "partner_seq", sequenceName = "partner_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    private String shortName;
    private String name;
    private String country;
    private String nutsCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private PartnerRole role;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private OrganisationType organisationType;

    private String timeZone;
    private String contactName;
    private String contactEmail;
    private String website;

    @Version
    private long version;

    protected Partner() {
    }

    Partner(Project project, PartnerSpec spec) {
        this.project = project;
        apply(spec);
    }

    void apply(PartnerSpec spec) {
        this.shortName = spec.shortName();
        this.name = spec.name();
        this.country = spec.country().toUpperCase(Locale.ROOT);
        this.nutsCode = spec.nutsCode();
        this.role = spec.role();
        this.organisationType = spec.organisationType();
        this.timeZone = spec.timeZone();
        this.contactName = spec.contactName();
        this.contactEmail = spec.contactEmail();
        this.website = spec.website();
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The country's name in the given language, e.g. "Italy" for IT. */
    public String countryName(Locale locale) {
        return Countries.name(country, locale);
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public String getShortName() {
        return shortName;
    }

    public String getName() {
        return name;
    }

    public String getCountry() {
        return country;
    }

    public String getNutsCode() {
        return nutsCode;
    }

    public PartnerRole getRole() {
        return role;
    }

    /** What kind of organisation the partner is; null when not known. */
    public OrganisationType getOrganisationType() {
        return organisationType;
    }

    /** Whether the partner writes an action plan of its own and counts among the project's regions. */
    public boolean hasOwnActionPlan() {
        return role.hasOwnActionPlan();
    }

    public String getTimeZone() {
        return timeZone;
    }

    public String getContactName() {
        return contactName;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getWebsite() {
        return website;
    }

    public long getVersion() {
        return version;
    }
}
