package eu.practicehub.event.web;

import eu.practicehub.event.ActivitySpec;
import eu.practicehub.event.EventActivity;
import eu.practicehub.event.EventType;
import eu.practicehub.practice.Practice;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;

/** One activity row of the event form; a row left empty is no activity. */
public class ActivityRow {

    private EventType type;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate day;
    private String place;
    private List<String> practices = new ArrayList<>();

    static ActivityRow of(EventActivity activity) {
        ActivityRow row = new ActivityRow();
        row.type = activity.getType();
        row.day = activity.getDay();
        row.place = activity.getPlace();
        row.practices = new ArrayList<>(activity.getPractices().stream().map(Practice::getTitle).toList());
        return row;
    }

    boolean isEmpty() {
        return type == null && day == null && place == null && practices.isEmpty();
    }

    ActivitySpec toSpec() {
        return new ActivitySpec(type, day, place, practices);
    }

    public EventType getType() {
        return type;
    }

    public void setType(EventType type) {
        this.type = type;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public List<String> getPractices() {
        return practices;
    }

    public void setPractices(List<String> practices) {
        this.practices = practices == null ? new ArrayList<>() : practices;
    }
}
