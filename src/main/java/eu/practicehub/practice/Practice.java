package eu.practicehub.practice;

import eu.practicehub.common.DatePrecision;
import eu.practicehub.common.KnownDate;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;
import static eu.practicehub.common.Lists.replace;


/** An initiative owned by a partner that other partners can learn from. */
@Entity
@Audited
@Table(name = "practice")
public class Practice {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "practice_seq")
    @SequenceGenerator(name = "practice_seq", sequenceName = "practice_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "owner_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Partner owner;

    @ManyToMany
    @JoinTable(name = "practice_theme",
            joinColumns = @JoinColumn(name = "practice_id"),
            inverseJoinColumns = @JoinColumn(name = "theme_id"))
    @OrderColumn(name = "position")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private List<Theme> themes = new ArrayList<>();

    private String title;
    private String summary;
    private String problemAddressed;
    private String description;
    private String resourcesNeeded;
    private String timescale;
    private String evidenceOfSuccess;
    private String potentialForTransfer;
    private String location;
    private String website;
    /** The first day of the day, month or year the practice was identified in; null when not known. */
    private LocalDate identifiedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "identified_precision")
    private DatePrecision identifiedPrecision;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private PracticeStatus status = PracticeStatus.IDENTIFIED;

    /** Shown to everyone (the public catalogue), or only to the project's members. */
    @Column(name = "public_visible")
    private boolean publicVisible = true;

    @Version
    private long version;

    protected Practice() {
    }

    Practice(Project project) {
        this.project = project;
    }

    void describe(PracticeSpec spec, Partner owner, List<Theme> themes) {
        this.title = spec.title().strip();
        this.owner = owner;
        replace(this.themes, themes);
        this.summary = spec.summary();
        this.problemAddressed = spec.problemAddressed();
        this.description = spec.description();
        this.resourcesNeeded = spec.resourcesNeeded();
        this.timescale = spec.timescale();
        this.evidenceOfSuccess = spec.evidenceOfSuccess();
        this.potentialForTransfer = spec.potentialForTransfer();
        this.location = spec.location();
        this.website = spec.website();
        if (!spec.identifiedOnKept()) {
            identified(spec.identifiedOn());
        }
        if (spec.publicVisible() != null) {
            this.publicVisible = spec.publicVisible();
        }
    }

    private void identified(KnownDate known) {
        this.identifiedOn = known == null ? null : known.date();
        this.identifiedPrecision = known == null ? null : known.precision();
    }

    /** Moves the practice forward; moving back is refused. */
    void advanceTo(PracticeStatus next) {
        if (next.isBefore(status)) {
            throw new RuleViolationException(Violation.of("status", "practice.status.backwards", status, next));
        }
        this.status = next;
    }

    /** Sets the status as an import document states it, whatever it was before. */
    void restoreStatus(PracticeStatus status) {
        this.status = status;
    }

    /** Raises the status to at least EXAMINED, as happens when an event that examined it is held. */
    void markExamined() {
        if (status.isBefore(PracticeStatus.EXAMINED)) {
            status = PracticeStatus.EXAMINED;
        }
    }

    /**
     * Sets the status its transfers call for: in transfer while any is open, adopted once any was
     * re-used (and for good), examined again when the last open one is dropped and none was adopted.
     */
    void followTransfers(boolean anyOpen, boolean anyAdopted) {
        if (status == PracticeStatus.ADOPTED) {
            return;
        }
        if (anyAdopted) {
            status = PracticeStatus.ADOPTED;
        } else if (anyOpen) {
            status = PracticeStatus.IN_TRANSFER;
        } else if (status == PracticeStatus.IN_TRANSFER) {
            status = PracticeStatus.EXAMINED;
        }
    }

    /** The theme a practice is shown under when grouped, or null when it has none. */
    public Theme primaryTheme() {
        return themes.isEmpty() ? null : themes.get(0);
    }

    /**
     * The first day of the day, month or year the practice was identified in, as a form, the API or a
     * document gave it; null when not known.
     */
    public LocalDate getIdentifiedOn() {
        return identifiedOn;
    }

    /** When the practice was identified, as exactly as known; null when not known. */
    public KnownDate getIdentified() {
        return KnownDate.of(identifiedOn, identifiedPrecision);
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public Partner getOwner() {
        return owner;
    }

    public List<Theme> getThemes() {
        return List.copyOf(themes);
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public String getProblemAddressed() {
        return problemAddressed;
    }

    public String getDescription() {
        return description;
    }

    public String getResourcesNeeded() {
        return resourcesNeeded;
    }

    public String getTimescale() {
        return timescale;
    }

    public String getEvidenceOfSuccess() {
        return evidenceOfSuccess;
    }

    public String getPotentialForTransfer() {
        return potentialForTransfer;
    }

    public String getLocation() {
        return location;
    }

    public String getWebsite() {
        return website;
    }

    public PracticeStatus getStatus() {
        return status;
    }

    /** Whether the practice is in the public catalogue; otherwise only the project's members see it. */
    public boolean isPublicVisible() {
        return publicVisible;
    }

    public long getVersion() {
        return version;
    }
}
