package eu.practicehub.exchange;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * A whole project as one document. Records refer to each other by natural keys (a partner by short
 * name, a theme by name, a practice by title) so a document moves between instances unchanged.
 * Dates are ISO 8601; an event's start and end are a date, or a local date-time in its time zone.
 * Transfers, action plans, challenges, targets, restrictions and newsletters are optional sections: a
 * document without them (as written before they existed) is read as a project without any of them.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"formatVersion", "project", "partners", "themes", "practices", "events", "transfers", "actionPlans", "challenges",
        "targets", "restrictions", "newsletters"})
public record ProjectDocument(
        Integer formatVersion,
        ProjectData project,
        List<PartnerData> partners,
        List<String> themes,
        List<PracticeData> practices,
        List<EventData> events,
        List<TransferData> transfers,
        List<ActionPlanData> actionPlans,
        List<ChallengeData> challenges,
        List<TargetData> targets, List<RestrictionData> restrictions, List<NewsletterData> newsletters) {

    public static final int FORMAT_VERSION = 1;

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProjectData(String key, String name, String programme, String mission, String startDate,
            String endDate, Integer semesterMonths, String website, List<PhaseData> phases, String language) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PhaseData(String name, String startDate, String endDate) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PartnerData(String shortName, String name, String country, String nutsCode, String role,
            String organisationType, String timeZone, String contactName, String contactEmail, String website) {
    }

    /**
     * A good practice. {@code identifiedOn} is a day ({@code 2018-06-14}), a month ({@code 2018-06}) or a
     * year ({@code 2018}) and keeps that precision; left out, when it was identified is not known.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PracticeData(String title, String owner, List<String> themes, String summary,
            String problemAddressed, String description, String resourcesNeeded, String timescale,
            String evidenceOfSuccess, String potentialForTransfer, String location, String website, String status,
            String identifiedOn, Boolean publicVisible) {

        /** A practice without {@code publicVisible} is in the public catalogue, as documents before the flag had it. */
        public PracticeData(String title, String owner, List<String> themes, String summary,
                String problemAddressed, String description, String resourcesNeeded, String timescale,
                String evidenceOfSuccess, String potentialForTransfer, String location, String website, String status,
                String identifiedOn) {
            this(title, owner, themes, summary, problemAddressed, description, resourcesNeeded, timescale,
                    evidenceOfSuccess, potentialForTransfer, location, website, status, identifiedOn, null);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventData(String type, List<ActivityData> activities, String title, String start, String end,
            String datePrecision, String timeZone, String host, List<String> participants, String mode, String venue,
            String onlineLink, String originallyPlannedIn, List<String> practices, String agenda, String minutes,
            String lessonsLearnt, String status) {

        /** An event of one activity of {@code type}, planned where it is held. */
        public EventData(String type, String title, String start, String end, String datePrecision,
                String timeZone, String host, List<String> participants, String mode, String venue, String onlineLink,
                List<String> practices, String agenda, String minutes, String lessonsLearnt, String status) {
            this(type, null, title, start, end, datePrecision, timeZone, host, participants, mode, venue, onlineLink,
                    null, practices, agenda, minutes, lessonsLearnt, status);
        }
    }

    /**
     * One activity of an event: its type and, optionally, its own day ({@code date}, within the event's
     * dates), place and the practices it examined (titles). An event given by {@code type} alone is one activity.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActivityData(String type, String date, String place, List<String> practices) {
    }

    /** An event named by its natural key: its title and its start as the event's {@code start} reads. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventRef(String title, String start) {
    }

    /**
     * A transfer, named by its practice's title, its importer's short name and when it started (the
     * {@code at} of its first move), so a transfer restarted after being dropped is a second entry. Its
     * start may be unknown: no moves (its history is not known) or a first move without {@code at};
     * then it is the one transfer of that practice to that importer without a start.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TransferData(String practice, String importer, String stage, String droppedReason,
            List<MoveData> moves, AssessmentData assessment, List<EventRef> workshops) {
    }

    /** A move of a transfer: from which stage (none for the start) to which, when (an instant; left out: not known) and by whom. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MoveData(String from, String to, String at, String by) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AssessmentData(Integer legalFit, String legalNotes, Integer organisationalFit,
            String organisationalNotes, Integer technicalFit, String technicalNotes, Integer financialFit,
            String financialNotes, String kept, String adapted, String verdict) {
    }

    /** A partner's action plan, named by the partner's short name; {@code status} left out: not stated. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionPlanData(String partner, String otherOrganisations, String contactName, String contactEmail,
            String instrumentName, String instrumentType, String instrumentImprovement, String status,
            String endorsedBy, String endorsedOn, List<ActionData> actions) {
    }

    /** An action of a plan; {@code status} and {@code progress} left out: not stated. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ActionData(String title, List<LinkData> background, String backgroundText, String description,
            String players, String startDate, String endDate, BigDecimal costAmount, String costCurrency,
            String fundingSources, String status, String abandonReason, Integer progress,
            List<IndicatorData> indicators, List<UpdateData> updates) {
    }

    /**
     * A record an action comes from: a practice by {@code practice} (its title), an event by
     * {@code event} and {@code start}, a transfer by {@code practice}, {@code importer} and
     * {@code startedAt} (the instant of its first move; it may be left out when only one transfer of
     * the practice to the importer is listed, as in documents written before it existed, and is left
     * out for the one whose start is not known).
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record LinkData(String kind, String practice, String event, String start, String importer,
            String startedAt) {
    }

    /** An indicator with the value reached in each semester, by semester number. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record IndicatorData(String name, String unit, BigDecimal baseline, BigDecimal target,
            Map<Integer, BigDecimal> values) {
    }

    /** A partner's innovation challenge, named by the partner's short name and its title; themes by name. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ChallengeData(String partner, String title, String description, List<String> themes) {
    }

    /**
     * The targets of one semester by measure name (e.g. {@code STUDY_VISITS}), or of the whole
     * project when {@code semester} is left out; a measure left out has no target.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record TargetData(Integer semester, Map<String, Integer> targets) {
    }

    /**
     * A travel or entry restriction: country (ISO 3166-1 alpha-2), first and last day (both included),
     * level (NONE, ADVISORY, RESTRICTED), a note and the web address of its source.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RestrictionData(String country, String from, String to, String level, String note, String source) {
    }

    /**
     * A newsletter: its period ({@code from}, {@code to}), status ({@code DRAFT} or {@code PUBLISHED}),
     * when it last changed and when it was published (ISO 8601 instants), its publication date as readers
     * read it when one was stated ({@code publishedOn}: a day, a month such as {@code 2022-01} or a year; a
     * published newsletter gives {@code publishedAt}, {@code publishedOn} or both), and its Markdown text.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record NewsletterData(String title, String from, String to, String status, String updatedAt,
            String publishedAt, String publishedOn, String body) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record UpdateData(Integer semester, String date, String done, String evidence) {
    }
}
