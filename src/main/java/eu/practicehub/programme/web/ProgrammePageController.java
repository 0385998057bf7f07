package eu.practicehub.programme.web;

import eu.practicehub.programme.BadProjectQuery;
import eu.practicehub.programme.ProgrammeService;
import eu.practicehub.programme.ProgrammeService.ProgrammeOverview;
import eu.practicehub.programme.ProjectQuery;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The page of a programme: its indicators, its partners by country and its projects a page at a time. */
@Controller
class ProgrammePageController {

    static final String PROGRAMME_VIEW = "programme/programme";

    private final ProgrammeService programmes;
    private final MessageSource messages;

    ProgrammePageController(ProgrammeService programmes, MessageSource messages) {
        this.programmes = programmes;
        this.messages = messages;
    }

    @GetMapping("/programmes/{slug}")
    String programme(@PathVariable String slug, @RequestParam(required = false) String page,
            HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        String self = request.getContextPath() + "/programmes/" + slug;
        try {
            int number = ProjectQuery.of(null, null, null, null, null, page, null).page();
            ProgrammeOverview overview = programmes.overview(slug, number, locale);
            model.addAttribute("overview", overview);
            model.addAttribute("pager", Pager.of(overview.projects().page(), n -> n == 1 ? self : self + "?page=" + n));
            return PROGRAMME_VIEW;
        } catch (BadProjectQuery e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("problems", ProjectLinks.messages(e, messages, locale));
            model.addAttribute("clearLink", self);
            return HomeController.PROJECTS_VIEW;
        }
    }
}
