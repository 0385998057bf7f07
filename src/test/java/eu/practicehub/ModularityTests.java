package eu.practicehub;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class ModularityTests {

    ApplicationModules modules = ApplicationModules.of(PracticeHubApplication.class);

    @Test
    void verifiesModularStructure() {
        modules.verify();
    }
}
