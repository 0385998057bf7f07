package eu.practicehub.practice;

import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;

interface PracticeRepository extends JpaRepository<Practice, Long>, JpaSpecificationExecutor<Practice> {

    @Override
    @EntityGraph(attributePaths = "owner")
    Page<Practice> findAll(Specification<Practice> spec, Pageable pageable);

    @EntityGraph(attributePaths = {"owner", "themes"})
    Optional<Practice> findByProjectAndId(Project project, Long id);

    Optional<Practice> findByProjectAndTitle(Project project, String title);

    @EntityGraph(attributePaths = "owner")
    List<Practice> findByIdIn(Collection<Long> ids);

    @EntityGraph(attributePaths = "owner")
    List<Practice> findByProjectAndTitleIn(Project project, Collection<String> titles);

    @EntityGraph(attributePaths = "owner")
    @Query("select p from Practice p where p.project = :project order by p.id")
    List<Practice> findByProject(Project project);

    @EntityGraph(attributePaths = "owner")
    @Query("select p from Practice p where p.owner = :owner order by p.title")
    List<Practice> findByOwner(Partner owner);

    @EntityGraph(attributePaths = "owner")
    @Query("select p from Practice p where p.owner = :owner and p.publicVisible = true order by p.title")
    List<Practice> findPublicByOwner(Partner owner);

    @EntityGraph(attributePaths = "owner")
    @Query("select p from Practice p where p.project = :project and p.publicVisible = true order by p.id")
    List<Practice> findPublicByProject(Project project);

    @Query("select count(p) from Practice p where p.project = :project and (:all = true or p.publicVisible = true)")
    long countByProject(Project project, boolean all);

    @Query("select count(p) from Practice p where p.project = :project and p.identifiedOn between :from and :to and (:all = true or p.publicVisible = true)")
    long countIdentifiedBetween(Project project, java.time.LocalDate from, java.time.LocalDate to, boolean all);

    @Query("select new eu.practicehub.practice.PracticeRepository$StatusCount(p.status, count(p)) from Practice p where p.project = :project and (:all = true or p.publicVisible = true) group by p.status")
    List<StatusCount> countByStatus(Project project, boolean all);

    record StatusCount(PracticeStatus status, long count) {
    }

    @Query("select new eu.practicehub.practice.NamedCount(t.name, (select count(p) from Practice p join p.themes pt where pt = t and (:all = true or p.publicVisible = true)))"
            + " from Theme t where t.project = :project order by t.name")
    List<NamedCount> countByTheme(Project project, boolean all);

    @Query("select count(p) from Practice p where p.project = :project and p.themes is empty and (:all = true or p.publicVisible = true)")
    long countWithoutTheme(Project project, boolean all);

    @Query("select new eu.practicehub.practice.NamedCount(o.shortName, count(p)) from Partner o left join Practice p on p.owner = o and (:all = true or p.publicVisible = true)"
            + " where o.project = :project group by o.id, o.shortName, o.role"
            + " order by case when o.role = eu.practicehub.project.PartnerRole.LEAD then 0 else 1 end, o.id")
    List<NamedCount> countByOwner(Project project, boolean all);

    @EntityGraph(attributePaths = "owner")
    @Query("select p from Practice p where p.project = :project and p.id in :ids and (:all = true or p.publicVisible = true)")
    List<Practice> findByProjectAndIdIn(Project project, Collection<Long> ids, boolean all);
}
