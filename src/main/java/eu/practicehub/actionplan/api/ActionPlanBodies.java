package eu.practicehub.actionplan.api;

import eu.practicehub.actionplan.ActionSpec;
import eu.practicehub.actionplan.ActionStatus;
import eu.practicehub.actionplan.BackgroundLink;
import eu.practicehub.actionplan.IndicatorSpec;
import eu.practicehub.actionplan.InstrumentType;
import eu.practicehub.actionplan.LinkKind;
import eu.practicehub.actionplan.PlanSpec;
import eu.practicehub.actionplan.PlanStatus;
import eu.practicehub.actionplan.StatusMove;
import eu.practicehub.actionplan.UpdateSpec;
import io.swagger.v3.oas.annotations.media.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What clients send to write action plans. */
final class ActionPlanBodies {

    private ActionPlanBodies() {
    }

    /** Parts I and II; the partner (by short name) only when a plan is created, the version on update. */
    record PlanBody(
            @Schema(description = "Short name of the partner whose plan it is; on create only", example = "Riverton") String partner,
            String otherOrganisations,
            String contactName,
            String contactEmail,
            @Schema(example = "Regional Operational Programme 2021-2027") String instrumentName,
            InstrumentType instrumentType,
            String instrumentImprovement,
            @Schema(description = "Required on update: the version that was read") Long version) {

        PlanSpec toSpec() {
            return new PlanSpec(otherOrganisations, contactName, contactEmail, instrumentName, instrumentType, instrumentImprovement);
        }
    }

    record StatusBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The next status of the plan") PlanStatus to,
            @Schema(description = "Who endorsed the plan; required to move to ENDORSED") String endorsedBy,
            @Schema(description = "When the plan was endorsed; required to move to ENDORSED") LocalDate endorsedOn,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) Long version) {

        StatusMove toMove() {
            return new StatusMove(to, endorsedBy, endorsedOn);
        }
    }

    record LinkBody(LinkKind kind, Long id) {

        BackgroundLink toLink() {
            return kind == null || id == null ? null : BackgroundLink.of(kind, id);
        }
    }

    record IndicatorBody(String name, String unit, BigDecimal baseline, BigDecimal target) {

        IndicatorSpec toSpec() {
            return new IndicatorSpec(name, unit, baseline, target);
        }
    }

    record ActionBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) String title,
            @Schema(description = "The practices, events and transfers the action comes from, by kind and id") List<LinkBody> background,
            String backgroundText,
            String description,
            String players,
            LocalDate startDate,
            LocalDate endDate,
            BigDecimal costAmount,
            @Schema(description = "ISO 4217 code", example = "EUR") String costCurrency,
            String fundingSources,
            @Schema(description = "Left out or null: not stated (the action keeps no status)") ActionStatus status,
            @Schema(description = "Required when the status is ABANDONED") String abandonReason,
            @Schema(description = "0 to 100, 100 when DONE; left out or null: not stated") Integer progress,
            @Schema(description = "Replaces the indicators; their values stay with them by position") List<IndicatorBody> indicators,
            @Schema(description = "Required on update: the version that was read") Long version) {

        ActionSpec toSpec() {
            List<BackgroundLink> links = background == null ? List.of()
                    : background.stream().map(link -> link == null ? null : link.toLink()).toList();
            List<IndicatorSpec> rows = indicators == null ? List.of()
                    : indicators.stream().map(row -> row == null ? null : row.toSpec()).toList();
            return new ActionSpec(title, links, backgroundText, description, players, startDate, endDate, costAmount,
                    costCurrency, fundingSources, status, abandonReason, progress, rows);
        }
    }

    record UpdateBody(
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "The semester the update reports on") Integer semester,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED) LocalDate date,
            @Schema(requiredMode = Schema.RequiredMode.REQUIRED, description = "What was done") String done,
            String evidence,
            @Schema(description = "Values reached in the semester, by indicator name") Map<String, BigDecimal> indicatorValues,
            @Schema(description = "The action's status now (not ABANDONED); left out: unchanged") ActionStatus status,
            @Schema(description = "The action's progress now, 0 to 100; left out: unchanged") Integer progress) {

        UpdateSpec toSpec() {
            return new UpdateSpec(semester, date, done, evidence, indicatorValues, status, progress);
        }
    }
}
