package eu.practicehub.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An action plan as a project document states it: Parts I–II, its status and endorsement, and its
 * actions with the values their indicators reached and their monitoring updates. It is restored as
 * stated, never replayed through the status moves.
 */
public record PlanImport(String partner, PlanSpec plan, PlanStatus status, String endorsedBy, LocalDate endorsedOn,
        List<ActionImport> actions) {

    public PlanImport {
        actions = actions == null ? List.of() : actions;
    }

    /** One action; {@code indicatorValues} holds the values of each indicator of the spec, in its order. */
    public record ActionImport(ActionSpec action, List<Map<Integer, BigDecimal>> indicatorValues,
            List<UpdateSpec> updates) {

        public ActionImport {
            indicatorValues = indicatorValues == null ? List.of() : indicatorValues;
            updates = updates == null ? List.of() : updates;
        }
    }
}
