package eu.practicehub.event;

import eu.practicehub.practice.Practice;
import eu.practicehub.practice.Theme;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;
import static eu.practicehub.common.Lists.replace;


/** A learning event of a project, hosted by one partner and attended by others. */
@Entity
@Audited
@Table(name = "learning_event")
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Project project;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private EventType type;

    private String title;
    private LocalDate startDate;
    private LocalTime startTime;
    private LocalDate endDate;
    private LocalTime endTime;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private DatePrecision datePrecision = DatePrecision.DAY;

    private String timeZone;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "host_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Partner host;

    @ManyToMany
    @JoinTable(name = "event_participant",
            joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "partner_id"))
    @OrderColumn(name = "position")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private List<Partner> participants = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private EventMode mode;

    private String venue;
    private String onlineLink;

    @ManyToMany
    @JoinTable(name = "event_practice",
            joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "position")
    private List<Practice> practices = new ArrayList<>();

    private String agenda;
    private String minutes;
    private String lessonsLearnt;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private EventStatus status;

    @Version
    private long version;

    protected Event() {
    }

    Event(Project project) {
        this.project = project;
    }

    void describe(EventSpec spec, Partner host, List<Partner> participants, List<Practice> practices) {
        this.type = spec.type();
        this.title = spec.title().strip();
        this.startDate = spec.startDate();
        this.startTime = spec.startTime();
        this.endDate = spec.endDate();
        this.endTime = spec.endTime();
        this.datePrecision = spec.datePrecision() == null ? DatePrecision.DAY : spec.datePrecision();
        this.timeZone = zoneOrHosts(spec.timeZone(), host);
        this.host = host;
        replace(this.participants, participants);
        this.mode = spec.mode();
        this.venue = spec.venue();
        this.onlineLink = spec.onlineLink();
        replace(this.practices, practices);
        this.agenda = spec.agenda();
        this.minutes = spec.minutes();
        this.lessonsLearnt = spec.lessonsLearnt();
        this.status = spec.status();
    }

    static String zoneOrHosts(String zone, Partner host) {
        return zone == null || zone.isBlank() ? host.getTimeZone() : zone;
    }

    public boolean isAllDay() {
        return startTime == null;
    }

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    /** The start in the event's time zone; midnight for events known by date only. */
    public ZonedDateTime start() {
        return startDate.atTime(startTime == null ? LocalTime.MIDNIGHT : startTime).atZone(zone());
    }

    public ZonedDateTime end() {
        return endDate.atTime(endTime == null ? LocalTime.MAX : endTime).atZone(zone());
    }

    public boolean isHeld() {
        return status == EventStatus.HELD;
    }


    /**
     * The practices examined, in order, grouped by their first theme: consecutive practices that
     * share a theme form one group; a practice without a theme stands in a group of its own.
     */
    public List<PracticeGroup> practicesByTheme() {
        return grouped(practices);
    }

    /** The public practices examined, grouped as {@link #practicesByTheme()} groups them all. */
    public List<PracticeGroup> publicPracticesByTheme() {
        return grouped(practices.stream().filter(Practice::isPublicVisible).toList());
    }

    private static List<PracticeGroup> grouped(List<Practice> practices) {
        List<PracticeGroup> groups = new ArrayList<>();
        for (Practice practice : practices) {
            Theme theme = practice.primaryTheme();
            PracticeGroup last = groups.isEmpty() ? null : groups.get(groups.size() - 1);
            if (last != null && theme != null && Objects.equals(last.theme(), theme)) {
                last.practices().add(practice);
            } else {
                List<Practice> members = new ArrayList<>();
                members.add(practice);
                groups.add(new PracticeGroup(theme, members));
            }
        }
        return groups;
    }

    /** Practices examined under one theme (or without one, when {@code theme} is null). */
    public record PracticeGroup(Theme theme, List<Practice> practices) {
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public EventType getType() {
        return type;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public DatePrecision getDatePrecision() {
        return datePrecision;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public Partner getHost() {
        return host;
    }

    /** The participating partners other than the host (the visitors), in the order they were given. */
    public List<Partner> getParticipants() {
        return List.copyOf(participants);
    }

    public EventMode getMode() {
        return mode;
    }

    public String getVenue() {
        return venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public List<Practice> getPractices() {
        return List.copyOf(practices);
    }

    public String getAgenda() {
        return agenda;
    }

    public String getMinutes() {
        return minutes;
    }

    public String getLessonsLearnt() {
        return lessonsLearnt;
    }

    public EventStatus getStatus() {
        return status;
    }

    public long getVersion() {
        return version;
    }
}
