package eu.practicehub.event;

import eu.practicehub.practice.Practice;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Hibernate;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import static eu.practicehub.common.Lists.replace;

/**
 * One activity of an event (a partner meeting, a study visit, a seminar): its type and, where known,
 * its own day, place and the practices it examined. Targets, indicators and newsletters count activities.
 */
@Entity
@Table(name = "event_activity")
public class EventActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "event_activity_seq")
    @SequenceGenerator(name = "event_activity_seq", sequenceName = "event_activity_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "event_id")
    private Event event;

    private int position;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private EventType type;

    @Column(name = "activity_date")
    private LocalDate day;

    private String place;

    @ManyToMany
    @JoinTable(name = "event_activity_practice",
            joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "practice_id"))
    @OrderColumn(name = "position")
    private List<Practice> practices = new ArrayList<>();

    /** How many practices it examined, read with the activity so that lists need not load them. */
    @Formula("(select count(*) from event_activity_practice p where p.activity_id = id)")
    private int practiceCount;

    protected EventActivity() {
    }

    EventActivity(Event event, int position) {
        this.event = event;
        this.position = position;
    }

    void describe(EventType type, LocalDate day, String place, List<Practice> practices) {
        this.type = type;
        this.day = day;
        this.place = place == null || place.isBlank() ? null : place.strip();
        replace(this.practices, practices);
    }

    /** Whether the activity says more than its type: its own day, place or practices. */
    public boolean hasDetails() {
        return day != null || place != null || hasPractices();
    }

    /** Whether it examined practices, without loading them when they were not read yet. */
    public boolean hasPractices() {
        return Hibernate.isInitialized(practices) ? !practices.isEmpty() : practiceCount > 0;
    }

    /** The day that decides the activity's period: its own, else its event's start. */
    public LocalDate countedOn() {
        return day != null ? day : event.getStartDate();
    }

    public Long getId() {
        return id;
    }

    public int getPosition() {
        return position;
    }

    public EventType getType() {
        return type;
    }

    public LocalDate getDay() {
        return day;
    }

    public String getPlace() {
        return place;
    }

    public List<Practice> getPractices() {
        return List.copyOf(practices);
    }

    /** The practices examined that are in the public catalogue. */
    public List<Practice> publicPractices() {
        return practices.stream().filter(Practice::isPublicVisible).toList();
    }
}
