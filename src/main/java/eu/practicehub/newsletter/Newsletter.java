package eu.practicehub.newsletter;

import eu.practicehub.common.Checks;
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

    /** Takes the newsletter as a project document states it, published or not. */
    void restore(NewsletterStatus status, Instant updatedAt, Instant publishedAt) {
        this.status = status;
        this.updatedAt = updatedAt;
        this.publishedAt = status == NewsletterStatus.PUBLISHED ? publishedAt : null;
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
