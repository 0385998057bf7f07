package eu.practicehub.practice;

import eu.practicehub.project.Project;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;

interface ThemeRepository extends ListCrudRepository<Theme, Long> {

    @Query("select t from Theme t where t.project = :project order by t.id")
    List<Theme> findByProject(Project project);

    Optional<Theme> findByProjectAndName(Project project, String name);

    Optional<Theme> findByProjectAndId(Project project, Long id);
}
