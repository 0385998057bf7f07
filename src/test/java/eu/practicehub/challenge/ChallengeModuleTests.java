package eu.practicehub.challenge;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.PracticeHubApplication;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The challenge module builds on projects, practices, transfers and the good-practice database (for
 * the practices of other projects); only the project document
 * (exchange) builds on it, to export and import the challenges.
 */
class ChallengeModuleTests {

    private final ApplicationModules modules = ApplicationModules.of(PracticeHubApplication.class);

    @Test
    void challengesUseOnlyProjectsPracticesTransfersTheDatabaseAndTheSharedTypes() {
        ApplicationModule challenges = modules.getModuleByName("challenge").orElseThrow();

        assertThat(challenges.getDirectDependencies(modules).uniqueModules().map(ApplicationModule::getName))
                .isSubsetOf("project", "practice", "transfer", "search", "common", "account")
                .contains("project", "practice", "transfer", "search");
    }

    @Test
    void onlyTheProjectDocumentUsesChallenges() {
        assertThat(modules.stream().filter(m -> !m.getName().equals("challenge"))
                .filter(m -> m.getDirectDependencies(modules).containsModuleNamed("challenge"))
                .map(ApplicationModule::getName)).containsExactly("exchange");
    }
}
