package eu.practicehub.exchange;

import eu.practicehub.account.Access;
import eu.practicehub.actionplan.Action;
import eu.practicehub.actionplan.ActionPlan;
import eu.practicehub.actionplan.ActionPlanService;
import eu.practicehub.actionplan.BackgroundLink;
import eu.practicehub.actionplan.Indicator;
import eu.practicehub.actionplan.MonitoringUpdate;
import eu.practicehub.challenge.Challenge;
import eu.practicehub.challenge.ChallengeService;
import eu.practicehub.event.Event;
import eu.practicehub.event.EventMoment;
import eu.practicehub.event.EventService;
import eu.practicehub.exchange.ProjectDocument.ActionData;
import eu.practicehub.exchange.ProjectDocument.ActivityData;
import eu.practicehub.exchange.ProjectDocument.ActionPlanData;
import eu.practicehub.exchange.ProjectDocument.AssessmentData;
import eu.practicehub.event.Restriction;
import eu.practicehub.event.RestrictionService;
import eu.practicehub.exchange.ProjectDocument.ChallengeData;
import eu.practicehub.exchange.ProjectDocument.NewsletterData;
import eu.practicehub.newsletter.Newsletter;
import eu.practicehub.newsletter.NewsletterService;
import eu.practicehub.exchange.ProjectDocument.TargetData;
import eu.practicehub.planning.PlanningService;
import eu.practicehub.planning.Targets;
import eu.practicehub.exchange.ProjectDocument.RestrictionData;
import eu.practicehub.exchange.ProjectDocument.EventData;
import eu.practicehub.exchange.ProjectDocument.EventRef;
import eu.practicehub.exchange.ProjectDocument.IndicatorData;
import eu.practicehub.exchange.ProjectDocument.LinkData;
import eu.practicehub.exchange.ProjectDocument.MoveData;
import eu.practicehub.exchange.ProjectDocument.TransferData;
import eu.practicehub.exchange.ProjectDocument.UpdateData;
import eu.practicehub.exchange.ProjectDocument.PartnerData;
import eu.practicehub.exchange.ProjectDocument.PhaseData;
import eu.practicehub.exchange.ProjectDocument.PracticeData;
import eu.practicehub.exchange.ProjectDocument.ProjectData;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.Theme;
import eu.practicehub.project.Partner;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.transfer.Assessment;
import eu.practicehub.transfer.Transfer;
import eu.practicehub.transfer.TransferMove;
import eu.practicehub.transfer.TransferService;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a whole project as one {@link ProjectDocument}. */
@Service
@Transactional(readOnly = true)
public class ProjectExporter {

    private final ProjectService projects;
    private final PracticeService practices;
    private final EventService events;
    private final TransferService transfers;
    private final ActionPlanService plans;
    private final ChallengeService challenges;
    private final PlanningService planning;
    private final RestrictionService restrictions;
    private final NewsletterService newsletters;
    private final Access access;

    ProjectExporter(ProjectService projects, PracticeService practices, EventService events,
            TransferService transfers, ActionPlanService plans, ChallengeService challenges, PlanningService planning,
            RestrictionService restrictions, NewsletterService newsletters, Access access) {
        this.access = access;
        this.newsletters = newsletters;
        this.challenges = challenges;
        this.planning = planning;
        this.restrictions = restrictions;
        this.projects = projects;
        this.practices = practices;
        this.events = events;
        this.transfers = transfers;
        this.plans = plans;
    }

    public ProjectDocument export(String key) {
        Project project = projects.project(key);
        // The document holds drafts, minutes and practices not in the public catalogue: members only.
        access.requireMember(project.getId());
        List<Practice> allPractices = practices.practices(project);
        List<Event> allEvents = events.events(project);
        List<Transfer> allTransfers = transfers.transfers(project);
        Links links = new Links(byId(allPractices, Practice::getId), byId(allEvents, Event::getId),
                byId(allTransfers, Transfer::getId));
        return new ProjectDocument(
                ProjectDocument.FORMAT_VERSION,
                project(project),
                projects.partners(project).stream().map(ProjectExporter::partner).toList(),
                practices.themes(project).stream().map(Theme::getName).toList(),
                allPractices.stream().map(ProjectExporter::practice).toList(),
                allEvents.stream().map(ProjectExporter::event).toList(),
                allTransfers.stream().map(ProjectExporter::transfer).toList(),
                plans.plans(project).stream().map(plan -> plan(plan, links)).toList(),
                challenges.challenges(project).stream().map(ProjectExporter::challenge).toList(),
                targets(planning.allTargets(project)),
                restrictions.restrictions(project).stream().map(ProjectExporter::restriction).toList(),
                newsletters.allNewsletters(project).stream().map(ProjectExporter::newsletter).toList());
    }

    private static <T> Map<Long, T> byId(List<T> records, Function<T, Long> id) {
        return records.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    /** The records an action's background can name, by id, to write them by their natural keys. */
    private record Links(Map<Long, Practice> practices, Map<Long, Event> events, Map<Long, Transfer> transfers) {

        LinkData of(BackgroundLink link) {
            return switch (link.kind()) {
                case PRACTICE -> new LinkData(link.kind().name(), practices.get(link.id()).getTitle(), null, null, null,
                        null);
                case EVENT -> {
                    Event event = events.get(link.id());
                    yield new LinkData(link.kind().name(), null, event.getTitle(),
                            moment(event.getStartDate(), event.getStartTime()), null, null);
                }
                case TRANSFER -> {
                    Transfer transfer = transfers.get(link.id());
                    yield new LinkData(link.kind().name(), transfer.getPractice().getTitle(), null, null,
                            transfer.getImporter().getShortName(),
                            transfer.startedAt() == null ? null : transfer.startedAt().toString());
                }
            };
        }
    }

    private static TransferData transfer(Transfer t) {
        Assessment a = t.getAssessment();
        AssessmentData assessment = a.equals(Assessment.NONE) ? null
                : new AssessmentData(a.legalFit(), a.legalNotes(), a.organisationalFit(), a.organisationalNotes(),
                        a.technicalFit(), a.technicalNotes(), a.financialFit(), a.financialNotes(), a.kept(),
                        a.adapted(), a.verdict());
        return new TransferData(t.getPractice().getTitle(), t.getImporter().getShortName(), t.getStage().name(),
                t.getDroppedReason(), t.getMoves().stream().map(ProjectExporter::move).toList(), assessment,
                t.getWorkshops().stream().map(e -> new EventRef(e.getTitle(), moment(e.getStartDate(), e.getStartTime())))
                        .toList());
    }

    /** The target sets, the whole plan without a semester; none at all leaves the section out. */
    private static List<TargetData> targets(List<Targets> all) {
        if (all.isEmpty()) {
            return null;
        }
        return all.stream().map(t -> {
            Map<String, Integer> byName = new LinkedHashMap<>();
            t.targets().forEach((measure, target) -> byName.put(measure.name(), target));
            return new TargetData(t.isWholeProject() ? null : t.semester(), byName);
        }).toList();
    }

    private static RestrictionData restriction(Restriction r) {
        return new RestrictionData(r.getCountry(), r.getFrom().toString(), r.getTo().toString(), r.getLevel().name(),
                r.getNote(), r.getSource());
    }

    private static NewsletterData newsletter(Newsletter n) {
        return new NewsletterData(n.getTitle(), n.getPeriodFrom().toString(), n.getPeriodTo().toString(),
                n.getStatus().name(), n.getUpdatedAt().toString(),
                n.getPublishedAt() == null ? null : n.getPublishedAt().toString(),
                n.getPublishedOn() == null ? null : n.getPublishedOn().toString(), n.getBody());
    }

    private static ChallengeData challenge(Challenge c) {
        return new ChallengeData(c.getPartner().getShortName(), c.getTitle(), c.getDescription(), c.themeNames());
    }

    private static MoveData move(TransferMove m) {
        return new MoveData(m.getFromStage() == null ? null : m.getFromStage().name(), m.getToStage().name(),
                m.getMovedAt() == null ? null : m.getMovedAt().toString(), m.getMovedBy());
    }

    private static ActionPlanData plan(ActionPlan p, Links links) {
        return new ActionPlanData(p.getPartner().getShortName(), p.getOtherOrganisations(), p.getContactName(),
                p.getContactEmail(), p.getInstrumentName(),
                p.getInstrumentType() == null ? null : p.getInstrumentType().name(), p.getInstrumentImprovement(),
                p.getStatus() == null ? null : p.getStatus().name(), p.getEndorsedBy(), p.getEndorsedOn() == null ? null : p.getEndorsedOn().toString(),
                p.getActions().stream().map(a -> action(a, links)).toList());
    }

    private static ActionData action(Action a, Links links) {
        return new ActionData(a.getTitle(), a.getBackground().stream().map(links::of).toList(), a.getBackgroundText(),
                a.getDescription(), a.getPlayers(), text(a.getStartDate()), text(a.getEndDate()), a.getCostAmount(),
                a.getCostCurrency(), a.getFundingSources(), a.getStatus() == null ? null : a.getStatus().name(),
                a.getAbandonReason(), a.getProgress(),
                a.getIndicators().stream().map(ProjectExporter::indicator).toList(),
                a.getUpdates().stream().map(ProjectExporter::update).toList());
    }

    private static IndicatorData indicator(Indicator i) {
        return new IndicatorData(i.getName(), i.getUnit(), i.getBaseline(), i.getTarget(), i.getValues());
    }

    private static UpdateData update(MonitoringUpdate u) {
        return new UpdateData(u.getSemester(), text(u.getDate()), u.getDone(), u.getEvidence());
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static ProjectData project(Project p) {
        return new ProjectData(p.getKey(), p.getName(), p.getProgramme(), p.getMission(),
                p.getStartDate().toString(), text(p.getOwnEndDate()), p.getSemesterMonths(), p.getWebsite(),
                p.getPhases().stream()
                        .map(ph -> new PhaseData(ph.name(), ph.startDate().toString(), ph.endDate().toString()))
                        .toList(), p.getLanguage());
    }

    private static PartnerData partner(Partner p) {
        return new PartnerData(p.getShortName(), p.getName(), p.getCountry(), p.getNutsCode(), p.getRole().name(),
                p.getOrganisationType() == null ? null : p.getOrganisationType().name(), p.getTimeZone(), p.getContactName(), p.getContactEmail(), p.getWebsite());
    }

    private static PracticeData practice(Practice p) {
        return new PracticeData(p.getTitle(), p.getOwner().getShortName(),
                p.getThemes().stream().map(Theme::getName).toList(), p.getSummary(), p.getProblemAddressed(),
                p.getDescription(), p.getResourcesNeeded(), p.getTimescale(), p.getEvidenceOfSuccess(),
                p.getPotentialForTransfer(), p.getLocation(), p.getWebsite(), p.getStatus().name(),
                p.getIdentified() == null ? null : p.getIdentified().toString(),
                p.isPublicVisible() ? null : Boolean.FALSE);
    }

    /** An event of one activity without details of its own is written by its {@code type} alone (as BETTER's are). */
    private static EventData event(Event e) {
        boolean detailed = e.hasActivityDetails();
        return new EventData(detailed ? null : e.getType().name(), detailed ? activities(e) : null, e.getTitle(),
                moment(e.getStartDate(), e.getStartTime()),
                moment(e.getEndDate(), e.getEndTime()), e.getDatePrecision().name(), e.getTimeZone(),
                e.hostName(),
                e.getParticipants().stream().map(Partner::getShortName).toList(),
                e.getMode() == null ? null : e.getMode().name(), e.getVenue(), e.getOnlineLink(), e.getOriginallyPlannedIn(),
                e.getPractices().stream().map(Practice::getTitle).toList(),
                e.getAgenda(), e.getMinutes(), e.getLessonsLearnt(), e.getStatus().name());
    }

    private static List<ActivityData> activities(Event e) {
        return e.getActivities().stream().map(a -> new ActivityData(a.getType().name(),
                a.getDay() == null ? null : a.getDay().toString(), a.getPlace(),
                a.getPractices().isEmpty() ? null : a.getPractices().stream().map(Practice::getTitle).toList())).toList();
    }

    static String moment(LocalDate date, LocalTime time) {
        return EventMoment.format(date, time);
    }
}
