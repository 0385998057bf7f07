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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.CascadeType;
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
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;
import static eu.practicehub.common.Lists.replace;


/**
 * A learning event of a project, hosted by one partner (or by none known) and attended by others, holding
 * one or more activities. Its {@code type} is its first activity's, kept for its lists and filters.
 */
@Entity
@Audited
@Table(name = "learning_event")
public class Event {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "learning_event_seq")
    @SequenceGenerator(name = "learning_event_seq", sequenceName = "learning_event_seq", allocationSize = 50)
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

    @ManyToOne(fetch = FetchType.LAZY)
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

    // The history keeps the event's own fields; its activities are read as they are now.
    // Read with the event (in batches), as every list of events shows them.
    @OneToMany(mappedBy = "event", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("position")
    @NotAudited
    private List<EventActivity> activities = new ArrayList<>();

    private String originallyPlannedIn;

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

    void describe(EventSpec spec, Partner host, String zone, List<Partner> participants, List<Practice> practices,
            List<ResolvedActivity> activities) {
        this.type = activities.get(0).spec().type();
        this.title = spec.title().strip();
        this.startDate = spec.startDate();
        this.startTime = spec.startTime();
        this.endDate = spec.endDate();
        this.endTime = spec.endTime();
        this.datePrecision = spec.datePrecision() == null ? DatePrecision.DAY : spec.datePrecision();
        this.timeZone = zone;
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
        this.originallyPlannedIn = spec.originallyPlannedIn() == null || spec.originallyPlannedIn().isBlank() ? null
                : spec.originallyPlannedIn().strip();
        describeActivities(activities);
    }

    /** Changes the activities in place, position by position, so that each keeps its row. */
    private void describeActivities(List<ResolvedActivity> given) {
        while (activities.size() > given.size()) {
            activities.remove(activities.size() - 1);
        }
        for (int i = 0; i < given.size(); i++) {
            if (i == activities.size()) {
                activities.add(new EventActivity(this, i));
            }
            ActivitySpec spec = given.get(i).spec();
            activities.get(i).describe(spec.type(), spec.day(), spec.place(), given.get(i).practices());
        }
    }

    /** An activity of a spec with the practices it names. */
    record ResolvedActivity(ActivitySpec spec, List<Practice> practices) {
    }

    /**
     * The time zone of an event's local times: the one given, else its host's, else (an event without
     * host) the project's, which is its lead partner's.
     */
    static String zoneOf(String zone, Partner host, String projectZone) {
        if (zone != null && !zone.isBlank()) {
            return zone;
        }
        return host != null ? host.getTimeZone() : projectZone;
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

    /** The host's id, or null for an event without host (whose records only coordinators change). */
    public Long hostId() {
        return host == null ? null : host.getId();
    }

    /** The host's short name, or null when the host is not known. */
    public String hostName() {
        return host == null ? null : host.getShortName();
    }

    /** Whether the event is more than one activity of its type: several, or one with its own day, place or practices. */
    public boolean hasActivityDetails() {
        return activities.size() > 1 || activities.stream().anyMatch(EventActivity::hasDetails);
    }

    public boolean isHeld() {
        return status == EventStatus.HELD;
    }


    /**
     * The practices examined, in order, grouped by their first theme: consecutive practices that
     * share a theme form one group; a practice without a theme stands in a group of its own.
     */
    public List<PracticeGroup> practicesByTheme() {
        return grouped(examined());
    }

    /** The public practices examined, grouped as {@link #practicesByTheme()} groups them all. */
    public List<PracticeGroup> publicPracticesByTheme() {
        return grouped(examined().stream().filter(Practice::isPublicVisible).toList());
    }

    /** The public practices examined at the event and then those its activities examined besides, each once. */
    public List<Practice> publicPracticesExamined() {
        return examined().stream().filter(Practice::isPublicVisible).toList();
    }

    /** The practices examined at the event and then those its activities examined besides, each once. */
    public List<Practice> examined() {
        List<Practice> all = new ArrayList<>(practices);
        activities.stream().filter(EventActivity::hasPractices).flatMap(a -> a.getPractices().stream())
                .filter(p -> !all.contains(p)).forEach(all::add);
        return all;
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

    /** The event's activities in order; at least one. */
    public List<EventActivity> getActivities() {
        return List.copyOf(activities);
    }

    /** The activities as a spec gives them, practices by title. */
    public List<ActivitySpec> activitySpecs() {
        return activities.stream().map(a -> new ActivitySpec(a.getType(), a.getDay(), a.getPlace(),
                a.getPractices().stream().map(Practice::getTitle).toList())).toList();
    }

    /** Where the event was planned first (e.g. a city), when it was then held elsewhere or online. */
    public String getOriginallyPlannedIn() {
        return originallyPlannedIn;
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
