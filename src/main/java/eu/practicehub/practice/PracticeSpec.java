package eu.practicehub.practice;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a good practice is made of, as a form, the API or an import document gives it. The owner
 * is named by the partner's short name and the themes by their names.
 */
public record PracticeSpec(
        String title,
        String owner,
        List<String> themes,
        String summary,
        String problemAddressed,
        String description,
        String resourcesNeeded,
        String timescale,
        String evidenceOfSuccess,
        String potentialForTransfer,
        String location,
        String website,
        PracticeStatus status) {

    public PracticeSpec {
        themes = themes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(themes));
    }
}
