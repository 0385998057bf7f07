package eu.practicehub.practice;

import eu.practicehub.project.Project;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The full-text index of good practices (the search module keeps it): the catalogue's text search
 * and the practices similar to one, each only among those the current person may see.
 */
public interface PracticeIndex {

    /**
     * The ids of the project's practices matching the filter (its text ranked by relevance, its
     * theme, owner and status as given); only public ones when {@code publicOnly}.
     */
    Page<Long> catalogue(Project project, PracticeFilter filter, boolean publicOnly, Pageable pageable);

    /** Practices of other projects, visible to the current person, that share the practice's themes and words. */
    List<SimilarPractice> similarTo(Practice practice, int max);

    /** A practice of another project, as the practice page links to it. */
    record SimilarPractice(long id, String projectKey, String projectName, String title, String summary,
            String owner) {
    }
}
