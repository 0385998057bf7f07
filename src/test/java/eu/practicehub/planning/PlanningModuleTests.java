package eu.practicehub.planning;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.PracticeHubApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The planning counts through the public services of the modules whose records it counts, and uses nothing else. */
class PlanningModuleTests {

    private final ApplicationModules modules = ApplicationModules.of(PracticeHubApplication.class);

    @Test
    void planningUsesOnlyTheModulesWhoseRecordsItCountsAndTheSharedTypes() {
        ApplicationModule planning = modules.getModuleByName("planning").orElseThrow();

        assertThat(planning.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName))
                .isSubsetOf("project", "practice", "event", "transfer", "actionplan", "common", "account")
                .contains("project", "practice", "event", "transfer", "actionplan");
    }
}
