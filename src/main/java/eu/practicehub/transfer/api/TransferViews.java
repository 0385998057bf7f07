package eu.practicehub.transfer.api;

import eu.practicehub.event.Event;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.transfer.Assessment;
import eu.practicehub.transfer.Transfer;
import eu.practicehub.transfer.TransferFilter;
import eu.practicehub.transfer.TransferMove;
import eu.practicehub.transfer.TransferService;
import eu.practicehub.transfer.TransferStage;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PagedModel;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads transfers for the API and turns them into views while the persistence context is open. */
@Service
@Transactional(readOnly = true)
class TransferViews {

    private static final long NO_SUCH_ID = -1L;

    private final ProjectService projects;
    private final TransferService transfers;

    TransferViews(ProjectService projects, TransferService transfers) {
        this.projects = projects;
        this.transfers = transfers;
    }

    /** A partner filter names a partner as owner or importer; one that does not exist matches nothing. */
    PagedModel<TransferSummary> transfers(String key, TransferStage stage, String partnerName, Pageable pageable) {
        Project project = projects.project(key);
        Long partnerId = partnerName == null || partnerName.isBlank() ? null
                : projects.partner(project, partnerName.strip()).map(Partner::getId).orElse(NO_SUCH_ID);
        return new PagedModel<>(transfers.transfers(project, new TransferFilter(stage, partnerId), pageable)
                .map(TransferSummary::of));
    }

    TransferDetail transfer(String key, long id) {
        return TransferDetail.of(transfers.transfer(projects.project(key), id));
    }

    /** A transfer in the paged list. */
    record TransferSummary(long id, String practice, String owner, String importer, TransferStage stage,
            Instant lastMovedAt) {

        static TransferSummary of(Transfer t) {
            return new TransferSummary(t.getId(), t.getPractice().getTitle(), t.getPractice().getOwner().getShortName(),
                    t.getImporter().getShortName(), t.getStage(), t.lastMovedAt());
        }
    }

    /** A transfer with its moves, assessment, workshops and the version to send with a change. */
    record TransferDetail(long id, long practiceId, String practice, String owner, String importer, TransferStage stage,
            String droppedReason, List<Move> moves, Assessment assessment, List<Workshop> workshops, long version) {

        static TransferDetail of(Transfer t) {
            return new TransferDetail(t.getId(), t.getPractice().getId(), t.getPractice().getTitle(),
                    t.getPractice().getOwner().getShortName(), t.getImporter().getShortName(), t.getStage(),
                    t.getDroppedReason(), t.getMoves().stream().map(Move::of).toList(), t.getAssessment(),
                    t.getWorkshops().stream().map(Workshop::of).toList(), t.getVersion());
        }
    }

    /**
     * One move; {@code from} is null for the start. {@code by} names who made it; {@code byAccountId} is the
     * account that made it here, null for a move a project document gave or one recorded before accounts.
     */
    record Move(TransferStage from, TransferStage to, Instant at, String by, Long byAccountId) {

        static Move of(TransferMove m) {
            return new Move(m.getFromStage(), m.getToStage(), m.getMovedAt(), m.getMovedBy(), m.getMovedByAccountId());
        }
    }

    record Workshop(long id, String title, LocalDate startDate, LocalDate endDate, String host, String status) {

        static Workshop of(Event e) {
            return new Workshop(e.getId(), e.getTitle(), e.getStartDate(), e.getEndDate(), e.hostName(),
                    e.getStatus().name());
        }
    }
}
