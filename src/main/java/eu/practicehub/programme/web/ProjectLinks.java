package eu.practicehub.programme.web;

import eu.practicehub.common.Text;
import eu.practicehub.programme.BadProjectQuery;
import eu.practicehub.programme.ProjectQuery;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Addresses of lists of projects with their filters as request parameters, so that each can be bookmarked,
 * and what a page says of parameters it cannot read.
 */
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

    /** The message of each parameter a list of projects could not read, in the reader's language. */
    static List<String> messages(BadProjectQuery problem, MessageSource messages, Locale locale) {
        return problem.problems().stream().map(v -> messages.getMessage(v.code(),
                v.args().stream().map(a -> a instanceof String s ? Text.shown(s) : a).toArray(), locale)).toList();
    }
}
