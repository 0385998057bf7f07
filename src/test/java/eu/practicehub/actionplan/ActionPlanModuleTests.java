package eu.practicehub.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.PracticeHubApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The action plan module builds on projects, practices, events and transfers; only the project document, the learning chain and the planning use it. */
class ActionPlanModuleTests {

    private final ApplicationModules modules = ApplicationModules.of(PracticeHubApplication.class);

    @Test
    void actionPlansUseOnlyProjectsPracticesEventsTransfersAndTheSharedTypes() {
        ApplicationModule actionPlans = modules.getModuleByName("actionplan").orElseThrow();

        assertThat(actionPlans.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName))
                .isSubsetOf("project", "practice", "event", "transfer", "common")
                .contains("project", "practice", "event", "transfer");
    }

    @Test
    void onlyTheProjectDocumentTheLearningChainAndThePlanningUseActionPlans() {
        assertThat(modules.stream().filter(m -> !m.getName().equals("actionplan") && !m.getName().equals("exchange")
                        && !m.getName().equals("chain") && !m.getName().equals("planning"))
                .filter(m -> m.getDirectDependencies(modules).containsModuleNamed("actionplan"))
                .map(ApplicationModule::getName)).isEmpty();
    }
}
