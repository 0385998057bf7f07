package eu.practicehub.practice;

import eu.practicehub.common.KnownDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What a good practice is made of, as a form, the API or an import document gives it. The owner
 * is named by the partner's short name and the themes by their names. When it was identified is
 * known to the day, month or year, or not at all (null): nothing takes today's date in its place.
 * Only the shortest constructor leaves it as it is ({@code identifiedOnKept}).
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
        KnownDate identifiedOn,
        Boolean publicVisible,
        boolean identifiedOnKept) {

    public PracticeSpec {
        themes = themes == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(themes));
    }

    /** A spec that says when the practice was identified (null: not known). */
    public PracticeSpec(String title, String owner, List<String> themes, String summary, String problemAddressed,
            String description, String resourcesNeeded, String timescale, String evidenceOfSuccess,
            String potentialForTransfer, String location, String website, PracticeStatus status,
            KnownDate identifiedOn, Boolean publicVisible) {
        this(title, owner, themes, summary, problemAddressed, description, resourcesNeeded, timescale,
                evidenceOfSuccess, potentialForTransfer, location, website, status, identifiedOn, publicVisible, false);
    }

    /**
     * A spec that leaves whether the practice is public as it is; a new practice is public. The
     * pages and the API say it with {@code publicVisible}; a project document without it means public.
     */
    public PracticeSpec(String title, String owner, List<String> themes, String summary, String problemAddressed,
            String description, String resourcesNeeded, String timescale, String evidenceOfSuccess,
            String potentialForTransfer, String location, String website, PracticeStatus status, KnownDate identifiedOn) {
        this(title, owner, themes, summary, problemAddressed, description, resourcesNeeded, timescale,
                evidenceOfSuccess, potentialForTransfer, location, website, status, identifiedOn, null, false);
    }

    /** A spec that leaves the day it was identified as it is. */
    public PracticeSpec(String title, String owner, List<String> themes, String summary, String problemAddressed,
            String description, String resourcesNeeded, String timescale, String evidenceOfSuccess,
            String potentialForTransfer, String location, String website, PracticeStatus status) {
        this(title, owner, themes, summary, problemAddressed, description, resourcesNeeded, timescale,
                evidenceOfSuccess, potentialForTransfer, location, website, status, null, null, true);
    }
}
