package eu.practicehub.indicators.web;

import eu.practicehub.actionplan.InstrumentType;
import eu.practicehub.event.EventType;
import eu.practicehub.indicators.Figures;
import eu.practicehub.indicators.IndicatorReport;
import eu.practicehub.indicators.IndicatorReport.SemesterFigures;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.springframework.context.MessageSource;

/**
 * The indicators as the page, the CSV and the workbook show them: one row per indicator (the
 * events by type and the instruments by type as parts of their total), one column per semester
 * shown and the total. A value the data do not date is null.
 */
record IndicatorTable(String caption, List<String> headings, List<Row> rows) {

    /** One indicator: a stable code, its label, whether it is a part of the row above, and its values. */
    record Row(String code, String label, boolean part, boolean decimal, List<Number> values) {
    }

    static IndicatorTable of(IndicatorReport report, MessageSource messages, Locale locale) {
        Labels labels = new Labels(messages, locale);
        List<String> headings = new ArrayList<>();
        report.semesters().forEach(s -> headings.add(s.phase() != null ? s.phase()
                : labels.text(s.months() == 6 ? "indicators.column.semester" : "indicators.column.period", s.number())));
        headings.add(labels.text("indicators.column.total"));
        List<Figures> columns = new ArrayList<>(report.semesters().stream().map(SemesterFigures::figures).toList());
        columns.add(report.total());

        List<Row> rows = new ArrayList<>();
        Rows builder = new Rows(rows, columns, labels);
        builder.add("GOOD_PRACTICES_IDENTIFIED", "indicators.row.goodPracticesIdentified", Figures::goodPracticesIdentified);
        builder.add("EVENTS_HELD", "indicators.row.eventsHeld", Figures::eventsHeld);
        for (EventType type : EventType.values()) {
            if (type == EventType.PARTNER_MEETING && report.total().eventsHeldByType().get(type) == 0) {
                // Shown for projects that record partner meetings, so that the others' tables read as before.
                continue;
            }
            builder.part("EVENTS_HELD_" + type.name(), labels.enumLabel(type), f -> f.eventsHeldByType().get(type));
        }
        builder.add("PARTNER_PARTICIPATIONS", "indicators.row.partnerParticipations", Figures::partnerParticipations);
        rows.add(new Row("AVERAGE_PARTNERS_PER_EVENT", labels.text("indicators.row.averagePartnersPerEvent"), false, true,
                builder.values(Figures::averagePartnersPerEvent)));
        builder.add("ACTION_PLANS_PRODUCED", "indicators.row.actionPlansProduced", Figures::actionPlansProduced);
        builder.add("ACTION_PLANS_ENDORSED", "indicators.row.actionPlansEndorsed", Figures::actionPlansEndorsed);
        builder.add("POLICY_INSTRUMENTS_ADDRESSED", "indicators.row.policyInstrumentsAddressed",
                Figures::policyInstrumentsAddressed);
        for (InstrumentType type : InstrumentType.values()) {
            builder.part("POLICY_INSTRUMENTS_" + type.name(), labels.enumLabel(type),
                    f -> f.policyInstrumentsByType() == null ? null : f.policyInstrumentsByType().get(type));
        }
        builder.add("TRANSFERS_STARTED", "indicators.row.transfersStarted", Figures::transfersStarted);
        builder.add("TRANSFERS_COMPLETED", "indicators.row.transfersCompleted", Figures::transfersCompleted);

        boolean semesters = report.bySemesters();
        String caption = report.semester() == null
                ? labels.text(semesters ? "indicators.table.caption.all" : "indicators.table.caption.all.periods", report.projectName())
                : semesters ? labels.text("indicators.table.caption.one", report.projectName(), report.semester())
                : labels.text("indicators.table.caption.period", report.projectName(), headings.get(0));
        return new IndicatorTable(caption, headings, rows);
    }

    private record Rows(List<Row> rows, List<Figures> columns, Labels labels) {

        void add(String code, String labelCode, Function<Figures, Number> value) {
            rows.add(new Row(code, labels.text(labelCode), false, false, values(value)));
        }

        void part(String code, String partLabel, Function<Figures, Number> value) {
            rows.add(new Row(code, labels.text("indicators.row.part", partLabel), true, false, values(value)));
        }

        List<Number> values(Function<Figures, Number> value) {
            List<Number> values = new ArrayList<>();
            columns.forEach(f -> values.add(value.apply(f)));
            return values;
        }
    }

    private record Labels(MessageSource messages, Locale locale) {

        String text(String code, Object... args) {
            return messages.getMessage(code, args, locale);
        }

        String enumLabel(Enum<?> value) {
            return text("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
        }
    }
}
