package eu.practicehub.planning;

import eu.practicehub.project.Project;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.annotations.MapKeyJdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** The targets of one semester of a project, or of the whole project (semester 0): one count per measure. */
@Entity
@Table(name = "target_plan")
class TargetPlan {

    static final int WHOLE_PROJECT = 0;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    private Project project;

    private int semester;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_target", joinColumns = @JoinColumn(name = "plan_id"))
    @MapKeyColumn(name = "measure")
    @MapKeyEnumerated(EnumType.STRING)
    @MapKeyJdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "target", nullable = false)
    private Map<Measure, Integer> targets = new HashMap<>();

    @Version
    private long version;

    protected TargetPlan() {
    }

    TargetPlan(Project project, int semester) {
        this.project = project;
        this.semester = semester;
    }

    /** Sets the targets; a measure left out has none. */
    void set(Map<Measure, Integer> next) {
        targets.keySet().retainAll(next.keySet());
        next.forEach((measure, target) -> {
            if (!target.equals(targets.get(measure))) {
                targets.put(measure, target);
            }
        });
    }

    Map<Measure, Integer> targets() {
        Map<Measure, Integer> copy = new EnumMap<>(Measure.class);
        copy.putAll(targets);
        return copy;
    }

    int getSemester() {
        return semester;
    }

    long getVersion() {
        return version;
    }
}
