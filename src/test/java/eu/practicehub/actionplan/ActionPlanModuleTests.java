package eu.practicehub.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.PracticeHubApplication;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The action plan module builds on projects, practices, events and transfers; the project document, the learning chain, planning and the dashboard use it. */
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
    void onlyTheProjectDocumentTheLearningChainPlanningAndTheDashboardUseActionPlans() {
        assertThat(modules.stream().filter(m -> !Set.of("actionplan", "exchange", "chain", "planning", "dashboard").contains(m.getName()))
                .filter(m -> m.getDirectDependencies(modules).containsModuleNamed("actionplan"))
                .map(ApplicationModule::getName)).isEmpty();
    }
}
