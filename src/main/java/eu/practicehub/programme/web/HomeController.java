package eu.practicehub.programme.web;

import eu.practicehub.programme.BadProjectQuery;
import eu.practicehub.programme.ProjectDirectory;
import eu.practicehub.programme.ProjectListing;
import eu.practicehub.programme.ProjectQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The start page: the projects of this instance a page at a time, filtered by programme, country, theme,
 * status and words of the name; with no parameters and a single project, straight to that project.
 */
@Controller
class HomeController {

    static final String PROJECTS_VIEW = "home/projects";

    private final ProjectDirectory directory;
    private final MessageSource messages;

    HomeController(ProjectDirectory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/")
    String home(@RequestParam(required = false) String programme, @RequestParam(required = false) String country,
            @RequestParam(required = false) String theme, @RequestParam(required = false) String status,
            @RequestParam(required = false) String q, @RequestParam(required = false) String page,
            @RequestParam(required = false) String size, HttpServletRequest request, HttpServletResponse response,
            Model model, Locale locale) {
        ProjectListing listing;
        try {
            listing = directory.list(ProjectQuery.of(programme, country, theme, status, q, page, size), locale);
        } catch (BadProjectQuery e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", ProjectLinks.messages(e, messages, locale));
            model.addAttribute("clearLink", request.getContextPath() + "/");
            return PROJECTS_VIEW;
        }
        if (request.getQueryString() == null && listing.page().getTotalElements() == 1) {
            return "redirect:/projects/" + listing.page().getContent().get(0).key();
        }
        ProjectQuery query = listing.query();
        String context = request.getContextPath();
        model.addAttribute("listing", listing);
        model.addAttribute("pager", Pager.of(listing.page(), n -> ProjectLinks.to(context, "/", query.onPage(n), null)));
        model.addAttribute("clearLink", context + "/");
        return PROJECTS_VIEW;
    }
}
