package eu.practicehub.event.web;

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

    /** The form for an event whose practices were loaded with it. */
    static EventForm of(Event event) {
        EventForm form = new EventForm();
        form.type = event.getType();
        form.title = event.getTitle();
        form.startDate = event.getStartDate();
        form.startTime = event.getStartTime();
        form.endDate = event.getEndDate();
        form.endTime = event.getEndTime();
        form.datePrecision = event.getDatePrecision();
        // Left empty while it is the host's, so that choosing another host moves the event to its zone.
        form.timeZone = event.getTimeZone().equals(event.getHost().getTimeZone()) ? null : event.getTimeZone();
        form.host = event.getHost().getShortName();
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
        return form;
    }

    EventSpec toSpec() {
        return new EventSpec(type, title, startDate, startTime, endDate, endTime, datePrecision, timeZone, host,
                participants, mode, venue, onlineLink, practices, agenda, minutes, lessonsLearnt, status);
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
