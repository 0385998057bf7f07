package eu.practicehub.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.PracticeHubApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The indicators read the other modules through their public counts; nothing depends on them but the
 * programme home, whose programme page adds them up over the programme's projects.
 */
class IndicatorModuleTests {

    private final ApplicationModules modules = ApplicationModules.of(PracticeHubApplication.class);

    @Test
    void indicatorsUseTheCountsOfProjectsPracticesEventsTransfersAndActionPlans() {
        ApplicationModule indicators = modules.getModuleByName("indicators").orElseThrow();

        assertThat(indicators.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName))
                .isSubsetOf("project", "practice", "event", "transfer", "actionplan", "common")
                .contains("project", "practice", "event", "transfer", "actionplan");
    }

    @Test
    void noModuleButTheProgrammeHomeDependsOnTheIndicators() {
        assertThat(modules.stream().filter(m -> m.getDirectDependencies(modules).containsModuleNamed("indicators"))
                .map(ApplicationModule::getName)).containsExactly("programme");
    }
}
