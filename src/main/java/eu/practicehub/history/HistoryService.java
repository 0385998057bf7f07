package eu.practicehub.history;

import eu.practicehub.account.Access;
import eu.practicehub.actionplan.ActionPlan;
import eu.practicehub.actionplan.ActionPlanService;
import eu.practicehub.actionplan.PlanSpec;
import eu.practicehub.common.NotFoundException;
import eu.practicehub.event.ActivitySpec;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventSpec;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.PracticeSpec;
import eu.practicehub.practice.Theme;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.transfer.Transfer;
import eu.practicehub.transfer.TransferService;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The history of practices, events, transfers and action plans: their versions with what changed,
 * restoring an earlier version, and a project's audit log. A restore goes through the owning
 * module's update, so its rules, its version check and its permissions apply, and Envers records
 * the restore as a revision of its own.
 */
@Service
@Transactional(readOnly = true)
public class HistoryService {

    private final HistoryReader reader;
    private final AuditLogReader auditLog;
    private final EntityManager entityManager;
    private final PracticeService practices;
    private final EventService events;
    private final TransferService transfers;
    private final ActionPlanService plans;
    private final Access access;

    HistoryService(HistoryReader reader, AuditLogReader auditLog, EntityManager entityManager, PracticeService practices,
            EventService events, TransferService transfers, ActionPlanService plans, Access access) {
        this.access = access;
        this.reader = reader;
        this.auditLog = auditLog;
        this.entityManager = entityManager;
        this.practices = practices;
        this.events = events;
        this.transfers = transfers;
        this.plans = plans;
    }

    /** A record whose history is shown: what it is called and the version a restore must send. */
    public record HistoricRecord(RecordKind kind, long id, String label, long version) {
    }

    /**
     * The record of the project, as it is now; 404 when the project has none of this kind and id.
     * Only the project's members see histories, since they show drafts and minutes.
     */
    public HistoricRecord record(Project project, RecordKind kind, long id) {
        access.requireMember(project.getId());
        return switch (kind) {
            case PRACTICE -> {
                Practice practice = practices.practice(project, id);
                yield new HistoricRecord(kind, id, practice.getTitle(), practice.getVersion());
            }
            case EVENT -> {
                Event event = events.event(project, id);
                yield new HistoricRecord(kind, id, event.getTitle(), event.getVersion());
            }
            case TRANSFER -> {
                Transfer transfer = transfers.transfer(project, id);
                yield new HistoricRecord(kind, id,
                        transfer.getPractice().getTitle() + " → " + transfer.getImporter().getShortName(), transfer.getVersion());
            }
            case ACTION_PLAN -> {
                ActionPlan plan = plans.plan(project, id);
                yield new HistoricRecord(kind, id, plan.getPartner().getShortName(), plan.getVersion());
            }
            case MEMBERSHIP -> throw new NotFoundException("history", kind);
        };
    }

    /** The record's versions, newest first, each with what differs from the one before. */
    public Page<Version> history(Project project, RecordKind kind, long id, Pageable pageable) {
        return history(record(project, kind, id), pageable);
    }

    /** The versions of a record already looked up with {@link #record}. */
    public Page<Version> history(HistoricRecord record, Pageable pageable) {
        return reader.history(record.kind(), record.id(), pageable);
    }

    /**
     * Every recorded change of the project's records of {@code kind} (of every kind when null),
     * newest first: the project's audit log.
     */
    public Page<AuditEntry> auditLog(Project project, RecordKind kind, Pageable pageable) {
        access.requireCoordinator(project.getId());
        return auditLog.auditLog(project.getId(), kind, pageable);
    }

    /**
     * Sets the record to its values as of {@code revision}, through the owning module's update:
     * a practice's fields (its status, which follows its events and transfers, stays as it is), an
     * event's fields, a transfer's assessment, an action plan's Parts I and II. {@code version} is
     * the version the person saw; a stale one is refused (409) and changes nothing.
     *
     * @return the record's version after the restore
     */
    @Transactional
    public long restore(Project project, RecordKind kind, long id, long revision, long version) {
        AuditReader audit = AuditReaderFactory.get(entityManager);
        record(project, kind, id);
        if (!reader.hasVersion(kind, id, revision)) {
            throw new NotFoundException("version", revision);
        }
        return switch (kind) {
            case PRACTICE -> practices.update(project, id, version, practiceAsOf(audit.find(Practice.class, id, revision),
                    revision)).getVersion();
            case EVENT -> events.update(project, id, version, eventAsOf(project, events.event(project, id),
                    audit.find(Event.class, id, revision), revision)).getVersion();
            case TRANSFER -> transfers.assess(project, id, version, found(audit.find(Transfer.class, id, revision),
                    revision).getAssessment()).getVersion();
            case ACTION_PLAN -> plans.update(project, id, version, planAsOf(audit.find(ActionPlan.class, id, revision),
                    revision)).getVersion();
            case MEMBERSHIP -> throw new NotFoundException("history", kind);
        };
    }

    private static <T> T found(T asOf, long revision) {
        if (asOf == null) {
            throw new NotFoundException("version", revision);
        }
        return asOf;
    }

    private static PracticeSpec practiceAsOf(Practice asOf, long revision) {
        Practice old = found(asOf, revision);
        return new PracticeSpec(old.getTitle(), old.getOwner().getShortName(),
                old.getThemes().stream().map(Theme::getName).toList(), old.getSummary(), old.getProblemAddressed(),
                old.getDescription(), old.getResourcesNeeded(), old.getTimescale(), old.getEvidenceOfSuccess(),
                old.getPotentialForTransfer(), old.getLocation(), old.getWebsite(), null, old.getIdentified(),
                old.isPublicVisible());
    }

    /**
     * The event as it was; its activities are not kept in the history, so the current ones stay while the
     * event's type (the first activity's) is the same, else the event is one activity of its earlier type.
     */
    private EventSpec eventAsOf(Project project, Event current, Event asOf, long revision) {
        Event old = found(asOf, revision);
        List<String> examined = old.getPractices().stream().map(p -> currentTitle(project, p)).toList();
        List<ActivitySpec> activities = current.getType() == old.getType() ? current.activitySpecs() : List.of();
        return new EventSpec(old.getType(), old.getTitle(), old.getStartDate(), old.getStartTime(), old.getEndDate(),
                old.getEndTime(), old.getDatePrecision(), old.getTimeZone(), old.hostName(),
                old.getParticipants().stream().map(Partner::getShortName).toList(), old.getMode(), old.getVenue(),
                old.getOnlineLink(), examined, old.getAgenda(), old.getMinutes(), old.getLessonsLearnt(), old.getStatus(),
                activities, old.getOriginallyPlannedIn());
    }

    /** A practice examined then, by the title it has now (it may have been renamed since). */
    private String currentTitle(Project project, Practice asOf) {
        try {
            return practices.practice(project, asOf.getId()).getTitle();
        } catch (NotFoundException deletedSince) {
            return asOf.getTitle();
        }
    }

    private static PlanSpec planAsOf(ActionPlan asOf, long revision) {
        ActionPlan old = found(asOf, revision);
        return new PlanSpec(old.getOtherOrganisations(), old.getContactName(), old.getContactEmail(),
                old.getInstrumentName(), old.getInstrumentType(), old.getInstrumentImprovement());
    }
}
