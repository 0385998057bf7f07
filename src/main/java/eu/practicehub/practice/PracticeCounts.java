package eu.practicehub.practice;

import eu.practicehub.account.Access;
import eu.practicehub.project.ProgrammeScope;
import eu.practicehub.project.Project;
import eu.practicehub.project.Semester;
import eu.practicehub.project.SemesterCounts;
import eu.practicehub.project.SemesterCounts.Tally;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What a project's good practices add up to, counted by the database in total and per semester. */
@Service
@Transactional(readOnly = true)
public class PracticeCounts {

    private final EntityManager entityManager;
    private final Access access;

    PracticeCounts(EntityManager entityManager, Access access) {
        this.entityManager = entityManager;
        this.access = access;
    }

    /**
     * The practices identified: all of the project's in total, each semester's by the day it was
     * identified; for people outside the project only the public ones, as the catalogue shows them.
     */
    public Tally identified(Project project, List<Semester> semesters) {
        SemesterCounts counts = SemesterCounts.byDate(semesters);
        String jpql = "select " + counts.count("p.id", null, "p.identifiedOn") + " from Practice p where p.project = :project"
                + (access.isMember(project.getId()) ? "" : " and p.publicVisible = true");
        Object[] row = counts.bind(entityManager.createQuery(jpql, Object[].class))
                .setParameter("project", project).getSingleResult();
        return counts.tally(row, 0);
    }

    /** The practices of a programme's projects that its reader may see, each counted once. */
    public long identified(ProgrammeScope scope) {
        String jpql = "select count(p) from Practice p where " + scope.projectIn("p.project")
                + scope.visible("p.publicVisible = true", "p.project");
        return scope.bind(entityManager.createQuery(jpql, Long.class)).getSingleResult();
    }
}
