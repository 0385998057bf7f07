package eu.practicehub.actionplan;

import eu.practicehub.common.Checks;
import eu.practicehub.common.Violation;
import eu.practicehub.event.EventService;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.transfer.TransferService;
import eu.practicehub.project.Project;
import eu.practicehub.common.NotFoundException;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The rules Parts I–III and monitoring updates follow, each broken one reported with its field. */
final class ActionRules {

    /** numeric(14,2): twelve digits before the point, two after. */
    private static final BigDecimal LIMIT = new BigDecimal("1000000000000");

    private final PracticeService practices;
    private final EventService events;
    private final TransferService transfers;

    ActionRules(PracticeService practices, EventService events, TransferService transfers) {
        this.practices = practices;
        this.events = events;
        this.transfers = transfers;
    }

    static List<Violation> check(PlanSpec spec) {
        return new Checks()
                .text("otherOrganisations", spec.otherOrganisations(), 2000, false)
                .text("contactName", spec.contactName(), 200, false)
                .text("contactEmail", spec.contactEmail(), 320, false)
                .email("contactEmail", spec.contactEmail())
                .text("instrumentName", spec.instrumentName(), 500, false)
                .text("instrumentImprovement", spec.instrumentImprovement(), 10000, false)
                .violations();
    }

    List<Violation> check(Project project, ActionSpec spec) {
        Checks checks = new Checks()
                .text("title", spec.title(), 300, true)
                .text("backgroundText", spec.backgroundText(), 10000, false)
                .text("description", spec.description(), 20000, false)
                .text("players", spec.players(), 4000, false)
                .date("startDate", spec.startDate(), false)
                .date("endDate", spec.endDate(), false)
                .text("fundingSources", spec.fundingSources(), 4000, false)
                .text("abandonReason", spec.abandonReason(), 4000, false);
        if (spec.startDate() != null && spec.endDate() != null) {
            checks.check(!spec.endDate().isBefore(spec.startDate()), "endDate", "action.end.beforeStart");
        }
        amount(checks, "costAmount", spec.costAmount());
        checks.check(spec.costAmount() == null || spec.costAmount().signum() >= 0, "costAmount", "action.amount.negative");
        currency(checks, spec.costAmount(), spec.costCurrency());
        // Status and progress may be left out: then they are not known.
        Integer progress = spec.progress();
        checks.check(progress == null || progress >= 0 && progress <= 100, "progress", "action.progress.range");
        checks.check(spec.status() != ActionStatus.ABANDONED || !isBlank(spec.abandonReason()), "abandonReason",
                "action.abandoned.reasonRequired");
        checks.check(spec.status() != ActionStatus.DONE || progress == null || progress == 100, "progress",
                "action.done.fullProgress");
        background(checks, project, spec.background());
        indicators(checks, spec.indicators());
        return checks.violations();
    }

    static List<Violation> check(Project project, Action action, UpdateSpec spec) {
        int semesters = project.semesters().size();
        Checks checks = new Checks()
                .required("semester", spec.semester())
                .date("date", spec.date(), true)
                .text("done", spec.done(), 10000, true)
                .text("evidence", spec.evidence(), 10000, false);
        if (spec.semester() != null) {
            checks.check(spec.semester() >= 1 && spec.semester() <= semesters, "semester", "actionPlan.update.semesterRange", semesters);
            checks.check(action.updateIn(spec.semester()).isEmpty(), "semester", "actionPlan.update.semesterTaken", spec.semester());
        }
        // An update may say where the action now is; abandoning it needs a reason, given on the action itself.
        checks.check(spec.progress() == null || spec.progress() >= 0 && spec.progress() <= 100, "progress", "action.progress.range");
        checks.check(spec.status() != ActionStatus.ABANDONED, "status", "actionPlan.update.abandon");
        ActionStatus status = spec.status() != null ? spec.status() : action.getStatus();
        Integer progress = spec.progress() != null ? spec.progress() : action.getProgress();
        checks.check(status != ActionStatus.DONE || progress == null || progress == 100, "progress", "action.done.fullProgress");
        spec.indicatorValues().forEach((name, value) -> {
            checks.check(action.indicator(name).isPresent(), "indicatorValues", "actionPlan.update.indicatorUnknown", name);
            amount(checks, "indicatorValues", value);
        });
        return checks.violations();
    }

    /** The monitoring updates of a restored action: each in a semester of the project, one per semester. */
    static List<Violation> check(Project project, List<UpdateSpec> updates) {
        int semesters = project.semesters().size();
        Checks checks = new Checks();
        Set<Integer> taken = new HashSet<>();
        for (int i = 0; i < updates.size(); i++) {
            UpdateSpec spec = updates.get(i);
            String field = "updates[" + i + "]";
            checks.required(field + ".semester", spec.semester())
                    .date(field + ".date", spec.date(), true)
                    .text(field + ".done", spec.done(), 10000, true)
                    .text(field + ".evidence", spec.evidence(), 10000, false);
            if (spec.semester() != null) {
                checks.check(spec.semester() >= 1 && spec.semester() <= semesters, field + ".semester",
                        "actionPlan.update.semesterRange", semesters);
                checks.check(taken.add(spec.semester()), field + ".semester", "actionPlan.update.semesterTaken", spec.semester());
            }
        }
        return checks.violations();
    }

    private void background(Checks checks, Project project, List<BackgroundLink> links) {
        for (BackgroundLink link : links) {
            if (link == null || link.kind() == null) {
                checks.check(false, "background", "validation.listItemMissing");
                continue;
            }
            checks.check(exists(project, link), "background", "action.background.unknown", link.kind(), link.id());
        }
    }

    private boolean exists(Project project, BackgroundLink link) {
        try {
            switch (link.kind()) {
                case PRACTICE -> practices.practice(project, link.id());
                case EVENT -> events.event(project, link.id());
                case TRANSFER -> transfers.transfer(project, link.id());
            }
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    private static void indicators(Checks checks, List<IndicatorSpec> indicators) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < indicators.size(); i++) {
            IndicatorSpec indicator = indicators.get(i);
            String field = "indicators[" + i + "]";
            if (indicator == null) {
                checks.check(false, "indicators", "validation.listItemMissing");
                continue;
            }
            checks.text(field + ".name", indicator.name(), 200, true).text(field + ".unit", indicator.unit(), 50, false);
            if (!isBlank(indicator.name())) {
                checks.check(names.add(indicator.name().strip()), field + ".name", "action.indicator.duplicate", indicator.name().strip());
            }
            amount(checks, field + ".baseline", indicator.baseline());
            amount(checks, field + ".target", indicator.target());
        }
    }

    private static void currency(Checks checks, BigDecimal amount, String code) {
        if (isBlank(code)) {
            checks.check(amount == null, "costCurrency", "action.currency.required");
            return;
        }
        checks.check(isCurrency(code.strip().toUpperCase(Locale.ROOT)), "costCurrency", "action.currency.unknown", code);
        checks.check(amount != null, "costAmount", "action.amount.required");
    }

    private static boolean isCurrency(String code) {
        try {
            // Codes such as XXX (no currency), XAU (gold) or XTS (testing) have no minor unit: not money.
            return code.length() == 3 && Currency.getInstance(code).getDefaultFractionDigits() >= 0;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** A number that fits numeric(14,2): at most two decimals, less than a trillion either way. */
    private static void amount(Checks checks, String field, BigDecimal value) {
        checks.check(value == null || (value.stripTrailingZeros().scale() <= 2 && value.abs().compareTo(LIMIT) < 0),
                field, "validation.decimal");
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
