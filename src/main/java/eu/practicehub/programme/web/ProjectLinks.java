package eu.practicehub.programme.web;

import eu.practicehub.programme.ProjectQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/** Addresses of lists of projects with their filters as request parameters, so that each can be bookmarked. */
final class ProjectLinks {

    private ProjectLinks() {
    }

    /** {@code path} (below the context path) with the query's parameters but the one named {@code without}. */
    static String to(String contextPath, String path, ProjectQuery query, String without) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath(contextPath + path);
        Map<String, String> values = new LinkedHashMap<>(query.parameters());
        values.remove(without);
        // As variables, values are encoded whole: "&", "=" and "+" in a theme's name stay in the value.
        values.keySet().forEach(name -> link.queryParam(name, "{" + name + "}"));
        return link.encode().buildAndExpand(values).toUriString();
    }
}
