package eu.practicehub.actionplan.documents;

import eu.practicehub.actionplan.Action;
import eu.practicehub.actionplan.ActionPlan;
import eu.practicehub.actionplan.Indicator;
import eu.practicehub.actionplan.LinkedRecord;
import eu.practicehub.actionplan.MonitoringUpdate;
import eu.practicehub.actionplan.documents.Block.Field;
import eu.practicehub.actionplan.documents.Block.Heading;
import eu.practicehub.actionplan.documents.Block.Table;
import eu.practicehub.actionplan.documents.Block.Text;
import eu.practicehub.actionplan.documents.Block.Title;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;

/**
 * A plan in the order of the Interreg Europe template: title, Part I, Part II, Part III with one
 * section per action, the endorsement, then the plan's status and progress. Labels and dates are
 * those of the plan's page, in the reader's language.
 */
final class PlanOutline {

    private final MessageSource messages;
    private final Locale locale;
    private final List<Block> blocks = new ArrayList<>();

    private PlanOutline(MessageSource messages, Locale locale) {
        this.messages = messages;
        this.locale = locale;
    }

    static List<Block> of(ActionPlan plan, Map<Long, List<LinkedRecord>> backgrounds, MessageSource messages, Locale locale) {
        PlanOutline outline = new PlanOutline(messages, locale);
        outline.title(plan);
        outline.partOne(plan);
        outline.partTwo(plan);
        outline.partThree(plan, backgrounds);
        outline.endorsement(plan);
        outline.status(plan);
        return List.copyOf(outline.blocks);
    }

    private void title(ActionPlan plan) {
        Partner partner = plan.getPartner();
        blocks.add(new Title(text("planDocument.title", partner.getShortName()),
                text("planDocument.subtitle", plan.getProject().getName(), partner.getName())));
    }

    private void partOne(ActionPlan plan) {
        Project project = plan.getProject();
        Partner partner = plan.getPartner();
        heading(1, "planPage.partI");
        field("planPage.project", project.getName());
        field("planPage.partner", partner.getName());
        field("planPage.otherOrganisations", orNone(plan.getOtherOrganisations()));
        field("planPage.country", partner.countryName(locale));
        field("planPage.nutsCode", orNone(partner.getNutsCode()));
        String contact = String.join(", ", Stream.of(plan.getContactName(), plan.getContactEmail()).filter(Objects::nonNull).toList());
        field("planPage.contact", orNone(contact.isEmpty() ? null : contact));
    }

    private void partTwo(ActionPlan plan) {
        heading(1, "planPage.partII");
        field("planPage.instrumentName", orNotRecorded(plan.getInstrumentName()));
        field("planPage.instrumentType", plan.getInstrumentType() == null ? text("value.notRecorded") : label(plan.getInstrumentType()));
        field("planPage.instrumentImprovement", orNotRecorded(plan.getInstrumentImprovement()));
    }

    private void partThree(ActionPlan plan, Map<Long, List<LinkedRecord>> backgrounds) {
        heading(1, "planPage.partIII");
        if (plan.getActions().isEmpty()) {
            blocks.add(new Text(text("planPage.noActions")));
        }
        int number = 0;
        for (Action action : plan.getActions()) {
            number++;
            blocks.add(new Heading(2, text("planPage.action.heading", number, action.getTitle())));
            background(action, backgrounds.getOrDefault(action.getId(), List.of()));
            field("planPage.action.description", orNotRecorded(action.getDescription()));
            field("planPage.action.players", orNotRecorded(action.getPlayers()));
            field("planPage.action.timeframe", timeframe(action));
            field("planPage.action.costs", action.getCostAmount() == null ? text("value.notRecorded")
                    : amount(action.getCostAmount()) + " " + action.getCostCurrency());
            field("planPage.action.funding", orNotRecorded(action.getFundingSources()));
            field("planPage.action.status", action.getStatus() == null ? text("actionStatus.unknown") : label(action.getStatus()));
            if (action.getAbandonReason() != null) {
                field("planPage.action.abandonReason", action.getAbandonReason());
            }
            field("planPage.action.progress", action.getProgress() == null ? text("planPage.action.progress.notStated")
                    : text("planPage.progress.value", action.getProgress()));
            indicators(action);
            updates(action);
        }
    }

    private void background(Action action, List<LinkedRecord> linked) {
        heading(3, "planPage.action.background");
        if (linked.isEmpty()) {
            blocks.add(new Text(text("planPage.action.background.none")));
        }
        for (LinkedRecord record : linked) {
            blocks.add(new Field(label(record.kind()), record.title()));
        }
        if (action.getBackgroundText() != null) {
            blocks.add(new Text(action.getBackgroundText()));
        }
    }

    private void indicators(Action action) {
        heading(3, "planPage.indicators");
        if (action.getIndicators().isEmpty()) {
            blocks.add(new Text(text("planPage.indicators.none")));
            return;
        }
        List<Integer> semesters = action.getIndicators().stream().flatMap(i -> i.getValues().keySet().stream())
                .distinct().sorted().toList();
        List<String> header = new ArrayList<>(List.of(text("planPage.indicator.name"), text("planPage.indicator.unit"),
                text("planPage.indicator.baseline"), text("planPage.indicator.target")));
        semesters.forEach(n -> header.add(text("planPage.indicator.semester", n)));
        List<List<String>> rows = new ArrayList<>();
        for (Indicator indicator : action.getIndicators()) {
            List<String> row = new ArrayList<>(List.of(indicator.getName(), Objects.toString(indicator.getUnit(), ""),
                    number(indicator.getBaseline()), number(indicator.getTarget())));
            semesters.forEach(n -> row.add(number(indicator.valueIn(n))));
            rows.add(row);
        }
        blocks.add(new Table(header, rows));
    }

    private void updates(Action action) {
        heading(3, "planPage.updates");
        if (action.getUpdates().isEmpty()) {
            blocks.add(new Text(text("planPage.updates.none")));
        }
        for (MonitoringUpdate update : action.getUpdates()) {
            blocks.add(new Heading(4, text("planPage.update.heading", update.getSemester(), day(update.getDate()))));
            field("planPage.update.done", update.getDone());
            field("planPage.update.evidence", orNone(update.getEvidence()));
        }
    }

    private void endorsement(ActionPlan plan) {
        heading(1, "planPage.endorsement");
        if (plan.getEndorsedBy() == null) {
            blocks.add(new Text(text("planPage.notEndorsed")));
            return;
        }
        field("planPage.endorsedBy", plan.getEndorsedBy());
        field("planPage.endorsedOn", day(plan.getEndorsedOn()));
    }

    private void status(ActionPlan plan) {
        heading(1, "planPage.status.heading");
        blocks.add(new Text(plan.getStatus() == null ? text("planPage.status.unknown")
                : text("planPage.status.current", label(plan.getStatus()))));
        var progress = plan.progress();
        if (progress.isPresent()) {
            field("planPage.progress", text("planPage.progress.value", progress.getAsInt())
                    + (plan.hasActionsWithoutProgress() ? " " + text("planPage.progress.partial") : ""));
        } else {
            field("planPage.progress", text(plan.hasActionsWithoutProgress() ? "planPage.progress.notStated" : "planPage.progress.none"));
        }
    }

    private String timeframe(Action action) {
        if (action.getStartDate() == null && action.getEndDate() == null) {
            return text("value.notRecorded");
        }
        return text("planPage.action.timeframe.value", action.getStartDate() == null ? "?" : day(action.getStartDate()),
                action.getEndDate() == null ? "?" : day(action.getEndDate()));
    }

    private void heading(int level, String code) {
        blocks.add(new Heading(level, text(code)));
    }

    private void field(String code, String value) {
        blocks.add(new Field(text(code), value));
    }

    private String orNone(String value) {
        return value == null || value.isBlank() ? text("value.none") : value;
    }

    private String orNotRecorded(String value) {
        return value == null || value.isBlank() ? text("value.notRecorded") : value;
    }

    private String label(Enum<?> value) {
        return text("enum." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    private String day(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern(text("format.day"), locale).format(date);
    }

    /** As the plan's page writes amounts: 250,000.50. */
    private static String amount(BigDecimal amount) {
        return new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(amount);
    }

    /** As the plan's page writes indicator values: 150, 2.5. */
    private static String number(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    private String text(String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }
}
