package eu.practicehub.challenge;

import java.util.List;

/** What a challenge says: the partner by short name, its title, description and themes by name. */
public record ChallengeSpec(String partner, String title, String description, List<String> themes) {

    public ChallengeSpec {
        themes = themes == null ? List.of() : themes.stream().filter(t -> t != null && !t.isBlank()).map(String::strip)
                .distinct().toList();
    }
}
