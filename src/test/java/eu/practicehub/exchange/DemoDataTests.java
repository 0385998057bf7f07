package eu.practicehub.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.event.Event;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventType;
import eu.practicehub.newsletter.NewsletterRequest;
import eu.practicehub.newsletter.NewsletterService;
import eu.practicehub.newsletter.NewsletterStatus;
import eu.practicehub.practice.Practice;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.PracticeSpec;
import eu.practicehub.practice.PracticeStatus;
import eu.practicehub.practice.Theme;
import eu.practicehub.project.Partner;
import eu.practicehub.project.PartnerRole;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.annotation.Transactional;

@Tag("database")
@SpringBootTest
class DemoDataTests {

    /** The practice of the demo's example transfer, imported by Tartu. */
    private static final String EXAMPLE_PRACTICE = "E-services at Gävle municipality";

    @Autowired
    DemoData demo;
    @Autowired
    ProjectService projects;
    @Autowired
    PracticeService practices;
    @Autowired
    EventService events;
    @Autowired
    ProjectExporter exporter;
    @Autowired
    NewsletterService newsletters;

    @Test
    @Transactional
    void theDemoHoldsBetterAsTheSeedNewsletterTellsIt() {
        Project better = projects.project("BETTER");
        assertThat(better.getStartDate()).isEqualTo(LocalDate.of(2019, 8, 1));
        assertThat(better.getProgramme()).startsWith("Interreg Europe");
        assertThat(projects.partners(better)).extracting(Partner::getShortName, Partner::getCountry, Partner::getRole)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("Genoa", "IT", PartnerRole.LEAD),
                        org.assertj.core.groups.Tuple.tuple("Gävle", "SE", PartnerRole.PARTNER),
                        org.assertj.core.groups.Tuple.tuple("Birmingham", "GB", PartnerRole.PARTNER),
                        org.assertj.core.groups.Tuple.tuple("Tartu", "EE", PartnerRole.PARTNER),
                        org.assertj.core.groups.Tuple.tuple("Nyíregyháza", "HU", PartnerRole.PARTNER));
        // Every practice was examined; the one of the example transfer has moved on to "in transfer".
        assertThat(practices.practices(better)).hasSize(9)
                .allSatisfy(p -> assertThat(p.getStatus()).isEqualTo(p.getTitle().equals(EXAMPLE_PRACTICE)
                        ? PracticeStatus.IN_TRANSFER : PracticeStatus.EXAMINED));

        assertThat(events.events(better)).filteredOn(e -> e.getType() != EventType.STUDY_VISIT
                && e.getType() != EventType.IMPORT_WORKSHOP).hasSize(3);
        List<Event> visits = events.events(better).stream().filter(e -> e.getType() == EventType.STUDY_VISIT).toList();
        assertThat(visits).extracting(Event::getStartDate).containsExactly(
                LocalDate.of(2021, 7, 17), LocalDate.of(2021, 9, 13), LocalDate.of(2021, 10, 27));
        Event genoa = events.event(better, visits.get(0).getId());
        assertThat(genoa.getHost().getShortName()).isEqualTo("Genoa");
        assertThat(genoa.getParticipants()).extracting(Partner::getShortName).containsExactly("Birmingham", "Gävle", "Nyíregyháza");
        assertThat(genoa.practicesByTheme()).extracting(g -> g.theme().getName()).containsExactly(
                "Digital services to citizens", "Digital services to enterprises", "Security and resilience");
        assertThat(genoa.practicesByTheme().get(2).practices()).extracting(Practice::getTitle).containsExactly(
                "Technological update of the local Police operation Center", "Rain and hydrometric level data digital model");
        assertThat(practices.themes(better)).extracting(Theme::getName).hasSize(3);
    }

    @Test
    @Transactional
    void theDemoPublishesTheNewsletterOfItsStudyVisitsWrittenFromTheDataWhenBetterPublishedIt() {
        Project better = projects.project("BETTER");
        String fromTheData = newsletters.preview(better, new NewsletterRequest(LocalDate.of(2021, 7, 1),
                LocalDate.of(2021, 10, 31), List.of(EventType.STUDY_VISIT))).markdown();
        assertThat(newsletters.allNewsletters(better)).singleElement().satisfies(newsletter -> {
            assertThat(newsletter.getStatus()).isEqualTo(NewsletterStatus.PUBLISHED);
            // Issue #05 came out in January 2022, at the end of semester 5; the day is not known.
            assertThat(newsletter.getPublishedOn()).hasToString("2022-01");
            assertThat(newsletter.publication(ZoneId.of("Europe/Rome"))).hasToString("2022-01");
            assertThat(newsletter.getBody()).isEqualTo(fromTheData);
            assertThat(newsletter.getPeriodFrom()).isEqualTo(LocalDate.of(2021, 7, 1));
            assertThat(newsletter.getPeriodTo()).isEqualTo(LocalDate.of(2021, 10, 31));
            assertThat(newsletter.getBody()).contains("| 17 July 2021 |", "| 13 September 2021 |", "| 27 October 2021 |",
                    "Host: Genoa Visitors: Birmingham; Gävle; Nyíregyháza",
                    "Host: Nyíregyháza Visitors: Genoa; Gävle; Birmingham",
                    "Host: Gävle Visitors: Tartu; Birmingham; Genoa; Nyíregyháza",
                    "five more study visits, five import workshops and five regional events");
        });
    }

    @Test
    void theExampleTransferWorkshopAndActionPlanSayThatTheyAreExamples() throws Exception {
        ProjectDocument demoDocument = demo.read();

        List<ProjectDocument.EventData> workshops = demoDocument.events().stream()
                .filter(e -> e.type().equals("IMPORT_WORKSHOP")).toList();
        assertThat(workshops).singleElement().satisfies(e -> {
            assertThat(e.title()).startsWith("Example: ");
            assertThat(e.agenda()).startsWith("Example data");
        });
        assertThat(demoDocument.transfers()).singleElement().satisfies(t -> {
            assertThat(t.practice()).isEqualTo(EXAMPLE_PRACTICE);
            assertThat(t.importer()).isEqualTo("Tartu");
            assertThat(t.stage()).isEqualTo("ADAPT");
            assertThat(t.moves()).extracting(ProjectDocument.MoveData::by).containsOnly("Example data");
            assertThat(t.assessment().verdict()).startsWith("Example: ");
            assertThat(t.workshops()).extracting(ProjectDocument.EventRef::title).containsExactly(workshops.get(0).title());
        });
        assertThat(demoDocument.actionPlans()).singleElement().satisfies(p -> {
            assertThat(p.partner()).isEqualTo("Tartu");
            assertThat(p.instrumentName()).startsWith("Example: ");
            assertThat(p.instrumentImprovement()).startsWith("Example data");
            assertThat(p.actions()).singleElement().satisfies(a -> {
                assertThat(a.title()).startsWith("Example: ");
                assertThat(a.backgroundText()).startsWith("Example data");
                assertThat(a.background()).extracting(ProjectDocument.LinkData::kind).containsExactly("PRACTICE", "TRANSFER");
            });
        });
    }

    @Test
    void theDocumentHoldsTheProjectARestartLooksFor() throws Exception {
        assertThat(demo.read().project().key()).isEqualTo(DemoData.KEY);
    }

    @Test
    void startingAgainLeavesAPresentDemoProjectExactlyAsItWas() throws Exception {
        ProjectDocument before = exporter.export("BETTER");

        demo.run(null);

        assertThat(exporter.export("BETTER")).isEqualTo(before);
        assertThat(projects.projects()).filteredOn(p -> p.getKey().equals("BETTER")).hasSize(1);
    }

    @Test
    @Transactional
    void startingAgainNeverOverwritesWhatAUserChanged() throws Exception {
        Project better = projects.project("BETTER");
        Practice segnalaci = practices.byTitles(better, List.of("Segnalaci")).get(0);
        practices.update(better, segnalaci.getId(), segnalaci.getVersion(), new PracticeSpec("Segnalaci", "Genoa",
                List.of("Digital services to citizens"), "Changed by a user", null, null, null, null, null, null,
                "Genoa", null, PracticeStatus.EXAMINED));

        demo.run(null);

        assertThat(practices.byTitles(better, List.of("Segnalaci")).get(0).getSummary()).isEqualTo("Changed by a user");
        assertThat(practices.practices(better)).hasSize(9);
    }
}
