package eu.practicehub.actionplan.documents;

import static eu.practicehub.actionplan.documents.PdfContent.child;
import static eu.practicehub.actionplan.documents.PdfContent.titles;
import static eu.practicehub.actionplan.documents.PdfContent.word;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.LibreOffice;
import eu.practicehub.actionplan.ActionPlan;
import eu.practicehub.actionplan.ActionPlanService;
import eu.practicehub.actionplan.ActionSpec;
import eu.practicehub.actionplan.ActionStatus;
import eu.practicehub.actionplan.BackgroundLink;
import eu.practicehub.actionplan.IndicatorSpec;
import eu.practicehub.actionplan.InstrumentType;
import eu.practicehub.actionplan.LinkKind;
import eu.practicehub.actionplan.PlanSpec;
import eu.practicehub.actionplan.PlanStatus;
import eu.practicehub.actionplan.StatusMove;
import eu.practicehub.actionplan.UpdateSpec;
import eu.practicehub.actionplan.documents.PdfContent.Word;
import eu.practicehub.event.DatePrecision;
import eu.practicehub.event.EventMode;
import eu.practicehub.event.EventService;
import eu.practicehub.event.EventSpec;
import eu.practicehub.event.EventStatus;
import eu.practicehub.event.EventType;
import eu.practicehub.practice.PracticeService;
import eu.practicehub.practice.PracticeSpec;
import eu.practicehub.project.PartnerRole;
import eu.practicehub.project.PartnerSpec;
import eu.practicehub.project.Phase;
import eu.practicehub.project.Project;
import eu.practicehub.project.ProjectService;
import eu.practicehub.project.ProjectSpec;
import eu.practicehub.web.PageTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * A plan with two actions, indicators with values, a monitoring update and an endorsement, downloaded
 * as DOCX and PDF and read back with Apache POI and PDFBox (the DOCX also as LibreOffice prints it), on a project of this test's own whose
 * learning phase ended before {@link PageTest#TODAY}, so that the plan can be monitored.
 */
@PageTest
class ActionPlanDocumentsTests {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final List<String> PARTS = List.of("Part I – General information", "Part II – Policy context",
            "Part III – Details of the actions envisaged", "Endorsement", "Status of the plan");
    static final List<String> ACTIONS = List.of("Action 1: Citizen reports app", "Action 2: Lego studio for schools");

    @Autowired
    MockMvcTester mvc;
    @Autowired
    ProjectService projects;
    @Autowired
    PracticeService practices;
    @Autowired
    EventService events;
    @Autowired
    ActionPlanService plans;

    Project project;
    String planUri;
    String eventTitle;

    @BeforeEach
    void writeAPlan() {
        String key = "DOC" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        project = projects.createOrUpdate(new ProjectSpec(key, "Documents " + key, null, null, LocalDate.of(2019, 8, 1), 6, null,
                List.of(new Phase("Learning phase", LocalDate.of(2019, 8, 1), LocalDate.of(2021, 7, 31)),
                        new Phase("Monitoring phase", LocalDate.of(2021, 8, 1), LocalDate.of(2022, 7, 31)))));
        projects.createOrUpdatePartner(project, new PartnerSpec("Gävle", "Gävle kommun", "SE", "SE313",
                PartnerRole.PARTNER, "Europe/Stockholm", null, null, null));
        projects.createOrUpdatePartner(project, new PartnerSpec("Nyíregyháza", "Nyíregyháza Megyei Jogú Város", "HU", "HU323",
                PartnerRole.PARTNER, "Europe/Budapest", null, null, null));
        long practiceId = practices.create(project, new PracticeSpec("Segnalaci", "Gävle", List.of(), null, null, null, null,
                null, null, null, null, null, null)).getId();
        long eventId = events.create(project, new EventSpec(EventType.STUDY_VISIT, "Study visit in Gävle", LocalDate.of(2021, 7, 17),
                null, LocalDate.of(2021, 7, 17), null, DatePrecision.DAY, null, "Gävle", List.of("Nyíregyháza"), EventMode.VIRTUAL,
                null, null, List.of("Segnalaci"), null, null, null, EventStatus.HELD)).getId();
        eventTitle = "Study visit in Gävle (2021-07-17)";

        ActionPlan plan = plans.create(project, "Nyíregyháza", new PlanSpec("Szabolcs-Szatmár-Bereg County", "Éva Kovács",
                "eva.kovacs@example.org", "TOP Plusz", InstrumentType.INVESTMENT_FOR_GROWTH_AND_JOBS, "Fund digital citizen services"));
        long id = plan.getId();
        long appId = plans.addAction(project, id, new ActionSpec("Citizen reports app",
                List.of(BackgroundLink.of(LinkKind.PRACTICE, practiceId), BackgroundLink.of(LinkKind.EVENT, eventId)),
                "Seen at the study visit in Gävle", "Build a reporting app", "City IT office with Gävle kommun",
                LocalDate.of(2021, 9, 1), LocalDate.of(2022, 6, 30), new BigDecimal("250000.50"), "EUR", "ERDF and the city",
                ActionStatus.IN_PROGRESS, null, 40, List.of(
                        new IndicatorSpec("Users", "people", BigDecimal.ZERO, new BigDecimal("2000")),
                        new IndicatorSpec("Reports", "per month", BigDecimal.TEN, new BigDecimal("500"))))).getId();
        plans.addAction(project, id, new ActionSpec("Lego studio for schools", List.of(), null, "Open a studio", "Schools",
                LocalDate.of(2022, 1, 1), null, new BigDecimal("12000"), "SEK", "City budget (€ 1,100)",
                ActionStatus.ABANDONED, "Merged into the reports app", 10, List.of()));
        long version = plans.move(project, id, plans.plan(project, id).getVersion(), new StatusMove(PlanStatus.SUBMITTED, null, null)).getVersion();
        version = plans.move(project, id, version, new StatusMove(PlanStatus.ENDORSED, "Nyíregyháza City Council", LocalDate.of(2021, 6, 30))).getVersion();
        plans.move(project, id, version, new StatusMove(PlanStatus.IN_MONITORING, null, null));
        plans.recordUpdate(project, id, appId, new UpdateSpec(5, LocalDate.of(2022, 1, 10), "App launched", "Press release",
                Map.of("Users", new BigDecimal("1200"), "Reports", new BigDecimal("150"))));
        planUri = "/projects/" + key + "/action-plans/" + id;
    }

    @Test
    void theDocxHoldsEveryFieldInTheTemplatesOrder() throws IOException {
        MvcTestResult download = mvc.get().uri(planUri + "/document.docx").exchange();

        assertThat(download).hasStatusOk().hasContentType(DOCX);
        assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION)).isEqualTo("attachment; filename=\""
                + project.getKey() + "-Nyiregyhaza-action-plan.docx\"; filename*=UTF-8''" + project.getKey()
                + "-Ny%C3%ADregyh%C3%A1za-action-plan.docx");
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(download.getResponse().getContentAsByteArray()));
             XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            assertInTemplateOrder(extractor.getText());
            assertThat(document.getTables()).hasSize(1);
            assertThat(document.getTables().get(0).getRow(1).getCell(4).getText()).isEqualTo("1200");
            assertThat(styled(document, "Heading1")).containsExactlyElementsOf(PARTS);
            assertThat(styled(document, "Heading2")).containsExactlyElementsOf(ACTIONS);
        }
    }

    @Test
    void libreOfficeReadsTheDocxHeadingsAsTheOutlineOfThePlan() throws Exception {
        LibreOffice.requireInstalled();
        byte[] docx = mvc.get().uri(planUri + "/document.docx").exchange().getResponse().getContentAsByteArray();

        try (PDDocument pdf = Loader.loadPDF(LibreOffice.convertToPdf(docx, "docx"))) {
            PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
            assertThat(outline).as("the PDF LibreOffice prints has bookmarks drawn from the headings").isNotNull();
            assertThat(titles(outline)).containsExactlyElementsOf(PARTS);
            PDOutlineItem partThree = child(outline, PARTS.get(2));
            assertThat(titles(partThree)).containsExactlyElementsOf(ACTIONS);
            assertThat(titles(child(partThree, ACTIONS.get(0))))
                    .containsExactly("Background: how the project inspired this action", "Indicators", "Monitoring updates");
            assertThat(titles(child(child(partThree, ACTIONS.get(0)), "Monitoring updates")))
                    .containsExactly("Semester 5, 10 January 2022");
        }
    }

    @Test
    void thePdfDrawsTheIndicatorsAsATableAndHasABookmarkForEachPart() throws IOException {
        byte[] content = mvc.get().uri(planUri + "/document.pdf").exchange().getResponse().getContentAsByteArray();

        try (PDDocument pdf = Loader.loadPDF(content)) {
            PDDocumentOutline outline = pdf.getDocumentCatalog().getDocumentOutline();
            assertThat(titles(outline)).containsExactlyElementsOf(PARTS);
            assertThat(titles(child(outline, PARTS.get(2)))).containsExactlyElementsOf(ACTIONS);

            List<Word> words = PdfContent.words(pdf);
            Word users = word(words, "Users");
            Word reports = word(words, "Reports");
            assertThat(reports.left()).as("names in one column").isEqualTo(users.left());
            assertThat(reports.baseline()).as("one row each").isGreaterThan(users.baseline());
            assertThat(word(words, "per month").left()).as("units in the next").isEqualTo(word(words, "people").left())
                    .isGreaterThan(users.right());
            assertThat(word(words, "2000").baseline()).isEqualTo(users.baseline());
            float target = word(words, "Target").right();
            assertThat(List.of(word(words, "2000").right(), word(words, "500").right()))
                    .as("numbers aligned right under their heading").allSatisfy(right -> assertThat(right).isCloseTo(target, within(0.1f)));
            assertThat(word(words, "1200").right()).isCloseTo(word(words, "150").right(), within(0.1f)).isGreaterThan(target);
            assertThat(PdfContent.rectangles(pdf.getPage(users.page() - 1))).as("ruled cells").isGreaterThanOrEqualTo(3 * 5);
            assertThat(pdfText(content)).doesNotContain("|");
        }
    }

    @Test
    void thePdfHoldsEveryFieldInTheTemplatesOrderWithTheirAccents() throws IOException {
        MvcTestResult download = mvc.get().uri(planUri + "/document.pdf").exchange();

        assertThat(download).hasStatusOk().hasContentType("application/pdf");
        assertThat(download.getResponse().getHeader(HttpHeaders.CONTENT_DISPOSITION))
                .startsWith("attachment; filename=\"" + project.getKey() + "-Nyiregyhaza-action-plan.pdf\"");
        assertInTemplateOrder(pdfText(download.getResponse().getContentAsByteArray()));
    }

    @Test
    void theApiAnswersWithTheFormatAskedFor() throws IOException {
        String apiUri = "/api/v1" + planUri + "/document";

        MvcTestResult docx = mvc.get().uri(apiUri).header(HttpHeaders.ACCEPT, DOCX).exchange();
        assertThat(docx).hasStatusOk().hasContentType(DOCX);
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx.getResponse().getContentAsByteArray()))) {
            assertThat(document.getParagraphs().get(0).getText()).isEqualTo("Regional Action Plan of Nyíregyháza");
        }
        MvcTestResult pdf = mvc.get().uri(apiUri).header(HttpHeaders.ACCEPT, "application/pdf").exchange();
        assertThat(pdf).hasStatusOk().hasContentType("application/pdf");
        assertThat(pdfText(pdf.getResponse().getContentAsByteArray())).contains("Regional Action Plan of Nyíregyháza");
        assertThat(mvc.get().uri(apiUri).header(HttpHeaders.ACCEPT, "text/csv").exchange()).hasStatus(HttpStatus.NOT_ACCEPTABLE);
    }

    @Test
    void theApiDocumentationNamesBothFormatsAndThePageAddresses() {
        JsonNode operation = ApiTestProjects.json(mvc.get().uri("/v3/api-docs").exchange())
                .at("/paths/~1api~1v1~1projects~1{key}~1action-plans~1{id}~1document/get");

        assertThat(operation.at("/responses/200/content").propertyNames()).containsExactlyInAnyOrder(DOCX, "application/pdf");
        assertThat(operation.get("description").asString()).contains("/projects/{key}/action-plans/{id}/document.docx", "document.pdf");
    }

    @Test
    void thePlanPageLinksBothDownloadsAndAnUnknownPlanIsNotFound() {
        assertThat(mvc.get().uri(planUri).exchange()).hasStatusOk().bodyText()
                .contains("href=\"" + planUri + "/document.docx\"", "Download as DOCX")
                .contains("href=\"" + planUri + "/document.pdf\"", "Download as PDF");
        String unknown = "/projects/" + project.getKey() + "/action-plans/999999999";
        assertThat(mvc.get().uri(unknown + "/document.docx").exchange()).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get().uri(unknown + "/document.pdf").exchange()).hasStatus(HttpStatus.NOT_FOUND);
    }

    private static List<String> styled(XWPFDocument document, String style) {
        return document.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    private void assertInTemplateOrder(String text) {
        assertAppearInOrder(text,
                "Regional Action Plan of Nyíregyháza", project.getName(), "Nyíregyháza Megyei Jogú Város",
                "Part I – General information",
                "Project", project.getName(),
                "Partner organisation", "Nyíregyháza Megyei Jogú Város",
                "Other partner organisations involved", "Szabolcs-Szatmár-Bereg County",
                "Country", "Hungary",
                "NUTS region", "HU323",
                "Contact person", "Éva Kovács", "eva.kovacs@example.org",
                "Part II – Policy context",
                "Policy instrument addressed", "TOP Plusz",
                "Type of policy instrument", "Investment for Growth and Jobs programme (ERDF)",
                "How the policy instrument should be improved", "Fund digital citizen services",
                "Part III – Details of the actions envisaged",
                "Action 1: Citizen reports app",
                "Background: how the project inspired this action", "good practice", "Segnalaci", "event", eventTitle,
                "Seen at the study visit in Gävle",
                "The action", "Build a reporting app",
                "Players involved", "City IT office with Gävle kommun",
                "Timeframe", "1 September 2021 to 30 June 2022",
                "Indicative costs", "250,000.50 EUR",
                "Funding sources", "ERDF and the city",
                "Status", "In progress",
                "Progress", "40 %",
                "Indicators", "Indicator", "Unit", "Baseline", "Target", "Semester 5",
                "Users", "people", "0", "2000", "1200",
                "Reports", "per month", "10", "500", "150",
                "Monitoring updates", "Semester 5, 10 January 2022",
                "What was done", "App launched", "Evidence", "Press release",
                "Action 2: Lego studio for schools",
                "No practices, events or transfers linked.",
                "Open a studio", "Schools", "1 January 2022 to ?",
                "12,000.00 SEK", "City budget (€ 1,100)",
                "Abandoned", "Reason for abandoning it", "Merged into the reports app", "10 %",
                "No indicators.", "No monitoring updates yet.",
                "Endorsement", "Endorsed by", "Nyíregyháza City Council", "Endorsed on", "30 June 2021",
                "Status of the plan", "The plan is In monitoring.", "Progress of the plan", "40 %");
    }

    /** Each text occurs after the one before it. */
    private static void assertAppearInOrder(String text, String... expected) {
        int from = 0;
        for (String part : expected) {
            int at = text.indexOf(part, from);
            assertThat(at).as("“%s” after position %d of:%n%s", part, from, text).isGreaterThanOrEqualTo(0);
            from = at + part.length();
        }
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
