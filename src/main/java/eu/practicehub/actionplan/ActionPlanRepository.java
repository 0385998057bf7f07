package eu.practicehub.actionplan;

import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ActionPlanRepository extends JpaRepository<ActionPlan, Long> {

    @EntityGraph(attributePaths = {"partner", "actions"})
    Optional<ActionPlan> findByProjectAndId(Project project, Long id);

    @EntityGraph(attributePaths = {"partner", "actions"})
    @Query("select distinct p from ActionPlan p where p.project = :project order by p.id")
    List<ActionPlan> findByProject(Project project);

    /**
     * The project's plans other than those in a status, e.g. without the drafts for the public; a plan
     * whose status is not stated is not known to be in it, and is listed.
     */
    @EntityGraph(attributePaths = {"partner", "actions"})
    @Query("select distinct p from ActionPlan p where p.project = :project and (p.status is null or p.status <> :status) order by p.id")
    List<ActionPlan> findByProjectAndStatusNot(Project project, PlanStatus status);

    boolean existsByPartner(Partner partner);

    @Query("select new eu.practicehub.actionplan.ActionPlanRepository$StatusCount(p.status, count(p)) from ActionPlan p where p.project = :project group by p.status")
    List<StatusCount> countByStatus(Project project);

    record StatusCount(PlanStatus status, long count) {
    }

    @Query("select count(p) from ActionPlan p where p.project = :project and p.endorsedOn between :from and :to")
    long countEndorsedBetween(Project project, java.time.LocalDate from, java.time.LocalDate to);

    Optional<ActionPlan> findByPartner(Partner partner);
}
