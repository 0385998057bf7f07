package eu.practicehub.project;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface PartnerRepository extends ListCrudRepository<Partner, Long> {

    @Query("select p from Partner p where p.project = :project order by case when p.role = eu.practicehub.project.PartnerRole.LEAD then 0 else 1 end, p.id")
    List<Partner> findByProject(Project project);

    @Query("select p from Partner p join fetch p.project pr where pr.id in :projectIds order by pr.name, p.id")
    List<Partner> findWithProjectByProjectIdIn(java.util.Collection<Long> projectIds);

    Optional<Partner> findByProjectAndShortName(Project project, String shortName);

    Optional<Partner> findByProjectAndId(Project project, Long id);

    @Query("select p.timeZone from Partner p where p.project.key = :projectKey and p.role = eu.practicehub.project.PartnerRole.LEAD")
    List<String> findLeadTimeZones(String projectKey);
}
