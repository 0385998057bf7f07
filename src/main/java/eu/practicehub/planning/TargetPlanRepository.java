package eu.practicehub.planning;

import eu.practicehub.project.Project;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TargetPlanRepository extends JpaRepository<TargetPlan, Long> {

    Optional<TargetPlan> findByProjectAndSemester(Project project, int semester);

    @Query("select distinct p from TargetPlan p left join fetch p.targets where p.project = :project and p.semester in :semesters")
    List<TargetPlan> findByProjectAndSemesterIn(Project project, List<Integer> semesters);

    @Query("select distinct p from TargetPlan p left join fetch p.targets where p.project = :project order by p.semester")
    List<TargetPlan> findByProject(Project project);
}
