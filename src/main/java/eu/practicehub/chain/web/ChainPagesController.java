package eu.practicehub.chain.web;

import eu.practicehub.chain.ChainService;
import eu.practicehub.chain.TransferMap;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.EnumLabels;
import java.time.ZoneOffset;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The learning chain of a practice, a partner or an action, and the transfer map. */
@Controller
class ChainPagesController {

    static final String PRACTICE_VIEW = "chain/practice";
    static final String PARTNER_VIEW = "chain/partner";
    static final String ACTION_VIEW = "chain/action";
    static final String MAP_VIEW = "chain/map";

    private final ProjectService projects;
    private final ChainService chains;
    private final EnumLabels labels;
    private final MessageSource messages;

    ChainPagesController(ProjectService projects, ChainService chains, EnumLabels labels, MessageSource messages) {
        this.projects = projects;
        this.chains = chains;
        this.labels = labels;
        this.messages = messages;
    }

    @GetMapping("/projects/{key}/practices/{id}/chain")
    String practice(@PathVariable String key, @PathVariable long id, Model model) {
        Project project = page(key, "practices", model);
        model.addAttribute("chain", chains.practiceChain(project, id));
        return PRACTICE_VIEW;
    }

    @GetMapping("/projects/{key}/partners/{id}/chain")
    String partner(@PathVariable String key, @PathVariable long id, Model model) {
        Project project = page(key, "home", model);
        model.addAttribute("chains", chains.partnerChains(project, id));
        return PARTNER_VIEW;
    }

    @GetMapping("/projects/{key}/action-plans/{planId}/actions/{actionId}/chain")
    String action(@PathVariable String key, @PathVariable long planId, @PathVariable long actionId, Model model) {
        Project project = page(key, "action-plans", model);
        model.addAttribute("chains", chains.actionChains(project, planId, actionId));
        return ACTION_VIEW;
    }

    @GetMapping("/projects/{key}/transfers/map")
    String map(@PathVariable String key, Model model) {
        Project project = page(key, "transfers", model);
        TransferMap map = chains.transferMap(project);
        model.addAttribute("map", map);
        model.addAttribute("drawing", MapDrawing.of(map, new MapDrawing.Texts(labels::of,
                count -> messages.getMessage("mapPage.pair.transfers", new Object[] {count}, LocaleContextHolder.getLocale()))));
        return MAP_VIEW;
    }

    private Project page(String key, String section, Model model) {
        Project project = projects.project(key);
        model.addAttribute("project", project);
        model.addAttribute("section", section);
        return project;
    }
}
