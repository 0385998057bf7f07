package eu.practicehub.practice;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a good practice is made of, as a form, the API or an import document gives it. The owner
 * is named by the partner's short name and the themes by their names. The day it was identified
 * is left out to keep it (or, for a new practice, to take today).
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
        PracticeStatus status,
        LocalDate identifiedOn,
        Boolean publicVisible) {

    public PracticeSpec {
        themes = themes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(themes));
    }

    /**
     * A spec that leaves whether the practice is public as it is; a new practice is public. The
     * pages and the API say it with {@code publicVisible}; a project document without it means public.
     */
    public PracticeSpec(String title, String owner, List<String> themes, String summary, String problemAddressed,
            String description, String resourcesNeeded, String timescale, String evidenceOfSuccess,
            String potentialForTransfer, String location, String website, PracticeStatus status, LocalDate identifiedOn) {
        this(title, owner, themes, summary, problemAddressed, description, resourcesNeeded, timescale,
                evidenceOfSuccess, potentialForTransfer, location, website, status, identifiedOn, null);
    }

    /** A spec that leaves the day it was identified as it is. */
    public PracticeSpec(String title, String owner, List<String> themes, String summary, String problemAddressed,
            String description, String resourcesNeeded, String timescale, String evidenceOfSuccess,
            String potentialForTransfer, String location, String website, PracticeStatus status) {
        this(title, owner, themes, summary, problemAddressed, description, resourcesNeeded, timescale,
                evidenceOfSuccess, potentialForTransfer, location, website, status, null, null);
    }
}
