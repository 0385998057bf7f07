package eu.practicehub.history;

import eu.practicehub.actionplan.ActionStatus;
import eu.practicehub.actionplan.InstrumentType;
import eu.practicehub.actionplan.PlanStatus;
import eu.practicehub.common.NotFoundException;
import eu.practicehub.event.DatePrecision;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.practice.PracticeStatus;
import eu.practicehub.transfer.TransferStage;
import java.util.List;

/**
 * How the audit table of one kind of record reads: its columns as fields, in the order they are
 * shown, and the tables of its collections. {@code name} prefixes the fields' label keys.
 */
record AuditTable(String table, String ownerColumn, String name, List<Column> columns, List<Members> members) {

    /** The other records a column may point to, shown by their name. */
    enum Ref {
        PARTNER("select id, short_name from partner where id in (:ids)"),
        THEME("select id, name from theme where id in (:ids)"),
        PRACTICE("select id, title from practice where id in (:ids)"),
        EVENT("select id, title from learning_event where id in (:ids)"),
        ACCOUNT("select id, name from account where id in (:ids)");

        final String names;

        Ref(String names) {
            this.names = names;
        }
    }

    enum Type { TEXT, DATE, TIME, NUMBER, FLAG, ENUM, REF }

    record Column(String column, String field, Type type, Class<? extends Enum<?>> enumType, Ref ref) {

        static Column text(String column, String field) {
            return new Column(column, field, Type.TEXT, null, null);
        }

        static Column date(String column, String field) {
            return new Column(column, field, Type.DATE, null, null);
        }

        static Column time(String column, String field) {
            return new Column(column, field, Type.TIME, null, null);
        }

        static Column number(String column, String field) {
            return new Column(column, field, Type.NUMBER, null, null);
        }

        static Column flag(String column, String field) {
            return new Column(column, field, Type.FLAG, null, null);
        }

        static Column choice(String column, String field, Class<? extends Enum<?>> type) {
            return new Column(column, field, Type.ENUM, type, null);
        }

        static Column ref(String column, String field, Ref ref) {
            return new Column(column, field, Type.REF, null, ref);
        }
    }

    /** A collection's audit table: which owner, which member, in which position (null for a set). */
    record Members(String table, String ownerColumn, String valueColumn, String positionColumn, String field, Ref ref) {
    }

    static final AuditTable PRACTICE = new AuditTable("practice_aud", "id", "practice", List.of(
            Column.text("title", "title"),
            Column.ref("owner_id", "owner", Ref.PARTNER),
            Column.text("summary", "summary"),
            Column.text("problem_addressed", "problemAddressed"),
            Column.text("description", "description"),
            Column.text("resources_needed", "resourcesNeeded"),
            Column.text("timescale", "timescale"),
            Column.text("evidence_of_success", "evidenceOfSuccess"),
            Column.text("potential_for_transfer", "potentialForTransfer"),
            Column.text("location", "location"),
            Column.text("website", "website"),
            Column.date("identified_on", "identifiedOn"),
            Column.choice("identified_precision", "identifiedPrecision", eu.practicehub.common.DatePrecision.class),
            Column.choice("status", "status", PracticeStatus.class),
            Column.flag("public_visible", "publicVisible")),
            List.of(new Members("practice_theme_aud", "practice_id", "theme_id", "position", "themes", Ref.THEME)));

    static final AuditTable EVENT = new AuditTable("learning_event_aud", "id", "event", List.of(
            Column.choice("type", "type", EventType.class),
            Column.text("title", "title"),
            Column.date("start_date", "startDate"),
            Column.time("start_time", "startTime"),
            Column.date("end_date", "endDate"),
            Column.time("end_time", "endTime"),
            Column.choice("date_precision", "datePrecision", DatePrecision.class),
            Column.text("time_zone", "timeZone"),
            Column.ref("host_id", "host", Ref.PARTNER),
            Column.choice("mode", "mode", EventMode.class),
            Column.text("venue", "venue"),
            Column.text("online_link", "onlineLink"),
            Column.text("originally_planned_in", "originallyPlannedIn"),
            Column.text("agenda", "agenda"),
            Column.text("minutes", "minutes"),
            Column.text("lessons_learnt", "lessonsLearnt"),
            Column.choice("status", "status", EventStatus.class)),
            List.of(new Members("event_participant_aud", "event_id", "partner_id", "position", "participants", Ref.PARTNER),
                    new Members("event_practice_aud", "event_id", "practice_id", "position", "practices", Ref.PRACTICE)));

    static final AuditTable TRANSFER = new AuditTable("transfer_aud", "id", "transfer", List.of(
            Column.ref("practice_id", "practice", Ref.PRACTICE),
            Column.ref("importer_id", "importer", Ref.PARTNER),
            Column.choice("stage", "stage", TransferStage.class),
            Column.text("dropped_reason", "droppedReason"),
            Column.number("legal_fit", "legalFit"),
            Column.text("legal_notes", "legalNotes"),
            Column.number("organisational_fit", "organisationalFit"),
            Column.text("organisational_notes", "organisationalNotes"),
            Column.number("technical_fit", "technicalFit"),
            Column.text("technical_notes", "technicalNotes"),
            Column.number("financial_fit", "financialFit"),
            Column.text("financial_notes", "financialNotes"),
            Column.text("kept", "kept"),
            Column.text("adapted", "adapted"),
            Column.text("verdict", "verdict")),
            List.of(new Members("transfer_workshop_aud", "transfer_id", "event_id", null, "workshops", Ref.EVENT)));

    static final AuditTable PLAN = new AuditTable("action_plan_aud", "id", "plan", List.of(
            Column.ref("partner_id", "partner", Ref.PARTNER),
            Column.text("other_organisations", "otherOrganisations"),
            Column.text("contact_name", "contactName"),
            Column.text("contact_email", "contactEmail"),
            Column.text("instrument_name", "instrumentName"),
            Column.choice("instrument_type", "instrumentType", InstrumentType.class),
            Column.text("instrument_improvement", "instrumentImprovement"),
            Column.choice("status", "status", PlanStatus.class),
            Column.text("endorsed_by", "endorsedBy"),
            Column.date("endorsed_on", "endorsedOn")),
            List.of());

    static final AuditTable ACTION = new AuditTable("plan_action_aud", "plan_id", "action", List.of(
            Column.text("title", "title"),
            Column.text("background", "backgroundText"),
            Column.text("description", "description"),
            Column.text("players", "players"),
            Column.date("start_date", "startDate"),
            Column.date("end_date", "endDate"),
            Column.number("cost_amount", "costAmount"),
            Column.text("cost_currency", "costCurrency"),
            Column.text("funding_sources", "fundingSources"),
            Column.choice("status", "status", ActionStatus.class),
            Column.text("abandon_reason", "abandonReason"),
            Column.number("progress", "progress")),
            List.of());

    static final AuditTable UPDATE = new AuditTable("action_update_aud", "action_id", "update", List.of(
            Column.number("semester", "semester"),
            Column.date("update_date", "date"),
            Column.text("done", "done"),
            Column.text("evidence", "evidence")),
            List.of());

    static AuditTable of(RecordKind kind) {
        return switch (kind) {
            case PRACTICE -> PRACTICE;
            case EVENT -> EVENT;
            case TRANSFER -> TRANSFER;
            case ACTION_PLAN -> PLAN;
            case MEMBERSHIP -> throw new NotFoundException("history", kind);
        };
    }

    String selectColumns(String alias) {
        return String.join(", ", columns.stream().map(c -> alias + "." + c.column()).toList());
    }
}
