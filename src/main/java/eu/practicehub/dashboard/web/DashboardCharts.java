package eu.practicehub.dashboard.web;

import eu.practicehub.dashboard.Dashboard;
import eu.practicehub.dashboard.Dashboard.Count;
import eu.practicehub.dashboard.Dashboard.Position;
import eu.practicehub.dashboard.web.ChartView.Row;
import eu.practicehub.dashboard.web.SvgCharts.Bar;
import eu.practicehub.dashboard.web.SvgCharts.Progress;
import eu.practicehub.planning.MeasureProgress;
import eu.practicehub.web.DateFormats;
import eu.practicehub.web.EnumLabels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** Turns a dashboard's counts into the page's charts, with their texts from the message bundle. */
@Component
class DashboardCharts {

    private final MessageSource messages;
    private final DateFormats dates;
    private final EnumLabels labels;

    DashboardCharts(MessageSource messages, DateFormats dates, EnumLabels labels) {
        this.messages = messages;
        this.dates = dates;
        this.labels = labels;
    }

    /** The count charts by name; transfers and action plans only when the project has any. */
    Map<String, ChartView> counts(Dashboard dashboard) {
        Map<String, ChartView> charts = new LinkedHashMap<>();
        List<Count> byTheme = new ArrayList<>(dashboard.practicesByTheme());
        if (dashboard.practicesWithoutTheme() > 0) {
            byTheme.add(new Count(message("dashboard.practices.noTheme"), dashboard.practicesWithoutTheme()));
        }
        charts.put("practicesByTheme", chart("practices-by-theme", message("dashboard.practices.byTheme", dashboard.practices()), byTheme, Function.identity(),
                "dashboard.practices.theme", "dashboard.practices.unit", dashboard.projectName()));
        charts.put("practicesByOwner", chart("practices-by-owner", message("dashboard.practices.byOwner", dashboard.practices()), dashboard.practicesByOwner(),
                Function.identity(), "dashboard.practices.owner", "dashboard.practices.unit", dashboard.projectName()));
        if (dashboard.hasTransfers()) {
            charts.put("transfersByStage", chart("transfers-by-stage", message("dashboard.transfers.byStage", Dashboard.total(dashboard.transfersByStage())), dashboard.transfersByStage(),
                    name -> labels.of("TransferStage", name), "dashboard.transfers.stage", "dashboard.transfers.unit", dashboard.projectName()));
        }
        if (dashboard.hasActionPlans()) {
            charts.put("actionPlansByStatus", chart("action-plans-by-status", message("dashboard.actionPlans.byStatus", Dashboard.total(dashboard.actionPlansByStatus())),
                    dashboard.actionPlansByStatus(), name -> labels.of("PlanStatus", name), "dashboard.actionPlans.status",
                    "dashboard.actionPlans.unit", dashboard.projectName()));
        }
        return charts;
    }

    /**
     * The progress charts by name: the whole plan up to today (key project) and the current semester's
     * targets (key semester), each only when it has a target; one bar per measure with a target.
     */
    Map<String, ChartView> progress(Dashboard dashboard) {
        Map<String, ChartView> charts = new LinkedHashMap<>();
        Position position = dashboard.position();
        progress("progress-project", message("dashboard.progress.project", dates.day(dashboard.projectProgress().asOf())),
                dashboard.projectProgress().measures(), dashboard.projectName()).ifPresent(c -> charts.put("project", c));
        progress("progress-semester", message("dashboard.progress.period", dates.periodName(position.period()),
                dates.period(position.semesterStart(), position.semesterEnd())), dashboard.semesterProgress(),
                dashboard.projectName()).ifPresent(c -> charts.put("semester", c));
        return charts;
    }

    private Optional<ChartView> progress(String id, String caption, List<MeasureProgress> measures, String projectName) {
        List<MeasureProgress> targeted = measures.stream().filter(m -> m.target() != null).toList();
        if (targeted.isEmpty()) {
            return Optional.empty();
        }
        List<Progress> bars = targeted.stream().map(m -> new Progress(message("dashboard.measure." + m.measure().name()),
                m.target(), m.achieved(), m.planned(), message("dashboard.progress.bar", m.achieved(), m.target(), m.planned())))
                .toList();
        String description = message("dashboard.progress.desc", caption, projectName,
                String.join(message("dashboard.chart.separator"), bars.stream().map(b -> b.label() + " " + b.text()).toList()));
        String svg = SvgCharts.progress(id + "-chart", caption, description, bars, message("dashboard.progress.achieved"),
                message("dashboard.progress.planned"), message("dashboard.progress.target"));
        List<Row> rows = targeted.stream().map(m -> new Row(message("dashboard.measure." + m.measure().name()), null,
                List.of(m.target().toString(), Integer.toString(m.achieved()), Integer.toString(m.planned()),
                        Integer.toString(m.remaining())))).toList();
        List<String> headers = List.of(message("dashboard.progress.measure"), message("dashboard.progress.target"),
                message("dashboard.progress.achieved"), message("dashboard.progress.planned"), message("dashboard.progress.remaining"));
        return Optional.of(new ChartView(id, caption, svg, caption, headers, rows));
    }

    private ChartView chart(String id, String caption, List<Count> counts, Function<String, String> names,
            String nameHeaderCode, String unitCode, String projectName) {
        List<Bar> bars = counts.stream().map(c -> new Bar(names.apply(c.name()), c.count(), Long.toString(c.count()))).toList();
        String description = message("dashboard.chart.desc", caption, projectName, summary(bars));
        List<Row> rows = bars.stream().map(b -> new Row(b.label(), null, List.of(b.valueText()))).toList();
        return new ChartView(id, caption, SvgCharts.bars(id + "-chart", caption, description, bars), caption,
                List.of(message(nameHeaderCode), message(unitCode)), rows);
    }

    /** Each bar's label with its value, one after the other, for the picture's description. */
    private String summary(List<Bar> bars) {
        if (bars.isEmpty()) {
            return message("dashboard.chart.empty");
        }
        return String.join(message("dashboard.chart.separator"),
                bars.stream().map(b -> message("dashboard.chart.item", b.label(), b.valueText())).toList());
    }

    private String message(String code, Object... args) {
        return messages.getMessage(code, args, LocaleContextHolder.getLocale());
    }
}
