package eu.practicehub.event;

import eu.practicehub.common.Countries;
import eu.practicehub.project.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Locale;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A travel or entry restriction a project records for a country, from one day to another (both included). */
@Entity
@Table(name = "travel_restriction")
public class Restriction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    private String country;

    @Column(name = "valid_from")
    private LocalDate from;

    @Column(name = "valid_to")
    private LocalDate to;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private RestrictionLevel level;

    private String note;
    private String source;

    @Version
    private long version;

    protected Restriction() {
    }

    Restriction(Project project) {
        this.project = project;
    }

    void describe(RestrictionSpec spec) {
        this.country = spec.country().strip().toUpperCase(Locale.ROOT);
        this.from = spec.from();
        this.to = spec.to();
        this.level = spec.level();
        this.note = blankToNull(spec.note());
        this.source = blankToNull(spec.source());
    }

    /** True when travel is restricted on at least one day from {@code start} to {@code end} (both included). */
    public boolean restrictsAnyDayOf(LocalDate start, LocalDate end) {
        return level == RestrictionLevel.RESTRICTED && !from.isAfter(end) && !to.isBefore(start);
    }

    /** The country's name in the given language, e.g. “Italy” for IT. */
    public String countryName(Locale locale) {
        return Countries.name(country, locale);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public String getCountry() {
        return country;
    }

    public LocalDate getFrom() {
        return from;
    }

    public LocalDate getTo() {
        return to;
    }

    public RestrictionLevel getLevel() {
        return level;
    }

    public String getNote() {
        return note;
    }

    public String getSource() {
        return source;
    }

    public long getVersion() {
        return version;
    }
}
