package eu.practicehub.exchange;

import eu.practicehub.event.Event;
import eu.practicehub.event.EventMoment;
import eu.practicehub.event.EventService;
import eu.practicehub.exchange.ProjectDocument.EventData;
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
import java.time.LocalDate;
import java.time.LocalTime;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes a whole project as one {@link ProjectDocument}. */
@Service
@Transactional(readOnly = true)
public class ProjectExporter {

    private final ProjectService projects;
    private final PracticeService practices;
    private final EventService events;

    ProjectExporter(ProjectService projects, PracticeService practices, EventService events) {
        this.projects = projects;
        this.practices = practices;
        this.events = events;
    }

    public ProjectDocument export(String key) {
        Project project = projects.project(key);
        return new ProjectDocument(
                ProjectDocument.FORMAT_VERSION,
                project(project),
                projects.partners(project).stream().map(ProjectExporter::partner).toList(),
                practices.themes(project).stream().map(Theme::getName).toList(),
                practices.practices(project).stream().map(ProjectExporter::practice).toList(),
                events.events(project).stream().map(ProjectExporter::event).toList());
    }

    private static ProjectData project(Project p) {
        return new ProjectData(p.getKey(), p.getName(), p.getProgramme(), p.getMission(),
                p.getStartDate().toString(), p.getSemesterMonths(), p.getWebsite(),
                p.getPhases().stream()
                        .map(ph -> new PhaseData(ph.name(), ph.startDate().toString(), ph.endDate().toString()))
                        .toList());
    }

    private static PartnerData partner(Partner p) {
        return new PartnerData(p.getShortName(), p.getName(), p.getCountry(), p.getNutsCode(), p.getRole().name(),
                p.getTimeZone(), p.getContactName(), p.getContactEmail(), p.getWebsite());
    }

    private static PracticeData practice(Practice p) {
        return new PracticeData(p.getTitle(), p.getOwner().getShortName(),
                p.getThemes().stream().map(Theme::getName).toList(), p.getSummary(), p.getProblemAddressed(),
                p.getDescription(), p.getResourcesNeeded(), p.getTimescale(), p.getEvidenceOfSuccess(),
                p.getPotentialForTransfer(), p.getLocation(), p.getWebsite(), p.getStatus().name());
    }

    private static EventData event(Event e) {
        return new EventData(e.getType().name(), e.getTitle(), moment(e.getStartDate(), e.getStartTime()),
                moment(e.getEndDate(), e.getEndTime()), e.getDatePrecision().name(), e.getTimeZone(),
                e.getHost().getShortName(),
                e.getParticipants().stream().map(Partner::getShortName).toList(),
                e.getMode().name(), e.getVenue(), e.getOnlineLink(),
                e.getPractices().stream().map(Practice::getTitle).toList(),
                e.getAgenda(), e.getMinutes(), e.getLessonsLearnt(), e.getStatus().name());
    }

    static String moment(LocalDate date, LocalTime time) {
        return EventMoment.format(date, time);
    }
}
