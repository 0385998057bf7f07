package eu.practicehub.search;

import eu.practicehub.practice.PracticeStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One practice found, read from the index alone. Each highlight is HTML: the field's best passage,
 * escaped, with the matching words in {@code <mark>}.
 */
public record PracticeHit(long id, String projectKey, String projectName, String programme, String title,
        String summary, String owner, String country, List<String> themes, PracticeStatus status,
        LocalDate identifiedOn, boolean publicVisible, float score, Map<String, String> highlights) {
}
