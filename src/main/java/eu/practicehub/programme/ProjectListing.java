package eu.practicehub.programme;

import org.springframework.data.domain.Page;

/** One page of the projects that match a query, with the counts of each filter's values. */
public record ProjectListing(ProjectQuery query, Page<ProjectCard> page, Facets facets) {
}
