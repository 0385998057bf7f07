package eu.practicehub.challenge;

import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ChallengeRepository extends JpaRepository<Challenge, Long> {

    @EntityGraph(attributePaths = {"partner", "themes"})
    Optional<Challenge> findByProjectAndId(Project project, Long id);

    @EntityGraph(attributePaths = "partner")
    @Query("select c from Challenge c where c.project = :project order by c.partner.shortName, c.title, c.id")
    List<Challenge> findByProject(Project project);

    @EntityGraph(attributePaths = "partner")
    @Query("select c from Challenge c where c.partner = :partner order by c.title, c.id")
    List<Challenge> findByPartner(Partner partner);
}
