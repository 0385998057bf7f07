package eu.practicehub.event;

import eu.practicehub.project.Project;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface RestrictionRepository extends JpaRepository<Restriction, Long> {

    Optional<Restriction> findByProjectAndId(Project project, Long id);

    @Query("select r from Restriction r where r.project = :project order by r.country, r.from, r.id")
    List<Restriction> findByProject(Project project);

    Page<Restriction> findByProject(Project project, Pageable pageable);

    Page<Restriction> findByProjectAndCountry(Project project, String country, Pageable pageable);

    @Query("select r from Restriction r where r.project = :project and r.level = eu.practicehub.event.RestrictionLevel.RESTRICTED"
            + " and r.country in :countries and r.from <= :end and r.to >= :start order by r.from, r.country, r.id")
    List<Restriction> findRestricting(Project project, List<String> countries, java.time.LocalDate start,
            java.time.LocalDate end);
}
