package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.event.EventType;
import eu.practicehub.newsletter.Markdown;
import java.io.ByteArrayInputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Script that people type into any text field is shown as the text it is on every page, never run.
 * A copy of BETTER gets script payloads in every text field of every kind of record (through the
 * project document, so that all of them are stored at once), then every page of the project that
 * links lead to is read, as an administrator who sees drafts too, and none may hold a live payload.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StoredScriptTests {

    static final String PAYLOAD = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>";
    static final String ESCAPED = "&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt;";
    static final String MARKDOWN_PAYLOAD = """
            # News <script>alert(1)</script>

            <script>alert(1)</script>

            "><img src=x onerror=alert(1)>

            [x](javascript:alert(1)) [y](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==) ![z](javascript:alert(1))
            [w](JaVaScRiPt:alert(1)) <a href="javascript:alert(1)">a link</a> <img src=x onerror=alert(1)>

            | column | other |
            | --- | --- |
            | <script>alert(1)</script> | [x](javascript:alert(1)) |
            """;

    /** Fields that hold codes, dates, addresses or numbers rather than text a person reads. */
    private static final Set<String> NOT_TEXT = Set.of("key", "country", "nutsCode", "role", "organisationType", "timeZone", "contactEmail",
            "website", "onlineLink", "source", "type", "status", "mode", "datePrecision", "stage", "start", "end",
            "startDate", "endDate", "from", "to", "at", "identifiedOn", "endorsedOn", "updatedAt", "publishedAt", "publishedOn", "date",
            "kind", "startedAt", "costCurrency", "level", "body", "droppedReason", "abandonReason", "instrumentType",
            "language");

    private static final int MAX_PAGES = 600;
    private static final Pattern LINK = Pattern.compile("href=\"(/projects/[^\"#]+)");
    private static final Pattern LIVE_SCRIPT = Pattern.compile("(?i)<script>alert");
    private static final Pattern TAG = Pattern.compile("<([a-zA-Z][a-zA-Z0-9:-]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
    private static final Pattern ATTRIBUTE = Pattern.compile("([^\\s=/>\"']+)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+))?");
    private static final Pattern SCRIPT_ADDRESS = Pattern.compile("(?i)^\\s*(javascript|vbscript|data):");
    private static final Set<String> ADDRESS_ATTRIBUTES = Set.of("href", "src", "action", "formaction", "xlink:href", "srcdoc");

    @Autowired
    MockMvcTester mvc;

    String key;

    @BeforeAll
    void storeThePayloadsEverywhere() throws Exception {
        key = ApiTestProjects.freshKey("XSS");
        ObjectNode document = ApiTestProjects.exportOf(mvc, ApiTestProjects.BETTER);
        ((ObjectNode) document.get("project")).put("key", key);
        addTheOptionalTexts(document);
        fillEveryTextField(document);
        MvcTestResult imported = ApiTestProjects.importDocument(mvc, document);
        assertThat(imported).as(imported.getResponse().getContentAsString()).hasStatus(HttpStatus.CREATED);
        MvcTestResult generated = mvc.post().uri("/projects/{key}/newsletters/new", key)
                .param("from", "2019-08-01").param("to", "2023-07-31")
                .param("types", Arrays.stream(EventType.values()).map(Enum::name).toArray(String[]::new)).exchange();
        assertThat(generated).as("a newsletter written from the data").hasStatus(HttpStatus.FOUND);
    }

    @Test
    void noPageOfTheProjectShowsAPayloadLive() throws Exception {
        Set<String> read = new LinkedHashSet<>();
        List<String> live = new ArrayList<>();
        List<String> escapedOn = new ArrayList<>();
        Deque<String> toRead = new ArrayDeque<>(List.of("/projects/" + key, "/projects/" + key + "/news.atom",
                "/projects/" + key + "/events/at-risk", "/projects/" + key + "/reports/indicators",
                "/projects/" + key + "/newsletters/new?from=2019-08-01&to=2023-07-31&"
                        + Arrays.stream(EventType.values()).map(t -> "types=" + t).collect(Collectors.joining("&"))));
        while (!toRead.isEmpty() && read.size() < MAX_PAGES) {
            String path = toRead.poll();
            if (!read.add(path)) {
                continue;
            }
            MvcTestResult page = mvc.get().uri(path).exchange();
            assertThat(page.getResponse().getStatus()).as(path).isLessThan(400);
            String body = page.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
            String contentType = String.valueOf(page.getResponse().getContentType());
            if (page.getResponse().getStatus() != 200 || !(contentType.contains("html") || contentType.contains("xml"))) {
                continue;
            }
            live.addAll(liveIn(path, contentType.contains("atom") ? atomContent(body) : body));
            if (body.contains(ESCAPED) || body.contains("&lt;script&gt;alert(1)&lt;/script&gt;")) {
                escapedOn.add(path);
            }
            Matcher links = LINK.matcher(body);
            while (links.find()) {
                String link = links.group(1).replace("&amp;", "&");
                if (link.startsWith("/projects/" + key) && !isDownload(link) && !read.contains(link)) {
                    toRead.add(link);
                }
            }
        }
        assertThat(live).isEmpty();
        assertThat(read).as("pages read").hasSizeGreaterThan(40);
        List<String> mustShowTheText = List.of("/projects/" + key, "/projects/" + key + "/practices",
                "/projects/" + key + "/events", "/projects/" + key + "/events/timeline", "/projects/" + key + "/transfers",
                "/projects/" + key + "/action-plans", "/projects/" + key + "/challenges", "/projects/" + key + "/restrictions",
                "/projects/" + key + "/dashboard", "/projects/" + key + "/news", "/projects/" + key + "/map");
        assertThat(escapedOn).as("pages that show the payload as text").hasSizeGreaterThan(30)
                .containsAll(mustShowTheText.stream().filter(read::contains).toList());
        assertThat(read).as("record pages of each kind").anyMatch(p -> p.matches(".*/practices/\\d+"))
                .anyMatch(p -> p.matches(".*/events/\\d+")).anyMatch(p -> p.matches(".*/transfers/\\d+"))
                .anyMatch(p -> p.matches(".*/action-plans/\\d+")).anyMatch(p -> p.matches(".*/challenges/\\d+"))
                .anyMatch(p -> p.matches(".*/partners/\\d+")).anyMatch(p -> p.matches(".*/news/\\d+"))
                .anyMatch(p -> p.matches(".*/newsletters/\\d+")).anyMatch(p -> p.matches(".*/semesters/\\d+"));
    }

    @Test
    void theLivePreviewOfANewsletterShowsMarkdownPayloadsAsText() throws Exception {
        MvcTestResult preview = mvc.post().uri("/projects/{key}/newsletters/preview", key).param("body", MARKDOWN_PAYLOAD)
                .exchange();

        assertThat(preview).hasStatusOk();
        String body = preview.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(liveIn("preview", body)).isEmpty();
        assertThat(body).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "<table class=\"table\">");
    }

    @Test
    void theMarkdownRendererEscapesRawHtmlAndDropsScriptAddresses() {
        String html = Markdown.toHtml(MARKDOWN_PAYLOAD);

        assertThat(liveIn("markdown", html)).isEmpty();
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "&lt;img src=x onerror=alert(1)&gt;",
                "&lt;a href=&quot;javascript:alert(1)&quot;&gt;", "href=\"\">x</a>");
        assertThat(Markdown.toHtml("[ok](https://example.org/) [mail](mailto:a@example.org) [here](/projects/BETTER)"))
                .contains("href=\"https://example.org/\"", "href=\"mailto:a@example.org\"", "href=\"/projects/BETTER\"");
    }

    @Test
    void aScriptAddressIsRefusedInEveryAddressField() {
        ObjectNode document = ApiTestProjects.exportOf(mvc, ApiTestProjects.BETTER);
        String refusedKey = ApiTestProjects.freshKey("XSS-URL");
        ObjectNode project = (ObjectNode) document.get("project");
        project.put("key", refusedKey).put("website", "javascript:alert(1)");
        ((ObjectNode) document.get("partners").get(0)).put("website", "javascript:alert(1)");
        ((ObjectNode) document.get("practices").get(0)).put("website", "javascript:alert(1)");
        ((ObjectNode) document.get("events").get(0)).put("onlineLink", "javascript:alert(1)");
        ((ObjectNode) document.get("restrictions").get(0)).put("source", "javascript:alert(1)");

        MvcTestResult refused = ApiTestProjects.importDocument(mvc, document);

        assertThat(refused).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(mvc.get().uri("/api/v1/projects/{key}", refusedKey).exchange()).hasStatus(HttpStatus.NOT_FOUND);
        for (String field : List.of("project", "partner", "practice", "event", "restriction")) {
            ObjectNode one = ApiTestProjects.exportOf(mvc, ApiTestProjects.BETTER);
            ((ObjectNode) one.get("project")).put("key", ApiTestProjects.freshKey("XSS-URL"));
            switch (field) {
                case "project" -> ((ObjectNode) one.get("project")).put("website", "javascript:alert(1)");
                case "partner" -> ((ObjectNode) one.get("partners").get(1)).put("website", "JavaScript:alert(1)");
                case "practice" -> ((ObjectNode) one.get("practices").get(1)).put("website", "javascript:alert(1)");
                case "event" -> ((ObjectNode) one.get("events").get(1)).put("onlineLink", "data:text/html,<script>alert(1)</script>");
                default -> ((ObjectNode) one.get("restrictions").get(0)).put("source", "javascript:alert(1)");
            }
            assertThat(ApiTestProjects.importDocument(mvc, one)).as(field).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        }
    }

    /** What on the page would run: a script element, an error handler attribute, a script address. */
    static List<String> liveIn(String path, String html) {
        List<String> found = new ArrayList<>();
        Matcher script = LIVE_SCRIPT.matcher(html);
        while (script.find()) {
            found.add(path + ": …" + html.substring(Math.max(0, script.start() - 60), Math.min(html.length(), script.end() + 40)));
        }
        Matcher tag = TAG.matcher(html);
        while (tag.find()) {
            Matcher attribute = ATTRIBUTE.matcher(tag.group(2));
            while (attribute.find()) {
                String name = attribute.group(1).toLowerCase(java.util.Locale.ROOT);
                String value = attribute.group(2) == null ? "" : attribute.group(2).replaceAll("^[\"']|[\"']$", "");
                if (name.startsWith("on") || ADDRESS_ATTRIBUTES.contains(name) && SCRIPT_ADDRESS.matcher(decoded(value)).find()) {
                    found.add(path + ": " + tag.group());
                }
            }
        }
        return found;
    }

    /** An attribute's value as the browser reads it: character references resolved. */
    private static String decoded(String value) {
        return org.springframework.web.util.HtmlUtils.htmlUnescape(value).replaceAll("[\\s\\x00-\\x1f]", "");
    }

    /** The HTML of the feed's entries as a feed reader shows it: held as text in the XML (titles are plain text). */
    private static String atomContent(String xml) {
        try {
            var factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document feed = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            StringBuilder html = new StringBuilder();
            NodeList contents = feed.getElementsByTagNameNS("*", "content");
            for (int i = 0; i < contents.getLength(); i++) {
                html.append(contents.item(i).getTextContent()).append('\n');
            }
            assertThat(html.toString()).as("the feed's entries hold the payload").contains("alert(1)");
            return html.toString();
        } catch (Exception e) {
            throw new AssertionError("the Atom feed is not XML", e);
        }
    }

    private static boolean isDownload(String link) {
        String path = link.replaceAll("\\?.*", "");
        return path.matches(".*\\.(ics|csv|xlsx|docx|pdf|md|json)$") || path.endsWith("/delete");
    }

    /** Texts the demo leaves out, so that every field is there to hold a payload. */
    private static void addTheOptionalTexts(ObjectNode document) {
        String theme = document.get("themes").get(0).asString();
        ArrayNode challenges = document.putArray("challenges");
        for (JsonNode partner : document.get("partners")) {
            ((ObjectNode) partner).put("contactName", "Contact of " + partner.get("shortName").asString());
            ObjectNode challenge = challenges.addObject().put("partner", partner.get("shortName").asString())
                    .put("title", "Challenge of " + partner.get("shortName").asString()).put("description", "What to solve");
            challenge.putArray("themes").add(theme);
        }
        for (JsonNode event : document.get("events")) {
            ((ObjectNode) event).put("agenda", "Agenda").put("lessonsLearnt", "Lessons");
            if ("HELD".equals(event.get("status").asString())) {
                ((ObjectNode) event).put("minutes", "Minutes");
            }
        }
        for (JsonNode transfer : document.get("transfers")) {
            ObjectNode assessment = transfer.get("assessment") instanceof ObjectNode existing ? existing
                    : ((ObjectNode) transfer).putObject("assessment");
            for (String notes : List.of("legalNotes", "organisationalNotes", "technicalNotes", "financialNotes", "kept",
                    "adapted", "verdict")) {
                assessment.put(notes, "Notes");
            }
        }
        for (JsonNode plan : document.get("actionPlans")) {
            ((ObjectNode) plan).put("otherOrganisations", "Other organisations").put("contactName", "Contact");
            for (JsonNode action : plan.get("actions")) {
                ((ObjectNode) action).put("description", "Description").put("players", "Players")
                        .put("fundingSources", "Funding");
            }
        }
    }

    /** Every text a person writes gets the payload; names that records use to refer to each other change alike. */
    private static void fillEveryTextField(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : new ArrayList<>(object.properties())) {
                JsonNode value = field.getValue();
                if (value.isString() && !NOT_TEXT.contains(field.getKey())) {
                    object.put(field.getKey(), withPayload(value.asString()));
                } else if (value.isArray() && !NOT_TEXT.contains(field.getKey())) {
                    ArrayNode array = (ArrayNode) value;
                    for (int i = 0; i < array.size(); i++) {
                        if (array.get(i).isString()) {
                            array.set(i, StringNode.valueOf(withPayload(array.get(i).asString())));
                        } else {
                            fillEveryTextField(array.get(i));
                        }
                    }
                } else if (field.getKey().equals("body")) {
                    object.put("body", MARKDOWN_PAYLOAD);
                } else {
                    fillEveryTextField(value);
                }
            }
        }
    }

    private static String withPayload(String text) {
        return text + " " + PAYLOAD;
    }
}
