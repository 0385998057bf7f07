package eu.practicehub.search;

import static eu.practicehub.search.index.PracticeFields.OWNER_ID;
import static eu.practicehub.search.index.PracticeFields.PROJECT_ID;
import static eu.practicehub.search.index.PracticeFields.PUBLIC;
import static eu.practicehub.search.index.PracticeFields.STATUS;
import static eu.practicehub.search.index.PracticeFields.THEME_ID;

import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeFilter;
import eu.practicehub.practice.PracticeIndex;
import eu.practicehub.practice.Theme;
import eu.practicehub.project.Project;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

/** The practice module's catalogue search and similar practices, answered from the good-practice database. */
@Component
class ProjectCatalogueIndex implements PracticeIndex {

    private final PracticeSearch search;

    ProjectCatalogueIndex(PracticeSearch search) {
        this.search = search;
    }

    @Override
    public Page<Long> catalogue(Project project, PracticeFilter filter, boolean publicOnly, Pageable pageable) {
        return search.ids(filter.text(), f -> {
            var bool = f.bool().filter(f.match().field(PROJECT_ID).matching(project.getId()));
            if (publicOnly) {
                bool.filter(f.match().field(PUBLIC).matching(true));
            }
            if (filter.ownerId() != null) {
                bool.filter(f.match().field(OWNER_ID).matching(filter.ownerId()));
            }
            if (filter.themeId() != null) {
                bool.filter(f.match().field(THEME_ID).matching(filter.themeId()));
            }
            if (filter.status() != null) {
                bool.filter(f.match().field(STATUS).matching(filter.status()));
            }
            return bool;
        }, pageable);
    }

    @Override
    public List<SimilarPractice> similarTo(Practice practice, int max) {
        String text = Stream.of(practice.getTitle(), practice.getSummary()).filter(t -> t != null)
                .collect(Collectors.joining(" "));
        return search.related(practice.getProject().getId(), practice.getThemes().stream().map(Theme::getName).toList(),
                text, max).stream()
                .map(hit -> new SimilarPractice(hit.id(), hit.projectKey(), hit.projectName(), hit.title(), hit.summary(),
                        hit.owner()))
                .toList();
    }
}
