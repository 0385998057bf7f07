package eu.practicehub.chain.api;

import eu.practicehub.chain.ActionChains;
import eu.practicehub.chain.ChainService;
import eu.practicehub.chain.LearningChain;
import eu.practicehub.chain.PartnerChains;
import eu.practicehub.chain.TransferMap;
import eu.practicehub.project.ProjectService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/projects/{key}")
@Tag(name = "Learning chain", description = "From a good practice through events and transfers to the actions citing it")
class ChainApiController {

    private final ChainService chains;
    private final ProjectService projects;

    ChainApiController(ChainService chains, ProjectService projects) {
        this.chains = chains;
        this.projects = projects;
    }

    @GetMapping("/practices/{id}/chain")
    @Operation(summary = "The learning chain of a good practice")
    LearningChain practice(@PathVariable String key, @PathVariable long id) {
        return chains.practiceChain(projects.project(key), id);
    }

    @GetMapping("/partners/{id}/chain")
    @Operation(summary = "The learning chains of the practices a partner owns and imports")
    PartnerChains partner(@PathVariable String key, @PathVariable long id) {
        return chains.partnerChains(projects.project(key), id);
    }

    @GetMapping("/action-plans/{planId}/actions/{actionId}/chain")
    @Operation(summary = "The learning chains of the practices and transfers an action cites")
    ActionChains action(@PathVariable String key, @PathVariable long planId, @PathVariable long actionId) {
        return chains.actionChains(projects.project(key), planId, actionId);
    }

    @GetMapping("/transfer-map")
    @Operation(summary = "Who imports what from whom: partners as nodes, transfers as edges")
    TransferMap transferMap(@PathVariable String key) {
        return chains.transferMap(projects.project(key));
    }
}
