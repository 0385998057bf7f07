package eu.practicehub.actionplan.web;

import eu.practicehub.actionplan.ActionStatus;
import eu.practicehub.actionplan.Indicator;
import eu.practicehub.actionplan.UpdateSpec;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.format.annotation.DateTimeFormat;

/** A monitoring update as the browser sends it: one value per indicator of the action, in order. */
public class UpdateForm {

    private Integer semester;
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate date;
    private String done;
    private String evidence;
    private List<BigDecimal> values = new ArrayList<>();
    private ActionStatus status;
    private Integer progress;

    UpdateSpec toSpec(List<Indicator> indicators) {
        Map<String, BigDecimal> byName = new LinkedHashMap<>();
        for (int i = 0; i < indicators.size() && i < values.size(); i++) {
            if (values.get(i) != null) {
                byName.put(indicators.get(i).getName(), values.get(i));
            }
        }
        return new UpdateSpec(semester, date, done, evidence, byName, status, progress);
    }

    public ActionStatus getStatus() {
        return status;
    }

    public void setStatus(ActionStatus status) {
        this.status = status;
    }

    public Integer getProgress() {
        return progress;
    }

    public void setProgress(Integer progress) {
        this.progress = progress;
    }

    public Integer getSemester() {
        return semester;
    }

    public void setSemester(Integer semester) {
        this.semester = semester;
    }

    public LocalDate getDate() {
        return date;
    }

    public void setDate(LocalDate date) {
        this.date = date;
    }

    public String getDone() {
        return done;
    }

    public void setDone(String done) {
        this.done = done;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public List<BigDecimal> getValues() {
        return values;
    }

    public void setValues(List<BigDecimal> values) {
        this.values = values == null ? new ArrayList<>() : values;
    }
}
