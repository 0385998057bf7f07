package eu.practicehub.actionplan;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.PracticeHubApplication;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The action plan module builds on projects, practices, events and transfers; only the modules that read plans (project document, learning chain, planning, indicators, dashboard) use it. */
class ActionPlanModuleTests {

    private final ApplicationModules modules = ApplicationModules.of(PracticeHubApplication.class);

    @Test
    void actionPlansUseOnlyProjectsPracticesEventsTransfersAndTheSharedTypes() {
        ApplicationModule actionPlans = modules.getModuleByName("actionplan").orElseThrow();

        assertThat(actionPlans.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName))
                .isSubsetOf("project", "practice", "event", "transfer", "common", "account")
                .contains("project", "practice", "event", "transfer");
    }

    @Test
    void onlyTheModulesThatReadPlansUseActionPlans() {
        var readers = java.util.Set.of("actionplan", "exchange", "chain", "planning", "indicators", "dashboard", "history");
        assertThat(modules.stream().filter(m -> !readers.contains(m.getName()))
                .filter(m -> m.getDirectDependencies(modules).containsModuleNamed("actionplan"))
                .map(ApplicationModule::getName)).isEmpty();
    }
}
