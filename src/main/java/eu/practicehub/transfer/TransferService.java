package eu.practicehub.transfer;

import java.util.Collection;
import eu.practicehub.account.Access;
import eu.practicehub.common.Checks;
import eu.practicehub.common.ChoiceDeniedException;
import eu.practicehub.common.EnumCounts;
import eu.practicehub.common.ImportScope;
import eu.practicehub.common.NotFoundException;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.StaleVersionException;
import eu.practicehub.common.Violation;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventSpec;
import eu.practicehub.event.EventType;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.PracticeTransfersChanged;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Transfers of good practices: starting them, moving them through their stages, assessing them and
 * linking their import workshops. Every change of stage tells the practice module, whose status follows.
 */
@Service
@Transactional(readOnly = true)
public class TransferService {

    private static final List<TransferStage> OPEN = List.of(TransferStage.UNDERSTAND, TransferStage.ADAPT);

    private final TransferRepository transfers;
    private final ProjectService projects;
    private final PracticeService practices;
    private final EventService events;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final Access access;

    TransferService(TransferRepository transfers, ProjectService projects, PracticeService practices,
            EventService events, ApplicationEventPublisher publisher, Clock clock, Access access) {
        this.access = access;
        this.transfers = transfers;
        this.projects = projects;
        this.practices = practices;
        this.events = events;
        this.publisher = publisher;
        this.clock = clock;
    }

    public Page<Transfer> transfers(Project project, TransferFilter filter, Pageable pageable) {
        Specification<Transfer> matching = matching(project, filter, !access.isMember(project.getId()));
        if (pageable.isPaged() && pageable.getOffset() > Integer.MAX_VALUE) {
            return new PageImpl<>(List.of(), pageable, transfers.count(matching));
        }
        Page<Transfer> page = transfers.findAll(matching, pageable);
        // Reading the moves inside the transaction loads them for the whole page in one batch.
        page.forEach(Transfer::getMoves);
        return page;
    }

    /**
     * Those of the project's transfers with these ids that the current person sees, with their practice
     * and importer (not their moves and workshops).
     */
    public List<Transfer> transfers(Project project, Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : transfers.findByProjectAndIdIn(project, ids, access.isMember(project.getId()));
    }

    /** The project's transfers the current person sees, with their practice, owner and importer only. */
    public List<Transfer> transfersWithPartners(Project project) {
        return access.isMember(project.getId()) ? transfers.findByProjectOrderById(project)
                : transfers.findPublicByProjectOrderById(project);
    }

    /**
     * The project's transfers in the order they started, with their moves and workshops: for people
     * outside the project only the transfers of public practices.
     */
    public List<Transfer> transfers(Project project) {
        List<Transfer> found = access.isMember(project.getId()) ? transfers.findByProjectOrderById(project)
                : transfers.findPublicByProjectOrderById(project);
        found.forEach(t -> {
            t.getMoves();
            t.getWorkshops().forEach(Event::getHost);
        });
        return found;
    }

    /**
     * The transfer with its moves and workshops, for pages and answers that show them; for people
     * outside the project, a transfer of a practice that is not public does not exist.
     */
    public Transfer transfer(Project project, long id) {
        Transfer transfer = transfers.findByProjectAndId(project, id)
                .filter(t -> practices.isVisible(t.getPractice()))
                .orElseThrow(() -> new NotFoundException("transfer", id));
        transfer.getMoves();
        transfer.getWorkshops().forEach(Event::getHost);
        return transfer;
    }

    /**
     * How many of the project's transfers are at each stage, every stage present, in stage order; for
     * people outside the project only the transfers of public practices count.
     */
    public Map<TransferStage, Long> countByStage(Project project) {
        return EnumCounts.of(TransferStage.class, transfers.countByStage(project, access.isMember(project.getId())), TransferRepository.StageCount::stage,
                TransferRepository.StageCount::count);
    }

    public List<Transfer> transfersOf(Practice practice) {
        List<Transfer> found = transfers.findByPractice(practice);
        found.forEach(Transfer::getMoves);
        return found;
    }

    /**
     * How many of the project's transfers started (their first move) from {@code from} until before
     * {@code until}; for people outside the project only the transfers of public practices count.
     */
    public long countStartedBetween(Project project, Instant from, Instant until) {
        return transfers.countStartedBetween(project, from, until, access.isMember(project.getId()));
    }

    /** How many of the project's transfers reached REUSE from {@code from} until before {@code until}, counted as above. */
    public long countCompletedBetween(Project project, Instant from, Instant until) {
        return transfers.countCompletedBetween(project, from, until, access.isMember(project.getId()));
    }

    /** Starts a transfer of the practice with this title to the partner with this short name. */
    @Transactional
    public Transfer start(Project project, TransferStart start) {
        if (!access.mayWriteSomething(project.getId())) {
            throw new AccessDeniedException("Not allowed for this account");
        }
        Checks checks = new Checks();
        Practice practice = null;
        if (start.practice() == null || start.practice().isBlank()) {
            checks.required("practice", start.practice());
        } else {
            practice = practices.byTitles(project, List.of(start.practice().strip())).stream().findFirst().orElse(null);
            checks.check(practice != null, "practice", "transfer.practice.unknown", start.practice().strip());
        }
        Partner importer = null;
        if (start.importer() == null || start.importer().isBlank()) {
            checks.required("importer", start.importer());
        } else {
            importer = projects.partner(project, start.importer().strip()).orElse(null);
            checks.check(importer != null, "importer", "transfer.importer.unknown", start.importer().strip());
        }
        // The importing partner's editors start its transfers.
        Optional<Violation> refusedImporter = importer == null ? Optional.empty()
                : access.refusedChoice(project.getId(), importer.getId(), "importer", importer.getShortName());
        Instant now = clock.instant();
        checkStartsByTheEnd(checks, project, now, "");
        if (practice != null && importer != null) {
            checks.check(!practice.getOwner().equals(importer), "importer", "transfer.importer.owner",
                    importer.getShortName(), practice.getTitle());
            checks.check(!transfers.existsByPracticeAndImporterAndStageIn(practice, importer, OPEN), "importer",
                    "transfer.duplicate", practice.getTitle(), importer.getShortName());
        }
        ChoiceDeniedException.throwIfAny(refusedImporter, checks.violations());
        Transfer transfer = transfers.save(new Transfer(project, practice, importer, mover(), now));
        changed(practice);
        return transfer;
    }

    /**
     * Moves the transfer on to {@code to}, or drops it when {@code to} is DROPPED; the move is recorded
     * as made by the signed-in person.
     */
    @Transactional
    public Transfer move(Project project, long id, long version, TransferStage to, String reason) {
        Transfer transfer = current(project, id, version);
        if (to == TransferStage.DROPPED) {
            transfer.drop(reason, mover(), clock.instant());
        } else {
            transfer.advanceTo(to, mover(), clock.instant());
        }
        Transfer saved = transfers.saveAndFlush(transfer);
        changed(transfer.getPractice());
        return saved;
    }

    @Transactional
    public Transfer assess(Project project, long id, long version, Assessment assessment) {
        // The assessment is the one part of a transfer the practice's owner may write as well as the importer.
        Transfer transfer = current(project, id, version, true);
        transfer.assess(assessment);
        return transfers.saveAndFlush(transfer);
    }

    /**
     * Links an import workshop of the project at which both the practice's owner and the importer
     * take part (as host or participant).
     */
    @Transactional
    public Transfer linkWorkshop(Project project, long id, long version, Long eventId) {
        Transfer transfer = current(project, id, version);
        if (eventId == null) {
            throw new RuleViolationException(Violation.of("event", "validation.required"));
        }
        Event event;
        try {
            event = events.event(project, eventId);
        } catch (NotFoundException e) {
            throw new RuleViolationException(Violation.of("event", "transfer.workshop.unknown", eventId));
        }
        RuleViolationException.throwIfAny(workshopProblems(transfer, event));
        transfer.linkWorkshop(event);
        return transfers.saveAndFlush(transfer);
    }

    /** Creates an import workshop from the spec (its type is set here) and links it to the transfer. */
    @Transactional
    public Transfer createWorkshop(Project project, long id, long version, EventSpec spec) {
        Transfer transfer = current(project, id, version);
        Event event = events.create(project, workshop(spec, transfer.getPractice().getTitle()));
        RuleViolationException.throwIfAny(workshopProblems(transfer, event));
        transfer.linkWorkshop(event);
        return transfers.saveAndFlush(transfer);
    }

    /** Every rule an assessment breaks, as a save would report it, without saving anything. */
    public List<Violation> problems(Assessment assessment) {
        return Transfer.problems(assessment);
    }

    /** Every rule a new import workshop of the transfer breaks as an event, without saving anything. */
    public List<Violation> workshopProblems(Project project, long id, EventSpec spec) {
        return events.problems(project, null, workshop(spec, transfer(project, id).getPractice().getTitle()));
    }

    private static EventSpec workshop(EventSpec spec, String practice) {
        return new EventSpec(EventType.IMPORT_WORKSHOP, spec.title(), spec.startDate(), spec.startTime(),
                spec.endDate(), spec.endTime(), spec.datePrecision(), spec.timeZone(), spec.host(), spec.participants(),
                spec.mode(), spec.venue(), spec.onlineLink(), List.of(practice), spec.agenda(),
                spec.minutes(), spec.lessonsLearnt(), spec.status());
    }

    /**
     * Creates or updates the transfer of the practice to the importer as a project document states
     * it. The practice's status is the document's too, so no change of stage is announced.
     */
    @Transactional
    public Transfer importTransfer(Project project, TransferImport spec) {
        access.requireCoordinator(project.getId());
        Checks checks = new Checks();
        Practice practice = spec.practice() == null ? null
                : practices.byTitles(project, List.of(spec.practice().strip())).stream().findFirst().orElse(null);
        checks.required("practice", spec.practice());
        checks.check(practice != null || checks.hasViolation("practice"), "practice", "transfer.practice.unknown",
                spec.practice());
        Partner importer = spec.importer() == null ? null : projects.partner(project, spec.importer().strip()).orElse(null);
        checks.required("importer", spec.importer());
        checks.check(importer != null || checks.hasViolation("importer"), "importer", "transfer.importer.unknown",
                spec.importer());
        if (practice != null && importer != null) {
            checks.check(!practice.getOwner().equals(importer), "importer", "transfer.importer.owner",
                    importer.getShortName(), practice.getTitle());
        }
        checkHistory(checks, spec);
        Instant startedAt = Transfer.startOf(spec.moves());
        if (startedAt != null) {
            checkStartsByTheEnd(checks, project, startedAt, "moves[0].at");
        }
        checks.addAll(Transfer.problems(spec.assessment()).stream().map(v -> v.under("assessment")).toList());
        for (int i = 0; i < spec.workshops().size(); i++) {
            if (practice != null && importer != null) {
                String path = "workshops[" + i + "]";
                checks.addAll(workshopProblems(practice.getOwner(), importer, spec.workshops().get(i)).stream()
                        .map(v -> new Violation(path, v.code(), v.args())).toList());
            }
        }
        checks.throwIfAny();
        java.util.Optional<java.util.Map<List<Long>, List<Transfer>>> index = importIndex(project);
        List<Transfer> between = index.map(byPair -> byPair.getOrDefault(List.of(practice.getId(), importer.getId()), List.<Transfer>of()))
                .orElseGet(() -> transfers.findByPracticeAndImporterOrderById(practice, importer));
        Transfer transfer = between.stream()
                .filter(t -> Objects.equals(t.startedAt(), startedAt)).findFirst()
                .orElseGet(() -> new Transfer(project, practice, importer));
        transfer.restore(spec.stage(), spec.droppedReason(), spec.moves());
        transfer.assess(spec.assessment());
        transfer.restoreWorkshops(spec.workshops());
        Transfer saved = transfers.save(transfer);
        index.ifPresent(byPair -> {
            List<Transfer> pair = byPair.computeIfAbsent(List.of(practice.getId(), importer.getId()), k -> new ArrayList<>());
            if (!pair.contains(saved)) {
                pair.add(saved);
            }
        });
        return saved;
    }

    /** The project's transfers by practice and importer id, oldest first, while a document is imported (see {@link ImportScope}). */
    private java.util.Optional<java.util.Map<List<Long>, List<Transfer>>> importIndex(Project project) {
        return ImportScope.index("transfers", project.getId(), () -> {
            java.util.Map<List<Long>, List<Transfer>> byPair = new java.util.HashMap<>();
            transfers.findByProjectOrderById(project).forEach(t -> byPair
                    .computeIfAbsent(List.of(t.getPractice().getId(), t.getImporter().getId()), k -> new ArrayList<>()).add(t));
            return byPair;
        });
    }

    private static void checkHistory(Checks checks, TransferImport spec) {
        checks.required("stage", spec.stage());
        if (spec.stage() == TransferStage.DROPPED) {
            checks.check(spec.droppedReason() != null && !spec.droppedReason().isBlank(), "droppedReason",
                    "transfer.drop.reason.required");
        }
        checks.text("droppedReason", spec.droppedReason(), Transfer.REASON_LENGTH, false);
        // Without moves, or a move without its instant, the history is not known: it stays so.
        for (int i = 0; i < spec.moves().size(); i++) {
            TransferMove move = spec.moves().get(i);
            String path = "moves[" + i + "]";
            checks.required(path + ".to", move.getToStage());
            Checks by = new Checks();
            Transfer.checkBy(by, move.getMovedBy());
            checks.addAll(by.violations().stream().map(v -> v.under(path)).toList());
        }
        if (!spec.moves().isEmpty() && spec.stage() != null) {
            TransferStage last = spec.moves().get(spec.moves().size() - 1).getToStage();
            checks.check(last == null || last == spec.stage(), "stage", "transfer.import.stage.lastMove", spec.stage(), last);
        }
    }

    /** The signed-in person, who makes a move; PracticeHub itself for work without anyone signed in. */
    private Mover mover() {
        return access.currentUser().<Mover>map(Mover::of).orElse(Mover.SYSTEM);
    }

    /** Whether a transfer may start now: today, in the project's zone, is not after the project's end. */
    public boolean mayStartNow(Project project) {
        return project.endDate().map(end -> !day(project, clock.instant()).isAfter(end)).orElse(true);
    }

    /**
     * A transfer starts at the latest on its project's last day, in the project's zone; a transfer of a
     * project document, whose start is the instant of its first move, is judged by the same rule.
     */
    private void checkStartsByTheEnd(Checks checks, Project project, Instant startedAt, String field) {
        project.endDate().ifPresent(end -> checks.check(!day(project, startedAt).isAfter(end), field,
                "transfer.start.afterEnd", project.getName(), end));
    }

    private LocalDate day(Project project, Instant instant) {
        return LocalDate.ofInstant(instant, projects.zone(project));
    }

    /** Removes the project's transfers the document does not list, and any second one of a listed key. */
    @Transactional
    public void removeTransfersExcept(Project project, Set<TransferKey> keep) {
        access.requireCoordinator(project.getId());
        Set<TransferKey> seen = new HashSet<>();
        transfers.findByProjectOrderById(project).stream()
                .filter(t -> {
                    TransferKey key = TransferKey.of(t);
                    return !keep.contains(key) || !seen.add(key);
                })
                .forEach(transfers::delete);
        ImportScope.forget("transfers", project.getId());
    }

    /**
     * How a project document identifies a transfer: the practice's title, the importer's short name
     * and when it started (the instant of its first move, or none when not known), so that a transfer
     * restarted after being dropped is told apart from the dropped one.
     */
    public record TransferKey(String practice, String importer, Instant startedAt) {

        public static TransferKey of(Transfer transfer) {
            return new TransferKey(transfer.getPractice().getTitle(), transfer.getImporter().getShortName(),
                    transfer.startedAt());
        }
    }

    /** The import workshops of the project that could be linked to the transfer. */
    public List<Event> linkableWorkshops(Transfer transfer) {
        return events.events(transfer.getProject()).stream()
                .filter(e -> e.getType() == EventType.IMPORT_WORKSHOP)
                .filter(e -> !transfer.getWorkshops().contains(e))
                .map(e -> events.event(transfer.getProject(), e.getId()))
                .filter(e -> workshopProblems(transfer, e).isEmpty())
                .toList();
    }

    private static List<Violation> workshopProblems(Transfer transfer, Event event) {
        return workshopProblems(transfer.getPractice().getOwner(), transfer.getImporter(), event);
    }

    private static List<Violation> workshopProblems(Partner owner, Partner importer, Event event) {
        Checks checks = new Checks();
        // An event that combines activities is an import workshop when one of them is.
        checks.check(event.getActivities().stream().anyMatch(a -> a.getType() == EventType.IMPORT_WORKSHOP), "event",
                "transfer.workshop.type",
                event.getTitle(), event.getType());
        List<Partner> present = new ArrayList<>(event.getParticipants());
        present.add(event.getHost());
        checks.check(present.contains(owner), "event", "transfer.workshop.absent", event.getTitle(), owner.getShortName());
        checks.check(present.contains(importer), "event", "transfer.workshop.absent", event.getTitle(),
                importer.getShortName());
        return checks.violations();
    }

    private Transfer current(Project project, long id, long version) {
        return current(project, id, version, false);
    }

    /**
     * The transfer at this version, once the person may change it: the importer's editors (and the
     * coordinators) change everything; with {@code assessment}, the practice owner's editors too.
     */
    private Transfer current(Project project, long id, long version, boolean assessment) {
        Transfer transfer = transfer(project, id);
        if (assessment) {
            access.requireWriteAny(project.getId(), transfer.getImporter().getId(),
                    transfer.getPractice().getOwner().getId());
        } else {
            access.requireWrite(project.getId(), transfer.getImporter().getId());
        }
        if (transfer.getVersion() != version) {
            throw new StaleVersionException(version, transfer.getVersion());
        }
        return transfer;
    }

    private void changed(Practice practice) {
        List<TransferStage> stages = transfers.stagesOf(practice.getId());
        publisher.publishEvent(new PracticeTransfersChanged(practice.getId(),
                stages.stream().anyMatch(TransferStage::isOpen), stages.contains(TransferStage.REUSE)));
    }

    private static Specification<Transfer> matching(Project project, TransferFilter filter, boolean publicOnly) {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            predicates.add(cb.equal(root.get("project"), project));
            if (publicOnly) {
                predicates.add(cb.isTrue(root.get("practice").get("publicVisible")));
            }
            if (filter.stage() != null) {
                predicates.add(cb.equal(root.get("stage"), filter.stage()));
            }
            if (filter.partnerId() != null) {
                predicates.add(cb.or(cb.equal(root.get("importer").get("id"), filter.partnerId()),
                        cb.equal(root.get("practice").get("owner").get("id"), filter.partnerId())));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
