package eu.practicehub.search.web;

import eu.practicehub.search.Facet;
import eu.practicehub.search.PracticeQuery;
import eu.practicehub.search.PracticeResults;
import eu.practicehub.search.PracticeSearch;
import eu.practicehub.search.SearchParameters;
import eu.practicehub.search.index.IndexRebuild;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/** The good-practice database's page, and the administrators' page of its index. */
@Controller
class PracticeDatabaseController {

    static final String VIEW = "search/practices";
    static final String RESULTS = VIEW + " :: results";
    static final String ADMIN_VIEW = "search/admin";

    private final PracticeSearch search;
    private final IndexRebuild rebuild;
    private final MessageSource messages;

    PracticeDatabaseController(PracticeSearch search, IndexRebuild rebuild, MessageSource messages) {
        this.search = search;
        this.rebuild = rebuild;
        this.messages = messages;
    }

    /** The database; htmx asks for the results alone when the search changes. Values not understood are left out. */
    @GetMapping("/practices")
    String practices(@RequestParam MultiValueMap<String, String> parameters,
            @RequestHeader(name = "HX-Request", defaultValue = "false") boolean htmx,
            @RequestHeader(name = "HX-History-Restore-Request", defaultValue = "false") boolean historyRestore,
            Model model, HttpServletResponse response, Locale locale) {
        PracticeQuery query = SearchParameters.lenient(parameters);
        PracticeResults results = search.search(query);
        model.addAttribute("section", "practiceDatabase");
        model.addAttribute("query", query);
        model.addAttribute("results", results);
        model.addAttribute("page", results.asPage());
        model.addAttribute("pageLink", link(query, null, null));
        model.addAttribute("facets", facets(query, results, locale));
        boolean resultsOnly = htmx && !historyRestore;
        model.addAttribute("resultsOnly", resultsOnly);
        response.addHeader(HttpHeaders.VARY, "HX-Request");
        return resultsOnly ? RESULTS : VIEW;
    }

    @GetMapping("/admin/search")
    String admin(Model model) {
        model.addAttribute("rebuilding", rebuild.isRunning());
        model.addAttribute("lastFinished", rebuild.lastFinished().orElse(null));
        return ADMIN_VIEW;
    }

    @PostMapping("/admin/search/rebuild")
    String rebuild(RedirectAttributes redirect, Locale locale) {
        boolean started = rebuild.start();
        redirect.addFlashAttribute("flash", messages.getMessage(started ? "searchAdmin.started" : "searchAdmin.running",
                null, locale));
        return "redirect:/admin/search";
    }

    /** Each facet's values, with the link that adds or removes the value from the search. */
    private List<FacetView> facets(PracticeQuery query, PracticeResults results, Locale locale) {
        List<FacetView> views = new ArrayList<>();
        results.facets().forEach((facet, counts) -> views.add(new FacetView(facet.parameter(),
                messages.getMessage("practiceDatabase.facet." + facet.parameter(), null, locale),
                counts.stream().map(count -> new FacetValue(count.value(), label(facet, count, locale), count.count(),
                        count.selected(), link(query, facet, count.value())))
                        .toList())));
        return views;
    }

    private String label(Facet facet, PracticeResults.FacetCount count, Locale locale) {
        return switch (facet) {
            case STATUS -> messages.getMessage("enum.PracticeStatus." + count.value(), null, count.value(), locale);
            case OWNER_TYPE -> messages.getMessage("enum.OrganisationType." + count.value(), null, count.value(), locale);
            case COUNTRY -> {
                String name = new Locale("", count.value()).getDisplayCountry(locale);
                yield name.isBlank() ? count.value() : name;
            }
            default -> count.label();
        };
    }

    /** The address of this search with the facet's value toggled (when given), from the first page. */
    static String link(PracticeQuery query, Facet toggled, String value) {
        UriComponentsBuilder link = UriComponentsBuilder.fromPath("/practices");
        if (query.text() != null && !query.text().isBlank()) {
            link.queryParam("q", encoded(query.text()));
        }
        for (Facet facet : Facet.values()) {
            List<String> values = new ArrayList<>(query.values(facet).stream().sorted().toList());
            if (facet == toggled && !values.remove(value)) {
                values.add(value);
            }
            values.forEach(v -> link.queryParam(facet.parameter(), encoded(v)));
        }
        if (query.order() == PracticeQuery.Order.DATE) {
            link.queryParam("sort", "date");
        }
        return link.build(true).toUriString();
    }

    /** A query value encoded whole: a plus sign in it stays a plus sign, not a space. */
    private static String encoded(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** A facet as the page shows it. */
    record FacetView(String parameter, String name, List<FacetValue> values) {
    }

    /** A facet value, its count, whether it is chosen, and the link that toggles it. */
    record FacetValue(String value, String label, long count, boolean selected, String toggle) {
    }
}
