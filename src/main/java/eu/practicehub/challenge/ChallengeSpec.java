package eu.practicehub.challenge;

import java.util.List;

/**
 * What a challenge says: the partner by short name, its title, description and themes by name. A
 * missing theme entry stays in the list so the rules can report it.
 */
public record ChallengeSpec(String partner, String title, String description, List<String> themes) {

    public ChallengeSpec {
        themes = themes == null ? List.of()
                : themes.stream().map(t -> t == null || t.isBlank() ? null : t.strip()).distinct().toList();
    }
}
