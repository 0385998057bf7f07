package eu.practicehub.bench;

import static eu.practicehub.ApiTestProjects.exportOf;
import static eu.practicehub.ApiTestProjects.importDocument;
import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.exchange.ProjectDocument;
import eu.practicehub.exchange.ProjectDocument.PracticeData;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The generated programme-scale documents are documents the import accepts, and they round-trip. */
@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class InterregScaleDataTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvcTester mvc;

    @Test
    void generatedProjectsImportAndExportAsGenerated() {
        List<ProjectDocument> documents = InterregScaleData.projects(3).projects().toList();
        for (ProjectDocument document : documents) {
            JsonNode generated = JSON.valueToTree(document);
            MvcTestResult imported = importDocument(mvc, generated);
            assertThat(imported).as(() -> new String(imported.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8)).hasStatus(HttpStatus.CREATED);
            String key = document.project().key();
            JsonNode exported = exportOf(mvc, key);
            assertThat(exported.get("practices")).hasSize(document.practices().size());
            assertThat(exported.get("events")).hasSize(document.events().size());
            assertThat(exported.get("transfers")).hasSize(document.transfers().size());
            assertThat(exported.get("actionPlans")).hasSize(document.actionPlans().size());
            assertThat(exported.get("partners")).hasSize(document.partners().size());
            // The text keeps its accents through the import and the export.
            assertThat(java.util.stream.StreamSupport.stream(exported.get("practices").spliterator(), false)
                    .map(p -> p.get("title").asString()).toList())
                    .containsExactlyInAnyOrderElementsOf(document.practices().stream().map(PracticeData::title).toList());

            // Imported again unchanged, the project is brought in line with itself: nothing changes.
            assertThat(importDocument(mvc, generated)).hasStatus(HttpStatus.OK);
            assertThat(exportOf(mvc, key)).isEqualTo(exported);
        }
    }

    @Test
    void aLargeProjectImports() {
        ProjectDocument large = InterregScaleData.largeProject(400, 100);
        MvcTestResult imported = importDocument(mvc, JSON.valueToTree(large));
        assertThat(imported).as(() -> new String(imported.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8)).hasStatus(HttpStatus.CREATED);
        JsonNode exported = exportOf(mvc, large.project().key());
        assertThat(exported.get("practices")).hasSize(400);
        assertThat(exported.get("events")).hasSize(100);
    }

    @Test
    void theSameProjectIsGeneratedEveryTimeAndProjectsDiffer() {
        assertThat(InterregScaleData.project(17)).isEqualTo(InterregScaleData.project(17));
        assertThat(InterregScaleData.project(17).project().key()).isNotEqualTo(InterregScaleData.project(18).project().key());
    }

    @Test
    void theTextIsMultilingualAndSearchable() {
        List<String> titles = InterregScaleData.interregEurope(1).projects().limit(60)
                .flatMap(d -> d.practices().stream()).map(p -> p.title() + " " + p.summary() + " " + p.location()).toList();
        assertThat(titles).anyMatch(t -> t.contains("recycling")).anyMatch(t -> !t.contains("recycling"));
        assertThat(titles).anyMatch(t -> t.contains("Göteborg")).anyMatch(t -> t.contains("Nyíregyháza"))
                .anyMatch(t -> t.contains("Tõrva")).anyMatch(t -> t.contains("Città"));
        assertThat(titles).anyMatch(t -> t.contains("riciclo") || t.contains("raccolta"))
                .anyMatch(t -> t.contains("återvinning") || t.contains("återbruk"));
    }
}
