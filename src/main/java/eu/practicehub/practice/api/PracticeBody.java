package eu.practicehub.practice.api;

import eu.practicehub.practice.PracticeSpec;
import eu.practicehub.practice.PracticeStatus;
import io.swagger.v3.oas.annotations.media.Schema;
import eu.practicehub.common.KnownDate;
import java.util.List;

/**
 * A good practice as a client writes it: the owner by partner short name, the themes by name.
 * An update carries the version it was based on.
 */
record PracticeBody(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "One-stop digital desk for citizens") String title,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "Short name of the owner partner", example = "Riverton") String owner,
        @Schema(description = "Theme names, the first one the main theme") List<String> themes,
        String summary,
        String problemAddressed,
        String description,
        String resourcesNeeded,
        String timescale,
        String evidenceOfSuccess,
        String potentialForTransfer,
        String location,
        String website,
        @Schema(description = "Left out: IDENTIFIED for a new practice, unchanged on update; a practice only moves forward") PracticeStatus status,
        @Schema(type = "string", description = "When it was identified, as exactly as known: a day (2021-07-17), a month (2021-07) or a year (2021); left out or null: not known", example = "2021-07-17") KnownDate identifiedOn,
        @Schema(description = "Required on update: the version that was read") Long version,
        @Schema(description = "Whether the practice is in the public catalogue; left out: public for a new practice, unchanged on update") Boolean publicVisible) {

    PracticeSpec toSpec() {
        return new PracticeSpec(title, owner, themes, summary, problemAddressed, description, resourcesNeeded, timescale,
                evidenceOfSuccess, potentialForTransfer, location, website, status, identifiedOn, publicVisible);
    }
}
