package eu.practicehub.newsletter;

import eu.practicehub.project.Project;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** What the partners will do after a newsletter's period: the targets that remain. */
@Component
class NextSteps {

    Optional<String> after(Project project, LocalDate periodEnd) {
        return Optional.empty();
    }
}
