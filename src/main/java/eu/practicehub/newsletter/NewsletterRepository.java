package eu.practicehub.newsletter;

import eu.practicehub.project.Project;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface NewsletterRepository extends JpaRepository<Newsletter, Long> {

    Optional<Newsletter> findByProjectAndId(Project project, Long id);

    @Query("select n from Newsletter n where n.project = :project order by n.periodTo desc, n.id desc")
    Page<Newsletter> findByProject(Project project, Pageable pageable);

    @Query("select n from Newsletter n where n.project = :project order by n.periodFrom, n.id")
    List<Newsletter> findAllByProject(Project project);

    @Query("""
            select n from Newsletter n where n.project = :project
            and n.status = eu.practicehub.newsletter.NewsletterStatus.PUBLISHED
            order by n.publishedAt desc, n.id desc""")
    Page<Newsletter> findPublished(Project project, Pageable pageable);
}
