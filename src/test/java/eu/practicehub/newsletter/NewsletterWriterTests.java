package eu.practicehub.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.event.EventType;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.PageTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The newsletter BETTER's data writes for July to October 2021, against the seed newsletter of semester 5. */
@PageTest
class NewsletterWriterTests {

    static final LocalDate FROM = LocalDate.of(2021, 7, 1);
    static final LocalDate TO = LocalDate.of(2021, 10, 31);

    @Autowired
    NewsletterService newsletters;

    @Autowired
    ProjectService projects;

    NewsletterDraft better(List<EventType> types) {
        Project better = projects.project("BETTER");
        return newsletters.preview(better, new NewsletterRequest(FROM, TO, types));
    }

    @Test
    void listsTheThreeStudyVisitsOfTheSeedWithItsDatesPracticesAndParticipants() {
        NewsletterDraft draft = better(List.of(EventType.STUDY_VISIT));

        assertThat(draft.rows()).containsExactly(
                new NewsletterDraft.Row("17 July 2021", List.of(
                        "Digital services to citizens – \"Digital Citizen Folder\" - \"Segnalaci\"",
                        "Digital services to enterprises – \"Platform for Labour Policies\"",
                        "Security and resilience – \"Technological update of the local Police operation Center\" - \"Rain and hydrometric level data digital model\""),
                        "Host: Genoa Visitors: Birmingham; Gävle; Nyíregyháza"),
                new NewsletterDraft.Row("13 September 2021", List.of(
                        "Lego education innovation studio – possibilities of using LEGO® tools for educational and talent development purposes",
                        "Digital tree – Innovation Habitat – developing a culture of skills related to Big Data, Machine Learning and Data Science"),
                        "Host: Nyíregyháza Visitors: Genoa; Gävle; Birmingham"),
                new NewsletterDraft.Row("27 October 2021", List.of(
                        "Service design at Gävle municipality – methodology; integration techniques & Digital renewal team",
                        "E-services at Gävle municipality – transforming the services; benefits for the citizens & the municipality"),
                        "Host: Gävle Visitors: Tartu; Birmingham; Genoa; Nyíregyháza"));
    }

    @Test
    void introducesTheEventsByCountAndTypeAsTheSeedDoes() {
        NewsletterDraft draft = better(List.of(EventType.STUDY_VISIT));

        assertThat(draft.introduction())
                .isEqualTo("In the past months, partner cities held three 'Study visits' as follows:");
        assertThat(draft.title()).isEqualTo("BETTER news: 1 July 2021 – 31 October 2021");
    }

    @Test
    void writesTheTableAsAMarkdownTableWithTheSeedsColumns() {
        String markdown = better(List.of()).markdown();

        assertThat(markdown).contains("| Dates | Good practices examined | Participants |\n| --- | --- | --- |\n");
        assertThat(markdown).contains("| 17 July 2021 | - Digital services to citizens – \"Digital Citizen Folder\" - \"Segnalaci\"<br>"
                + "- Digital services to enterprises – \"Platform for Labour Policies\"<br>");
        assertThat(markdown).contains("| Host: Gävle Visitors: Tartu; Birmingham; Genoa; Nyíregyháza |");
        String html = Markdown.toHtml(markdown);
        assertThat(html).contains("<th scope=\"col\">Good practices examined</th>")
                .contains("<td>17 July 2021</td>")
                .contains("<br>- Digital services to enterprises");
    }

    @Test
    void closesWithThePartnersByCountryTheMissionAndTheWebsite() {
        NewsletterDraft draft = better(List.of(EventType.STUDY_VISIT));

        assertThat(draft.about()).containsExactly(
                "BETTER is a project of the Interreg Europe 2014-2020 programme with five partners: "
                        + "Genoa-IT, Gävle-SE, Birmingham-GB, Tartu-EE, Nyíregyháza-HU.",
                "The project's mission: Stimulate the partners' regional innovation chains through improved regional "
                        + "innovation strategies, by improving e-government solutions.");
        assertThat(draft.markdown()).contains("[our website](<https://www.interregeurope.eu/better/>)");
    }

    @Test
    void tellsWhatThePartnersWillDoNextFromTheDemosSemesterSixTargetsAsTheSeedDoes() {
        NewsletterDraft draft = better(List.of(EventType.STUDY_VISIT));

        assertThat(draft.next()).isEqualTo("In the coming months, partner cities are to hold five more study visits, "
                + "five import workshops and five regional events.");
    }

    @Test
    void takesTheTypesHeldInThePeriodWhenNoneAreChosen() {
        Project better = projects.project("BETTER");

        assertThat(newsletters.typesHeld(better, FROM, TO)).containsExactly(EventType.STUDY_VISIT);
        assertThat(better(List.of()).rows()).hasSize(3);
        assertThat(better(List.of(EventType.IMPORT_WORKSHOP)).introduction())
                .isEqualTo("No learning events of the chosen types were held in this period.");
    }

    @Test
    void writesEventsKnownByMonthOrYearOnlyWithThatPrecision() {
        Project better = projects.project("BETTER");
        NewsletterDraft draft = newsletters.preview(better,
                new NewsletterRequest(LocalDate.of(2019, 8, 1), LocalDate.of(2020, 7, 31), List.of(EventType.THEMATIC_EVENT)));

        assertThat(draft.rows()).extracting(NewsletterDraft.Row::dates).containsExactly("October 2019", "2020");
        assertThat(draft.introduction()).isEqualTo("In the past months, partner cities held two 'Thematic events' as follows:");
    }
}
