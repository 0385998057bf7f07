package eu.practicehub.event.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The whole stack over real HTTP: the seed newsletter's study visits, read back through the API. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
@Tag("database")
class StudyVisitsOverHttpTests {

    @Autowired
    RestTestClient http;

    record Page(List<Visit> content) {
    }

    record Visit(String type, String start, String end, String host, List<String> participants, String mode,
            List<Practice> practices, String status) {
    }

    record Practice(String title, List<String> themes) {
    }

    @Test
    void readsBackTheThreeStudyVisitsAsTheSemesterFiveNewsletterListsThem() {
        Page page = http.get().uri("/api/v1/projects/BETTER/events?type=STUDY_VISIT").accept(MediaType.APPLICATION_JSON)
                .exchange().expectStatus().isOk().expectBody(Page.class).returnResult().getResponseBody();

        assertThat(page.content()).extracting(Visit::start, Visit::end, Visit::host, Visit::participants)
                .containsExactly(
                        tuple("2021-07-17", "2021-07-17", "Genoa",
                                List.of("Birmingham", "Gävle", "Nyíregyháza")),
                        tuple("2021-09-13", "2021-09-13", "Nyíregyháza",
                                List.of("Genoa", "Gävle", "Birmingham")),
                        tuple("2021-10-27", "2021-10-27", "Gävle",
                                List.of("Tartu", "Birmingham", "Genoa", "Nyíregyháza")));
        assertThat(page.content()).allSatisfy(visit -> {
            assertThat(visit.type()).isEqualTo("STUDY_VISIT");
            assertThat(visit.mode()).isEqualTo("VIRTUAL");
            assertThat(visit.status()).isEqualTo("HELD");
        });
        assertThat(page.content().get(0).practices()).containsExactly(
                new Practice("Digital Citizen Folder", List.of("Digital services to citizens")),
                new Practice("Segnalaci", List.of("Digital services to citizens")),
                new Practice("Platform for Labour Policies", List.of("Digital services to enterprises")),
                new Practice("Technological update of the local Police operation Center", List.of("Security and resilience")),
                new Practice("Rain and hydrometric level data digital model", List.of("Security and resilience")));
        assertThat(page.content().get(1).practices()).containsExactly(
                new Practice("Lego education innovation studio", List.of()),
                new Practice("Digital tree – Innovation Habitat", List.of()));
        assertThat(page.content().get(2).practices()).containsExactly(
                new Practice("Service design at Gävle municipality", List.of()),
                new Practice("E-services at Gävle municipality", List.of()));
    }

    @Test
    void answersAnUnknownApiAddressOverHttpWithAProblemDocument() {
        http.get().uri("/api/v1/projects/BETTER/no-such-resource").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.instance").isEqualTo("/api/v1/projects/BETTER/no-such-resource");
    }
}
