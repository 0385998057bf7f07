package eu.practicehub.transfer;

import eu.practicehub.common.Checks;
import eu.practicehub.common.RuleViolationException;
import eu.practicehub.common.Violation;
import eu.practicehub.event.Event;
import eu.practicehub.practice.Practice;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.hibernate.type.SqlTypes;

/** One good practice moving from its owner partner to an importing partner. */
@Entity
@Audited
@Table(name = "transfer")
public class Transfer {

    static final int NAME_LENGTH = 200;
    static final int REASON_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "transfer_seq")
    @SequenceGenerator(name = "transfer_seq", sequenceName = "transfer_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "project_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Project project;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "practice_id")
    private Practice practice;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "importer_id")
    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    private Partner importer;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private TransferStage stage;

    private String droppedReason;

    private Integer legalFit;
    private String legalNotes;
    private Integer organisationalFit;
    private String organisationalNotes;
    private Integer technicalFit;
    private String technicalNotes;
    private Integer financialFit;
    private String financialNotes;
    private String kept;
    private String adapted;
    private String verdict;

    @ElementCollection
    @CollectionTable(name = "transfer_move", joinColumns = @JoinColumn(name = "transfer_id"))
    @OrderColumn(name = "position")
    @NotAudited
    private List<TransferMove> moves = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "transfer_workshop",
            joinColumns = @JoinColumn(name = "transfer_id"),
            inverseJoinColumns = @JoinColumn(name = "event_id"))
    @OrderBy("startDate, id")
    private Set<Event> workshops = new LinkedHashSet<>();

    @Version
    private long version;

    protected Transfer() {
    }

    /** A transfer starts at UNDERSTAND; the start, by the person who starts it, is its first move. */
    Transfer(Project project, Practice practice, Partner importer, Mover by, Instant at) {
        this.project = project;
        this.practice = practice;
        this.importer = importer;
        this.stage = TransferStage.UNDERSTAND;
        this.moves.add(by.move(null, TransferStage.UNDERSTAND, at));
    }

    /** A transfer restored from a project document; {@link #restore} gives it its stage and history. */
    Transfer(Project project, Practice practice, Partner importer) {
        this.project = project;
        this.practice = practice;
        this.importer = importer;
        this.stage = TransferStage.UNDERSTAND;
    }

    /**
     * Takes the stage, the reason for dropping and the moves as a project document states them,
     * without replaying the moves; the service has checked that they fit together.
     */
    void restore(TransferStage stage, String droppedReason, List<TransferMove> moves) {
        this.stage = stage;
        this.droppedReason = stage == TransferStage.DROPPED ? droppedReason : null;
        // Moves made here keep their accounts when the document states the same steps (it names people only).
        boolean same = this.moves.size() == moves.size();
        for (int i = 0; same && i < moves.size(); i++) {
            same = this.moves.get(i).sameStepAs(moves.get(i));
        }
        if (!same) {
            this.moves.clear();
            this.moves.addAll(moves);
        }
    }

    /** Links exactly these import workshops; the service has checked that each fits this transfer. */
    void restoreWorkshops(List<Event> linked) {
        Set<Event> wanted = new LinkedHashSet<>(linked);
        if (!workshops.equals(wanted)) {
            workshops.clear();
            workshops.addAll(wanted);
        }
    }

    /** Moves an open transfer on to its next stage; any other move is refused. */
    void advanceTo(TransferStage to, Mover by, Instant at) {
        advanceChecks(to).throwIfAny();
        move(to, by, at);
    }

    /** Drops an open transfer, for a reason that is kept with it. */
    void drop(String reason, Mover by, Instant at) {
        dropChecks(reason).throwIfAny();
        this.droppedReason = reason.strip();
        move(TransferStage.DROPPED, by, at);
    }

    /** Every rule the move to {@code to} (a drop when it is DROPPED) breaks, without moving the transfer. */
    public List<Violation> moveProblems(TransferStage to, String reason) {
        return (to == TransferStage.DROPPED ? dropChecks(reason) : advanceChecks(to)).violations();
    }

    private Checks advanceChecks(TransferStage to) {
        Checks checks = new Checks();
        checks.required("to", to);
        if (to != null) {
            if (!stage.isOpen()) {
                checks.check(false, "to", "transfer.move.closed", stage);
            } else if (to == TransferStage.DROPPED) {
                checks.check(false, "reason", "transfer.drop.reason.required");
            } else if (to.compareTo(stage) <= 0) {
                checks.check(false, "to", "transfer.move.backwards", stage, to);
            } else {
                checks.check(stage.next().filter(to::equals).isPresent(), "to", "transfer.move.skip", stage,
                        stage.next().orElse(to), to);
            }
        }
        return checks;
    }

    private Checks dropChecks(String reason) {
        return new Checks().check(reason != null && !reason.isBlank(), "reason", "transfer.drop.reason.required")
                .text("reason", reason, REASON_LENGTH, false)
                .check(stage.isOpen(), "to", "transfer.move.closed", stage);
    }

    /** Records the transferability assessment as given, replacing the one before. */
    void assess(Assessment assessment) {
        RuleViolationException.throwIfAny(problems(assessment));
        this.legalFit = assessment.legalFit();
        this.legalNotes = assessment.legalNotes();
        this.organisationalFit = assessment.organisationalFit();
        this.organisationalNotes = assessment.organisationalNotes();
        this.technicalFit = assessment.technicalFit();
        this.technicalNotes = assessment.technicalNotes();
        this.financialFit = assessment.financialFit();
        this.financialNotes = assessment.financialNotes();
        this.kept = assessment.kept();
        this.adapted = assessment.adapted();
        this.verdict = assessment.verdict();
    }

    static List<Violation> problems(Assessment a) {
        Checks checks = new Checks();
        fit(checks, "legalFit", a.legalFit());
        fit(checks, "organisationalFit", a.organisationalFit());
        fit(checks, "technicalFit", a.technicalFit());
        fit(checks, "financialFit", a.financialFit());
        checks.text("legalNotes", a.legalNotes(), 2000, false)
                .text("organisationalNotes", a.organisationalNotes(), 2000, false)
                .text("technicalNotes", a.technicalNotes(), 2000, false)
                .text("financialNotes", a.financialNotes(), 2000, false)
                .text("kept", a.kept(), 4000, false)
                .text("adapted", a.adapted(), 4000, false)
                .text("verdict", a.verdict(), 4000, false);
        return checks.violations();
    }

    /** Links an import workshop; the service has checked that it fits this transfer. */
    void linkWorkshop(Event workshop) {
        if (!workshops.add(workshop)) {
            throw new RuleViolationException(Violation.of("event", "transfer.workshop.linked", workshop.getTitle()));
        }
    }

    private static void fit(Checks checks, String field, Integer value) {
        checks.check(value == null || (value >= 1 && value <= 5), field, "transfer.assessment.fit.range");
    }

    /** Who made a move a project document gives: a name, required. */
    static void checkBy(Checks checks, String by) {
        checks.check(by != null && !by.isBlank(), "by", "transfer.move.by.required")
                .text("by", by, NAME_LENGTH, false);
    }

    private void move(TransferStage to, Mover by, Instant at) {
        moves.add(by.move(stage, to, at));
        this.stage = to;
    }

    public boolean isOpen() {
        return stage.isOpen();
    }

    public Assessment getAssessment() {
        return new Assessment(legalFit, legalNotes, organisationalFit, organisationalNotes, technicalFit, technicalNotes,
                financialFit, financialNotes, kept, adapted, verdict);
    }

    /**
     * When the transfer started: the instant of its first move; null when not known (a project
     * document gave no moves, or its first move without an instant).
     */
    public Instant startedAt() {
        return startOf(moves);
    }

    /**
     * When a history of moves started: the instant of its first move when that move started the
     * transfer (from no stage); null when it is not known (no moves, no instant, or a history whose
     * start was not recorded, such as one a document gave without moves that then moved on).
     */
    public static Instant startOf(List<TransferMove> moves) {
        return moves.isEmpty() || moves.get(0).getFromStage() != null ? null : moves.get(0).getMovedAt();
    }

    /** The instant of its last move; null when not known. */
    public Instant lastMovedAt() {
        return moves.isEmpty() ? null : moves.get(moves.size() - 1).getMovedAt();
    }

    public Long getId() {
        return id;
    }

    public Project getProject() {
        return project;
    }

    public Practice getPractice() {
        return practice;
    }

    public Partner getImporter() {
        return importer;
    }

    public TransferStage getStage() {
        return stage;
    }

    public String getDroppedReason() {
        return droppedReason;
    }

    public List<TransferMove> getMoves() {
        return List.copyOf(moves);
    }

    public List<Event> getWorkshops() {
        return List.copyOf(workshops);
    }

    public long getVersion() {
        return version;
    }
}
