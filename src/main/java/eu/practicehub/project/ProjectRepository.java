package eu.practicehub.project;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.repository.ListCrudRepository;

interface ProjectRepository extends ListCrudRepository<Project, Long> {

    @EntityGraph(attributePaths = "phases")
    Optional<Project> findByKey(String key);

    boolean existsByKey(String key);
}
