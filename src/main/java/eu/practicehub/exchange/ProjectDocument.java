package eu.practicehub.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * A whole project as one document. Records refer to each other by natural keys (a partner by short
 * name, a theme by name, a practice by title) so a document moves between instances unchanged.
 * Dates are ISO 8601; an event's start and end are a date, or a local date-time in its time zone.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"formatVersion", "project", "partners", "themes", "practices", "events"})
public record ProjectDocument(
        Integer formatVersion,
        ProjectData project,
        List<PartnerData> partners,
        List<String> themes,
        List<PracticeData> practices,
        List<EventData> events) {

    public static final int FORMAT_VERSION = 1;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProjectData(String key, String name, String programme, String mission, String startDate,
            Integer semesterMonths, String website, List<PhaseData> phases) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PhaseData(String name, String startDate, String endDate) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PartnerData(String shortName, String name, String country, String nutsCode, String role,
            String timeZone, String contactName, String contactEmail, String website) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PracticeData(String title, String owner, List<String> themes, String summary,
            String problemAddressed, String description, String resourcesNeeded, String timescale,
            String evidenceOfSuccess, String potentialForTransfer, String location, String website, String status) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventData(String type, String title, String start, String end, String datePrecision,
            String timeZone, String host, List<String> participants, String mode, String venue, String onlineLink,
            List<String> practices, String agenda, String minutes, String lessonsLearnt, String status) {
    }
}
