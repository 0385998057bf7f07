package eu.practicehub.newsletter;

import eu.practicehub.common.Checks;
import eu.practicehub.common.DatePrecision;
import eu.practicehub.common.KnownDate;
import eu.practicehub.project.Project;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A newsletter of a project: its title, the period it reports on, its Markdown text and whether it is out. */
@Entity
@Table(name = "newsletter")
public class Newsletter {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    private String title;
    private LocalDate periodFrom;
    private LocalDate periodTo;
    private String body;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private NewsletterStatus status = NewsletterStatus.DRAFT;

    private Instant updatedAt;
    private Instant publishedAt;

    /**
     * The publication date as the coordinator states it, as exactly as it is known (e.g. the month a
     * newsletter came out before it was recorded here); null when it is the day of {@link #publishedAt}.
     */
    private LocalDate publishedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DatePrecision publishedPrecision;

    @Version
    private long version;

    protected Newsletter() {
    }

    Newsletter(Project project, LocalDate periodFrom, LocalDate periodTo) {
        this.project = project;
        this.periodFrom = periodFrom;
        this.periodTo = periodTo;
    }

    void write(String title, String body, Instant at) {
        this.title = title;
        this.body = body;
        this.updatedAt = at;
    }

    /** Publishes the draft; a newsletter is published once. */
    void publish(Instant at) {
        new Checks().check(status == NewsletterStatus.DRAFT, "status", "newsletter.publish.already", title).throwIfAny();
        this.status = NewsletterStatus.PUBLISHED;
        this.publishedAt = at;
        this.updatedAt = at;
    }

    /**
     * Takes the newsletter as a project document states it, published or not: when it was published, and
     * the publication date when the document states one (then the instant, if the document gives none,
     * is the start of that date in {@code zone}).
     */
    void restore(NewsletterStatus status, Instant updatedAt, Instant publishedAt, KnownDate publishedOn, ZoneId zone) {
        this.status = status;
        this.updatedAt = updatedAt;
        boolean published = status == NewsletterStatus.PUBLISHED;
        this.publishedOn = published && publishedOn != null ? publishedOn.date() : null;
        this.publishedPrecision = published && publishedOn != null ? publishedOn.precision() : null;
        this.publishedAt = !published ? null
                : publishedAt != null ? publishedAt : publishedOn.date().atStartOfDay(zone).toInstant();
    }

    /**
     * Dates the publication as the coordinator states it; the newsletter then counts as published at the
     * start of that date in {@code zone} (for the order of the news and the feed). A date that is the one
     * the newsletter already reads leaves it as it is, the exact instant of a publication made here included.
     */
    void redate(KnownDate on, ZoneId zone) {
        if (on.equals(publication(zone))) {
            return;
        }
        this.publishedOn = on.date();
        this.publishedPrecision = on.precision();
        this.publishedAt = on.date().atStartOfDay(zone).toInstant();
    }

    /**
     * The publication date as readers read it: the one the coordinator stated, else the day of the
     * publication in {@code zone}; none for a draft.
     */
    public KnownDate publication(ZoneId zone) {
        if (publishedOn != null) {
            return KnownDate.of(publishedOn, publishedPrecision);
        }
        return publishedAt == null ? null : KnownDate.day(LocalDate.ofInstant(publishedAt, zone));
    }

    /** The publication date the coordinator stated; null when it is the instant of the publication. */
    public KnownDate getPublishedOn() {
        return KnownDate.of(publishedOn, publishedPrecision);
    }

    public boolean isPublished() {
        return status == NewsletterStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getPeriodFrom() {
        return periodFrom;
    }

    public LocalDate getPeriodTo() {
        return periodTo;
    }

    public String getBody() {
        return body;
    }

    public NewsletterStatus getStatus() {
        return status;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public long getVersion() {
        return version;
    }
}
