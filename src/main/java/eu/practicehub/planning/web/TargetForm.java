package eu.practicehub.planning.web;

import eu.practicehub.planning.Measure;
import eu.practicehub.planning.Targets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The targets form as the browser sends it: one text per measure (empty for none) and the version read. */
public class TargetForm {

    private Map<String, String> values = new LinkedHashMap<>();
    private Long version;

    static TargetForm of(Targets targets) {
        TargetForm form = new TargetForm();
        for (Measure measure : Measure.values()) {
            Integer target = targets.target(measure);
            form.values.put(measure.name(), target == null ? "" : target.toString());
        }
        form.version = targets.version();
        return form;
    }

    public Map<String, String> getValues() {
        return values;
    }

    public void setValues(Map<String, String> values) {
        this.values = values == null ? new LinkedHashMap<>() : values;
    }

    public Long getVersion() {
        return version;
    }

    public void setVersion(Long version) {
        this.version = version;
    }
}
