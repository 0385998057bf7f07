package eu.practicehub.event.web;

import eu.practicehub.common.Violation;
import eu.practicehub.event.ActivitySpec;
import eu.practicehub.event.DatePrecision;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventSpec;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.practice.Practice;
import eu.practicehub.project.Partner;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The event form as the browser sends it: dates as 2021-07-17, times as 09:30, the host and
 * visitors by partner short name, the practices by title, each list in the order it is given.
 */
public class EventForm {

    private EventType type;
    private String title;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate startDate;
    @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
    private LocalTime startTime;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate endDate;
    @DateTimeFormat(pattern = "HH:mm", fallbackPatterns = "HH:mm:ss")
    private LocalTime endTime;
    private DatePrecision datePrecision = DatePrecision.DAY;
    private String timeZone;
    private String host;
    private List<String> participants = new ArrayList<>();
    private EventMode mode;
    private String venue;
    private String onlineLink;
    private List<String> practices = new ArrayList<>();
    private String agenda;
    private String minutes;
    private String lessonsLearnt;
    private EventStatus status = EventStatus.PLANNED;
    private Long version;
    private List<ActivityRow> activities = new ArrayList<>();
    private String originallyPlannedIn;

    /** Empty rows to add activities in, after the ones the event has. */
    static final int SPARE_ROWS = 2;

    /** The form for an event whose practices were loaded with it. */
    static EventForm of(Event event) {
        EventForm form = new EventForm();
        form.activities = new ArrayList<>(event.getActivities().stream().map(ActivityRow::of).toList());
        form.originallyPlannedIn = event.getOriginallyPlannedIn();
        form.title = event.getTitle();
        form.startDate = event.getStartDate();
        form.startTime = event.getStartTime();
        form.endDate = event.getEndDate();
        form.endTime = event.getEndTime();
        form.datePrecision = event.getDatePrecision();
        // Left empty while it is the host's, so that choosing another host moves the event to its zone.
        form.timeZone = event.getHost() != null && event.getTimeZone().equals(event.getHost().getTimeZone()) ? null
                : event.getTimeZone();
        form.host = event.hostName();
        form.participants = new ArrayList<>(event.getParticipants().stream().map(Partner::getShortName).toList());
        form.mode = event.getMode();
        form.venue = event.getVenue();
        form.onlineLink = event.getOnlineLink();
        form.practices = new ArrayList<>(event.getPractices().stream().map(Practice::getTitle).toList());
        form.agenda = event.getAgenda();
        form.minutes = event.getMinutes();
        form.lessonsLearnt = event.getLessonsLearnt();
        form.status = event.getStatus();
        form.version = event.getVersion();
        return form.withSpareRows();
    }

    /** The rows as sent, with empty rows added at the end until there are {@link #SPARE_ROWS} of them. */
    EventForm withSpareRows() {
        if (type != null && filledRows().isEmpty()) {
            // A form that gives the type alone (as an older page sent it) is one activity of that type.
            ActivityRow row = new ActivityRow();
            row.setType(type);
            activities.add(0, row);
            type = null;
        }
        long empty = activities.stream().filter(row -> row == null || row.isEmpty()).count();
        for (long i = empty; i < SPARE_ROWS; i++) {
            activities.add(new ActivityRow());
        }
        return this;
    }

    /**
     * The event's spec: the activities of the rows filled in, in order; without any, one activity of
     * {@code type} (which a form sent by an older page still gives).
     */
    EventSpec toSpec() {
        List<ActivitySpec> given = filledRows().stream().map(i -> activities.get(i).toSpec()).toList();
        return new EventSpec(given.isEmpty() ? type : null, title, startDate, startTime, endDate, endTime, datePrecision,
                timeZone, host, participants, mode, venue, onlineLink, practices, agenda, minutes, lessonsLearnt, status,
                given, originallyPlannedIn);
    }

    /**
     * The problems of the spec with each activity's field named by its row ({@code activities[1].day} of the
     * spec is the third row's when the second row was left empty); a missing type is the first row's.
     */
    List<Violation> onRows(List<Violation> violations) {
        List<Integer> rows = filledRows();
        List<Violation> onRows = new ArrayList<>();
        for (Violation v : violations) {
            Matcher m = ACTIVITY_FIELD.matcher(v.field() == null ? "" : v.field());
            String field = v.field();
            if (m.matches() && Integer.parseInt(m.group(1)) < rows.size()) {
                field = "activities[" + rows.get(Integer.parseInt(m.group(1))) + "]" + m.group(2);
            } else if ("type".equals(v.field())) {
                field = "activities[0].type";
            }
            onRows.add(new Violation(field, v.code(), v.args()));
        }
        return onRows;
    }

    private static final Pattern ACTIVITY_FIELD = Pattern.compile("activities\\[(\\d+)](.*)");

    private List<Integer> filledRows() {
        List<Integer> filled = new ArrayList<>();
        for (int i = 0; i < activities.size(); i++) {
            if (activities.get(i) != null && !activities.get(i).isEmpty()) {
                filled.add(i);
            }
        }
        return filled;
    }

    public List<ActivityRow> getActivities() {
        return activities;
    }

    public void setActivities(List<ActivityRow> activities) {
        this.activities = activities == null ? new ArrayList<>() : new ArrayList<>(activities);
    }

    public String getOriginallyPlannedIn() {
        return originallyPlannedIn;
    }

    public void setOriginallyPlannedIn(String originallyPlannedIn) {
        this.originallyPlannedIn = originallyPlannedIn;
    }

    public EventType getType() {
        return type;
    }

    public void setType(EventType type) {
        this.type = type;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalTime getStartTime() {
        return startTime;
    }

    public void setStartTime(LocalTime startTime) {
        this.startTime = startTime;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public LocalTime getEndTime() {
        return endTime;
    }

    public void setEndTime(LocalTime endTime) {
        this.endTime = endTime;
    }

    public DatePrecision getDatePrecision() {
        return datePrecision;
    }

    public void setDatePrecision(DatePrecision datePrecision) {
        this.datePrecision = datePrecision;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getHost() {
        return host;
    }

    public void setHost(String host) {
        this.host = host;
    }

    public List<String> getParticipants() {
        return participants;
    }

    public void setParticipants(List<String> participants) {
        this.participants = participants == null ? new ArrayList<>() : participants;
    }

    public EventMode getMode() {
        return mode;
    }

    public void setMode(EventMode mode) {
        this.mode = mode;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public List<String> getPractices() {
        return practices;
    }

    public void setPractices(List<String> practices) {
        this.practices = practices == null ? new ArrayList<>() : practices;
    }

    public String getAgenda() {
        return agenda;
    }

    public void setAgenda(String agenda) {
        this.agenda = agenda;
    }

    public String getMinutes() {
        return minutes;
    }

    public void setMinutes(String minutes) {
        this.minutes = minutes;
    }

    public String getLessonsLearnt() {
        return lessonsLearnt;
    }

    public void setLessonsLearnt(String lessonsLearnt) {
        this.lessonsLearnt = lessonsLearnt;
    }

    public EventStatus getStatus() {
        return status;
    }

    public void setStatus(EventStatus status) {
        this.status = status;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
