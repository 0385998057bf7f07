package eu.practicehub.transfer;

import eu.practicehub.account.Access;
import eu.practicehub.project.ProgrammeScope;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.project.Semester;
import eu.practicehub.project.SemesterCounts;
import eu.practicehub.project.SemesterCounts.Tally;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers started and completed, counted by the database in total and per semester by the day
 * (in the lead partner's time zone) of the move that started them or brought them to re-use. When
 * that day is not known the transfer counts in the total only.
 */
@Service
@Transactional(readOnly = true)
public class TransferCounts {

    private final EntityManager entityManager;
    private final ProjectService projects;
    private final Access access;

    TransferCounts(EntityManager entityManager, ProjectService projects, Access access) {
        this.entityManager = entityManager;
        this.projects = projects;
        this.access = access;
    }

    /**
     * Transfers started and completed, each move counted on its day in the project's zone (its lead
     * partner's); for people outside the project only the transfers of public practices, as the list shows them.
     */
    public StartedAndCompleted startedAndCompleted(Project project, List<Semester> semesters) {
        SemesterCounts counts = SemesterCounts.byMoment(semesters, projects.zone(project));
        // A transfer without moves (its history not known) counts as started, and if at re-use as
        // completed, in total only; so does a move without its instant.
        String jpql = "select " + counts.count("1", "m.fromStage is null or index(m) = 0",
                "(case when m.fromStage is null then m.movedAt end)") + ", "
                + counts.count("1", "m.toStage = eu.practicehub.transfer.TransferStage.REUSE"
                        + " or (m.toStage is null and t.stage = eu.practicehub.transfer.TransferStage.REUSE)", "m.movedAt")
                + " from Transfer t left join t.moves m where t.project = :project"
                + (access.isMember(project.getId()) ? "" : " and t.practice.publicVisible = true");
        Object[] row = counts.bind(entityManager.createQuery(jpql, Object[].class))
                .setParameter("project", project).getSingleResult();
        return new StartedAndCompleted(counts.tally(row, 0), counts.tally(row, counts.width()));
    }

    /**
     * Transfers started and completed in a programme's projects, in total, as {@link #startedAndCompleted}
     * counts them for each project; for its reader only the transfers of practices they may see.
     */
    public StartedAndCompleted startedAndCompleted(ProgrammeScope scope) {
        SemesterCounts counts = SemesterCounts.byDate(List.of());
        String jpql = "select count(case when m.fromStage is null or index(m) = 0 then 1 end),"
                + " count(case when m.toStage = eu.practicehub.transfer.TransferStage.REUSE"
                + " or (m.toStage is null and t.stage = eu.practicehub.transfer.TransferStage.REUSE) then 1 end)"
                + " from Transfer t left join t.moves m where " + scope.projectIn("t.project")
                + scope.visible("t.practice.publicVisible = true", "t.project");
        Object[] row = scope.bind(entityManager.createQuery(jpql, Object[].class)).getSingleResult();
        return new StartedAndCompleted(counts.tally(row, 0), counts.tally(row, 1));
    }

    /** Transfers started (their first move) and completed (their move to re-use). */
    public record StartedAndCompleted(Tally started, Tally completed) {
    }
}
