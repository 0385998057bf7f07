package eu.practicehub.actionplan;

import eu.practicehub.account.Access;
import eu.practicehub.project.ProgrammeScope;
import eu.practicehub.project.Project;
import eu.practicehub.project.Semester;
import eu.practicehub.project.SemesterCounts;
import eu.practicehub.project.SemesterCounts.Tally;
import jakarta.persistence.EntityManager;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Action plans produced and endorsed and the policy instruments they address, counted by the
 * database. A plan records the day it was endorsed but not the day it was submitted, so only the
 * endorsements are counted per semester.
 */
@Service
@Transactional(readOnly = true)
public class ActionPlanCounts {

    private static final String PRODUCED = "p.status <> eu.practicehub.actionplan.PlanStatus.DRAFT";
    private static final String ENDORSED = "p.status in (eu.practicehub.actionplan.PlanStatus.ENDORSED,"
            + " eu.practicehub.actionplan.PlanStatus.IN_MONITORING, eu.practicehub.actionplan.PlanStatus.COMPLETED)";

    private final EntityManager entityManager;
    private final Access access;

    ActionPlanCounts(EntityManager entityManager, Access access) {
        this.entityManager = entityManager;
        this.access = access;
    }

    /** Plans submitted or further (produced), and plans endorsed, the latter also per semester of endorsement. */
    public Plans plans(Project project, List<Semester> semesters) {
        SemesterCounts counts = SemesterCounts.byDate(semesters);
        String jpql = "select count(case when " + PRODUCED + " then 1 end), "
                + counts.count("1", ENDORSED, "p.endorsedOn") + " from ActionPlan p where p.project = :project";
        Object[] row = counts.bind(entityManager.createQuery(jpql, Object[].class))
                .setParameter("project", project).getSingleResult();
        return new Plans(row[0] == null ? 0 : ((Number) row[0]).longValue(), counts.tally(row, 1));
    }

    /**
     * The distinct policy instruments the project's plans name (by name, ignoring case and outer
     * spaces, within each type), in total and by type; a plan naming no type counts in the total only.
     * For people outside the project the draft plans, which they do not see, are left out.
     */
    public Instruments instruments(Project project) {
        String jpql = "select p.instrumentType, count(distinct lower(trim(p.instrumentName))) from ActionPlan p"
                + " where p.project = :project and p.instrumentName is not null and trim(p.instrumentName) <> ''"
                + (access.isMember(project.getId()) ? "" : " and " + PRODUCED) + " group by p.instrumentType";
        return instruments(entityManager.createQuery(jpql, Object[].class).setParameter("project", project)
                .getResultList());
    }

    private static Instruments instruments(List<Object[]> rows) {
        Map<InstrumentType, Long> byType = new EnumMap<>(InstrumentType.class);
        for (InstrumentType type : InstrumentType.values()) {
            byType.put(type, 0L);
        }
        long total = 0;
        for (Object[] row : rows) {
            long count = ((Number) row[1]).longValue();
            total += count;
            if (row[0] != null) {
                byType.put((InstrumentType) row[0], count);
            }
        }
        return new Instruments(total, byType);
    }

    /** The plans of a programme's projects produced and endorsed, in total. */
    public Plans plans(ProgrammeScope scope) {
        SemesterCounts counts = SemesterCounts.byDate(List.of());
        String jpql = "select count(case when " + PRODUCED + " then 1 end), count(case when " + ENDORSED + " then 1 end)"
                + " from ActionPlan p where " + scope.projectIn("p.project");
        Object[] row = scope.bind(entityManager.createQuery(jpql, Object[].class)).getSingleResult();
        return new Plans(((Number) row[0]).longValue(), counts.tally(row, 1));
    }

    /**
     * The policy instruments of a programme's projects: each project's distinct instruments (as
     * {@link #instruments(Project)} counts them) added up, in total and by type; drafts only for the
     * members of their project.
     */
    public Instruments instruments(ProgrammeScope scope) {
        String jpql = "select p.instrumentType, count(distinct concat(str(p.project.id), ' ', lower(trim(p.instrumentName))))"
                + " from ActionPlan p where " + scope.projectIn("p.project")
                + " and p.instrumentName is not null and trim(p.instrumentName) <> ''"
                + scope.visible(PRODUCED, "p.project") + " group by p.instrumentType";
        return instruments(scope.bind(entityManager.createQuery(jpql, Object[].class)).getResultList());
    }

    public record Plans(long produced, Tally endorsed) {
    }

    public record Instruments(long total, Map<InstrumentType, Long> byType) {
    }
}
