package eu.practicehub.chain;

import eu.practicehub.actionplan.Action;
import eu.practicehub.actionplan.ActionPlan;
import eu.practicehub.actionplan.ActionPlanService;
import eu.practicehub.actionplan.BackgroundLink;
import eu.practicehub.actionplan.Indicator;
import eu.practicehub.actionplan.LinkKind;
import eu.practicehub.chain.LearningChain.CitingAction;
import eu.practicehub.chain.LearningChain.Examination;
import eu.practicehub.chain.LearningChain.IndicatorStep;
import eu.practicehub.chain.LearningChain.Move;
import eu.practicehub.chain.LearningChain.PracticeStep;
import eu.practicehub.chain.LearningChain.TransferStep;
import eu.practicehub.chain.LearningChain.Workshop;
import eu.practicehub.event.Event;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeExaminations;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.transfer.Transfer;
import eu.practicehub.transfer.TransferService;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Builds learning chains and the transfer map from the other modules' public services. The project's
 * transfers and action plans are read once per chain asked for and matched in memory, so a chain
 * costs the same few queries however many transfers and actions it shows (plus one per practice for
 * the events that examined it).
 */
@Service
@Transactional(readOnly = true)
public class ChainService {

    private final ProjectService projects;
    private final PracticeService practices;
    private final PracticeExaminations examinations;
    private final TransferService transfers;
    private final ActionPlanService plans;

    ChainService(ProjectService projects, PracticeService practices, PracticeExaminations examinations,
            TransferService transfers, ActionPlanService plans) {
        this.projects = projects;
        this.practices = practices;
        this.examinations = examinations;
        this.transfers = transfers;
        this.plans = plans;
    }

    public LearningChain practiceChain(Project project, long practiceId) {
        Practice practice = practices.practice(project, practiceId);
        return new Snapshot(project).chain(practice);
    }

    public PartnerChains partnerChains(Project project, long partnerId) {
        Partner partner = projects.partner(project, partnerId);
        Snapshot snapshot = new Snapshot(project);
        List<LearningChain> owned = practices.ownedBy(partner).stream()
                .sorted(Comparator.comparing(Practice::getTitle, String.CASE_INSENSITIVE_ORDER))
                .map(snapshot::chain).toList();
        Set<Practice> imported = new LinkedHashSet<>();
        snapshot.transfers.stream().filter(t -> t.getImporter().getId().equals(partner.getId()))
                .filter(t -> practices.isVisible(t.getPractice()))
                .forEach(t -> imported.add(t.getPractice()));
        return new PartnerChains(partner.getId(), partner.getShortName(), owned,
                imported.stream().map(snapshot::chain).toList());
    }

    public ActionChains actionChains(Project project, long planId, long actionId) {
        Action action = plans.action(project, planId, actionId);
        Snapshot snapshot = new Snapshot(project);
        Set<Long> cited = new LinkedHashSet<>();
        for (BackgroundLink link : action.getBackground()) {
            if (link.kind() == LinkKind.PRACTICE) {
                cited.add(link.id());
            } else if (link.kind() == LinkKind.TRANSFER) {
                snapshot.transfers.stream().filter(t -> t.getId() == link.id())
                        .forEach(t -> cited.add(t.getPractice().getId()));
            }
        }
        Map<Long, Practice> byId = practices.visiblePractices(project).stream()
                .collect(Collectors.toMap(Practice::getId, p -> p));
        List<LearningChain> chains = cited.stream().filter(byId::containsKey).map(byId::get).map(snapshot::chain).toList();
        Partner partner = action.getPlan().getPartner();
        return new ActionChains(planId, actionId, partner.getId(), partner.getShortName(), action.getTitle(), chains);
    }

    /** The project's partners in their order and its transfers in the order they started. */
    public TransferMap transferMap(Project project) {
        List<TransferMap.Node> nodes = projects.partners(project).stream()
                .map(p -> new TransferMap.Node(p.getId(), p.getShortName())).toList();
        List<TransferMap.Edge> edges = transfers.transfersWithPartners(project).stream()
                .filter(t -> practices.isVisible(t.getPractice()))
                .map(t -> new TransferMap.Edge(t.getId(), t.getPractice().getId(), t.getPractice().getTitle(),
                        t.getPractice().getOwner().getId(), t.getPractice().getOwner().getShortName(),
                        t.getImporter().getId(), t.getImporter().getShortName(), t.getStage()))
                .toList();
        return new TransferMap(nodes, edges);
    }

    /** The project's transfers and actions, read once and matched to as many practices as asked. */
    private final class Snapshot {

        private final List<Transfer> transfers;
        private final List<Action> actions;

        Snapshot(Project project) {
            this.transfers = ChainService.this.transfers.transfers(project);
            this.actions = plans.plans(project).stream().flatMap(plan -> plan.getActions().stream()).toList();
        }

        LearningChain chain(Practice practice) {
            Partner owner = practice.getOwner();
            PracticeStep step = new PracticeStep(practice.getId(), practice.getTitle(), owner.getId(),
                    owner.getShortName(), practice.getStatus());
            List<Examination> examined = examinations.examinationsOf(practice).stream()
                    .map(e -> new Examination(e.eventId(), e.title(), e.type(), e.startDate(), e.endDate(), e.host(),
                            e.datePrecision()))
                    .toList();
            List<TransferStep> steps = transfers.stream()
                    .filter(t -> t.getPractice().getId().equals(practice.getId()))
                    .map(this::step).toList();
            return new LearningChain(step, examined, steps, citing(LinkKind.PRACTICE, practice.getId()));
        }

        private TransferStep step(Transfer transfer) {
            List<Move> moves = transfer.getMoves().stream()
                    .map(m -> new Move(m.getFromStage(), m.getToStage(), m.getMovedAt(), m.getMovedBy())).toList();
            List<Workshop> workshops = transfer.getWorkshops().stream().map(ChainService::workshop).toList();
            return new TransferStep(transfer.getId(), transfer.getImporter().getId(),
                    transfer.getImporter().getShortName(), transfer.getStage(), moves, workshops,
                    citing(LinkKind.TRANSFER, transfer.getId()));
        }

        private List<CitingAction> citing(LinkKind kind, long id) {
            return actions.stream()
                    .filter(a -> a.getBackground().stream().anyMatch(l -> l.kind() == kind && l.id() == id))
                    .map(ChainService::citingAction).toList();
        }
    }

    private static Workshop workshop(Event event) {
        return new Workshop(event.getId(), event.getTitle(), event.getStartDate(), event.hostName(),
                event.getDatePrecision().name());
    }

    private static CitingAction citingAction(Action action) {
        ActionPlan plan = action.getPlan();
        return new CitingAction(plan.getId(), action.getId(), plan.getPartner().getId(), plan.getPartner().getShortName(),
                action.getTitle(), action.getStatus(), action.getProgress(),
                action.getIndicators().stream().map(ChainService::indicator).toList());
    }

    private static IndicatorStep indicator(Indicator indicator) {
        SortedMap<Integer, BigDecimal> values = indicator.getValues();
        Integer latest = values.isEmpty() ? null : values.lastKey();
        return new IndicatorStep(indicator.getName(), indicator.getUnit(), indicator.getBaseline(), indicator.getTarget(),
                latest, latest == null ? null : values.get(latest));
    }
}
