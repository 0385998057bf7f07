package eu.practicehub.newsletter;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.PartnershipDocuments;
import eu.practicehub.event.EventType;
import eu.practicehub.project.ProjectService;
import eu.practicehub.web.PageTest;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** A newsletter says “partner cities” only when every partner counted is a city, and counts no advisory partner. */
@PageTest
class PartnerWordingTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    NewsletterService newsletters;
    @Autowired
    ProjectService projects;

    @Test
    void aPartnershipOfRegionsAndAnAdvisoryPartnerIsWrittenAsPartnersAndCountsOnlyItsRegions() {
        String key = PartnershipDocuments.importAdvisory(mvc);

        NewsletterDraft draft = newsletters.preview(projects.project(key),
                new NewsletterRequest(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30), List.of(EventType.STUDY_VISIT)));

        assertThat(draft.introduction()).isEqualTo("In the past months, the partners held one 'Study visit' as follows:");
        assertThat(draft.about()).startsWith(
                "Advisory test project is a project of the Interreg Europe programme with two partners: Alba-IT, Västra-SE.",
                "Also taking part: Citynet-BE (advisory partner), Ministry-IT (associated policy authority).");
        assertThat(draft.markdown()).doesNotContain("partner cities");
    }

    @Test
    void aNetworkOfCitiesIsWrittenAsPartnerCities() {
        String key = PartnershipDocuments.importTransferNetwork(mvc);

        NewsletterDraft draft = newsletters.preview(projects.project(key),
                new NewsletterRequest(LocalDate.of(2019, 3, 1), LocalDate.of(2019, 3, 31), List.of()));

        assertThat(draft.introduction()).startsWith("In the past months, partner cities held");
        assertThat(draft.about()).first().asString().contains("with three partners: Naples-IT, Gdańsk-PL, Riga-LV.");
    }
}
