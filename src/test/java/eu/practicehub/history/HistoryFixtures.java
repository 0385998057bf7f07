package eu.practicehub.history;

import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.PracticeSpec;
import eu.practicehub.project.Project;
import java.util.List;
import java.util.UUID;

/** Practices of their own for history tests, so that the demo records stay as they are. */
public final class HistoryFixtures {

    private HistoryFixtures() {
    }

    public static String freshTitle(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static PracticeSpec practice(String title, String owner, String summary, List<String> themes) {
        return new PracticeSpec(title, owner, themes, summary, null, null, null, null, null, null, "Genoa", null, null);
    }

    /** A practice created and then changed once: summary and owner and themes differ between the two versions. */
    public static Practice practiceChangedOnce(PracticeService practices, Project project, String title) {
        Practice created = practices.create(project, practice(title, "Genoa", "First summary",
                List.of("Digital services to citizens")));
        return practices.update(project, created.getId(), created.getVersion(), practice(title, "Gävle", "Second summary",
                List.of("Security and resilience")));
    }
}
