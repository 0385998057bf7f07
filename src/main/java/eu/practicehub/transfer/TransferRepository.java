package eu.practicehub.transfer;

import java.util.Collection;
import eu.practicehub.practice.Practice;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface TransferRepository extends JpaRepository<Transfer, Long>, JpaSpecificationExecutor<Transfer> {

    @Override
    @EntityGraph(attributePaths = {"practice", "practice.owner", "importer"})
    Page<Transfer> findAll(Specification<Transfer> spec, Pageable pageable);

    @EntityGraph(attributePaths = {"practice", "practice.owner", "importer"})
    Optional<Transfer> findByProjectAndId(Project project, Long id);

    @EntityGraph(attributePaths = {"practice", "practice.owner", "importer"})
    List<Transfer> findByProjectOrderById(Project project);

    @EntityGraph(attributePaths = {"practice", "practice.owner", "importer"})
    @Query("select t from Transfer t where t.project = :project and t.practice.publicVisible = true order by t.id")
    List<Transfer> findPublicByProjectOrderById(Project project);

    @EntityGraph(attributePaths = "importer")
    @Query("select t from Transfer t where t.practice = :practice order by t.id")
    List<Transfer> findByPractice(Practice practice);

    boolean existsByPractice(Practice practice);

    List<Transfer> findByPracticeAndImporterOrderById(Practice practice, Partner importer);

    boolean existsByPracticeAndImporterAndStageIn(Practice practice, Partner importer, List<TransferStage> stages);

    @Query("select new eu.practicehub.transfer.TransferRepository$StageCount(t.stage, count(t)) from Transfer t where t.project = :project and (:all = true or t.practice.publicVisible = true) group by t.stage")
    List<StageCount> countByStage(Project project, boolean all);

    record StageCount(TransferStage stage, long count) {
    }

    @Query("select count(distinct t) from Transfer t join t.moves m where t.project = :project and index(m) = 0 and m.movedAt >= :from and m.movedAt < :until and (:all = true or t.practice.publicVisible = true)")
    long countStartedBetween(Project project, java.time.Instant from, java.time.Instant until, boolean all);

    @Query("select count(distinct t) from Transfer t join t.moves m where t.project = :project and m.toStage = eu.practicehub.transfer.TransferStage.REUSE and m.movedAt >= :from and m.movedAt < :until and (:all = true or t.practice.publicVisible = true)")
    long countCompletedBetween(Project project, java.time.Instant from, java.time.Instant until, boolean all);

    @Query("select t.stage from Transfer t where t.practice.id = :practiceId")
    List<TransferStage> stagesOf(long practiceId);

    @EntityGraph(attributePaths = {"practice", "importer"})
    @Query("select t from Transfer t where t.project = :project and t.id in :ids"
            + " and (:all = true or t.practice.publicVisible = true) order by t.id")
    List<Transfer> findByProjectAndIdIn(Project project, Collection<Long> ids, boolean all);
}
