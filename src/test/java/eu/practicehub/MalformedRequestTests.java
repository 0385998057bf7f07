package eu.practicehub;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.TestAccounts;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated from the API's own OpenAPI document: every write endpoint it lists gets malformed
 * requests over real HTTP, sent by an administrator so that nothing stops them before the input is
 * read. Values of the wrong kind, missing and unknown fields, huge and deeply nested values, control
 * characters, bytes that are not UTF-8, bad ids and parameters, and every body type but JSON. None
 * may answer 5xx; every refusal is a problem document in our words that left every table as it was.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedRequestTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Pattern PATH_PARAMETER = Pattern.compile("\\{([^}]+)}");
    private static final String UNKNOWN = "zz-unknown";
    /** What a problem text never names: the parser's and the framework's internals. */
    private static final List<String> INTERNALS = List.of("Jackson", "jackson", "Feature", "Exception", "java.",
            "tools.", "org.", "[Source", "Source:", "JSON parse", "token '");

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    DataSource dataSource;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<Integer, AtomicInteger> answers = new TreeMap<>();
    private String key;
    private String token;
    private long tokenId;
    private String snapshotQuery;
    private JsonNode api;

    /** One request to send: what it is, and its method, address, body type and body. */
    record Probe(String name, String method, String path, String contentType, byte[] body) {
    }

    @BeforeAll
    void aCopyOfBetterAndAnAdministratorWithAToken() throws Exception {
        key = ApiTestProjects.copyOfBetter(mvc, "MALFORMED");
        Account admin = TestAccounts.create(accounts, "malformed", true);
        AccountService.NewToken created = TestAccounts.as(admin, () -> accounts.createToken("malformed requests"));
        token = created.secret();
        // The token endpoints are probed on a token of their own, so that a revoke let through spares the one sending.
        tokenId = TestAccounts.as(admin, () -> accounts.createToken("probed")).token().getId();
        snapshotQuery = snapshotQuery();
        api = JSON.readTree(send(new Probe("api docs", "GET", "/v3/api-docs", null, null)).body());
    }

    @AfterAll
    void printTheAnswers() {
        System.out.println("Malformed requests over HTTP, answers by status: " + answers);
    }

    @TestFactory
    Stream<DynamicTest> noMalformedRequestToAWriteEndpointGetsA5xxOrChangesAnything() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
                String method = operation.getKey().toUpperCase();
                if (List.of("POST", "PUT", "PATCH", "DELETE").contains(method)) {
                    tests.add(DynamicTest.dynamicTest(method + " " + path.getKey(),
                            () -> probeAll(method, path.getKey(), operation.getValue())));
                }
            }
        }
        assertThat(tests).as("write endpoints in the OpenAPI document").hasSizeGreaterThan(30);
        tests.add(DynamicTest.dynamicTest("afterwards the project's export imports again", this::exportImportsAgain));
        return tests.stream();
    }

    /** Nothing the requests left behind keeps the project from being restored from its own export. */
    private void exportImportsAgain() throws Exception {
        HttpResponse<String> export = send(new Probe("export", "GET", "/api/v1/projects/" + key + "/export", null, null));
        assertThat(export.statusCode()).isEqualTo(200);

        HttpResponse<String> imported = send(new Probe("import", "POST", "/api/v1/projects/import", "application/json",
                bytes(export.body())));

        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    }

    private void probeAll(String method, String template, JsonNode operation) throws Exception {
        List<Probe> probes = probes(method, template, operation);
        List<String> failures = new ArrayList<>();
        for (Probe probe : probes) {
            Map<String, Object> before = snapshot();
            HttpResponse<String> answer = send(probe);
            answers.computeIfAbsent(answer.statusCode(), s -> new AtomicInteger()).incrementAndGet();
            String problem = problemOf(probe, answer);
            if (problem == null && answer.statusCode() >= 400 && !snapshot().equals(before)) {
                problem = "was refused with " + answer.statusCode() + " but changed the database";
            }
            if (problem != null) {
                failures.add(probe.name() + " → " + problem + ": " + abbreviated(answer.body()));
            }
        }
        assertThat(failures).as(method + " " + template + " (" + probes.size() + " requests)").isEmpty();
    }

    /** What is wrong with the answer, or null. */
    private static String problemOf(Probe probe, HttpResponse<String> answer) {
        int status = answer.statusCode();
        if (status >= 500) {
            return "answered " + status;
        }
        if (status < 400) {
            return null;
        }
        String type = answer.headers().firstValue("Content-Type").orElse("");
        if (!type.startsWith("application/problem+json")) {
            return "answered " + status + " as " + type + ", not as a problem document";
        }
        JsonNode problem = JSON.readTree(answer.body());
        String detail = problem.path("detail").asString("");
        if (problem.path("status").asInt() != status || detail.isBlank()) {
            return "answered a problem document without its status or detail";
        }
        String errors = problem.path("errors").toString();
        for (String internal : INTERNALS) {
            if (detail.contains(internal) || errors.contains(internal)) {
                return "named an internal (" + internal + ")";
            }
        }
        return null;
    }

    private List<Probe> probes(String method, String template, JsonNode operation) {
        Map<String, String> parameters = validPathParameters(template);
        String path = expand(template, parameters);
        String query = "DELETE".equals(method) || hasQueryParameter(operation, "version") ? "?version=0" : "";
        JsonNode schema = bodySchema(operation, "application/json");
        List<Probe> probes = new ArrayList<>();
        if (schema != null) {
            ObjectNode sample = (ObjectNode) sample(schema, 0);
            probes.addAll(bodyProbes(method, path + query, sample));
        } else if (bodySchema(operation, "text/csv") != null) {
            probes.addAll(csvProbes(method, path + query));
        }
        byte[] body = schema == null ? "a=%00&b=%ff".getBytes(StandardCharsets.ISO_8859_1) : bytes(sample(schema, 0).toString());
        for (String type : List.of("application/yaml", "application/xml", "*/*", "application/*", "text/plain",
                "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/problem+json",
                "application/json; charset=iso-8859-1", "application/json; charset=nonsense", "garbage", ";;", "")) {
            probes.add(new Probe("content type '" + type + "'", method, path + query, type, body));
        }
        probes.add(new Probe("a YAML body with control characters", method, path + query, "application/yaml",
                bytes("title: \"A\\0B\\e\"\nversion: 0\n")));
        for (String name : parameters.keySet()) {
            if (!"key".equals(name)) {
                for (String bad : List.of("0", "-1", "0x10", "99999999999999999999", "1.5", "%00", "%ff", "%c0%bc")) {
                    Map<String, String> broken = new LinkedHashMap<>(parameters);
                    broken.put(name, bad);
                    probes.add(new Probe(name + " = " + bad, method, expand(template, broken) + query,
                            schema == null ? null : "application/json", schema == null ? null : body));
                }
            }
        }
        probes.add(new Probe("unknown project", method, expand(template, Map.of("key", "NO-SUCH-PROJECT")) + query,
                schema == null ? null : "application/json", schema == null ? null : body));
        for (String bad : List.of("version=abc", "version=0x1", "version=1.5", "version=%ff", "version=%00",
                "version=99999999999999999999", "%00=1", "version")) {
            probes.add(new Probe("query " + bad, method, path + "?" + bad, schema == null ? null : "application/json",
                    schema == null ? null : body));
        }
        return probes;
    }

    private List<Probe> bodyProbes(String method, String path, ObjectNode sample) {
        List<Probe> probes = new ArrayList<>();
        for (String whole : List.of("", "null", "[]", "123", "\"text\"", "{", "{}}", "{\"a\":}", "{} {}",
                "{\"version\": NaN}", "{\"version\": 1e400}", "{\"version\": 99999999999999999999}", "{\"version\": 1.5}",
                "{\"version\": \"0x10\"}", "{}", "[" .repeat(5000) + "]".repeat(5000), "\uFEFF{}")) {
            probes.add(json("body " + abbreviated(whole), method, path, bytes(whole)));
        }
        probes.add(json("no body at all", method, path, null));
        ObjectNode unknown = sample.deepCopy();
        unknown.set(UNKNOWN, NODES.objectNode().put("nested", "\u0000"));
        probes.add(json("an unknown field", method, path, bytes(unknown.toString())));
        String first = sample.propertyNames().stream().findFirst().orElse(null);
        if (first != null) {
            String twice = sample.toString().replaceFirst("\\{", "{\"" + first + "\": null, ");
            probes.add(json("a key twice", method, path, bytes(twice)));
        }
        for (String field : sample.propertyNames()) {
            JsonNode value = sample.get(field);
            for (JsonNode wrong : wrongKinds(value)) {
                probes.add(json(field + " as " + wrong, method, path, bytes(with(sample, field, wrong).toString())));
            }
            probes.add(json(field + " missing", method, path, bytes(without(sample, field).toString())));
            if (value.isString() || value.isArray() && value.size() > 0 && value.get(0).isString()) {
                probes.addAll(textProbes(method, path, sample, field));
            }
        }
        String firstText = sample.propertyNames().stream().filter(field -> sample.get(field).isString()).findFirst()
                .orElse(first);
        if (firstText != null) {
            probes.add(json(firstText + " nested 3000 deep", method, path,
                    bytes(with(sample, firstText, NODES.nullNode()).toString().replace("\"" + firstText + "\":null",
                            "\"" + firstText + "\":" + "[".repeat(3000) + "]".repeat(3000)))));
            probes.add(json(firstText + " 1,000,000 characters long", method, path,
                    bytes(with(sample, firstText, NODES.stringNode("z".repeat(1_000_000))).toString())));
        }
        ObjectNode huge = sample.deepCopy();
        sample.propertyNames().forEach(field -> {
            if (sample.get(field).isString()) {
                huge.put(field, "x".repeat(150_000));
            }
        });
        probes.add(json("every text 150,000 characters long", method, path, bytes(huge.toString())));
        probes.add(json("a body over the size limit", method, path, bytes("{\"a\": \"" + "y".repeat(2_200_000) + "\"}")));
        return probes;
    }

    private List<Probe> textProbes(String method, String path, ObjectNode sample, String field) {
        List<Probe> probes = new ArrayList<>();
        boolean list = sample.get(field).isArray();
        for (String text : List.of("A\u0000B", "A\u001b[31mB", "A\ud800B", "A\uffffB")) {
            JsonNode value = list ? NODES.arrayNode().add(text) : NODES.stringNode(text);
            probes.add(json(field + " with U+" + Integer.toHexString(text.charAt(1)), method, path,
                    bytes(with(sample, field, value).toString())));
        }
        for (byte[] broken : List.of(new byte[] {(byte) 0xC0, (byte) 0xBC}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                new byte[] {(byte) 0xE2, (byte) 0x82})) {
            String marker = "MARKER-" + field;
            JsonNode value = list ? NODES.arrayNode().add(marker) : NODES.stringNode(marker);
            String body = with(sample, field, value).toString();
            int at = body.indexOf(marker);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.writeBytes(bytes(body.substring(0, at)));
            out.writeBytes(broken);
            out.writeBytes(bytes(body.substring(at + marker.length())));
            probes.add(json(field + " with bytes " + hex(broken), method, path, out.toByteArray()));
        }
        return probes;
    }

    private List<Probe> csvProbes(String method, String path) {
        List<Probe> probes = new ArrayList<>();
        for (String csv : List.of("", "country,from,to,level\n", "country,from,to,level\nIT,2020-03-09,2020-05-31,RESTRICTED\u0000\n",
                "country;from\n\"unterminated", "a,b\n" + "x,".repeat(10_000) + "\n", "\u0000\u0001\u0002")) {
            probes.add(new Probe("csv " + abbreviated(csv), method, path, "text/csv", bytes(csv)));
        }
        probes.add(new Probe("csv with bytes C0 BC", method, path, "text/csv",
                new byte[] {'c', 'o', 'u', 'n', 't', 'r', 'y', '\n', (byte) 0xC0, (byte) 0xBC, '\n'}));
        probes.add(new Probe("csv as JSON", method, path, "application/json", bytes("{\"country\": \"IT\"}")));
        return probes;
    }

    private static List<JsonNode> wrongKinds(JsonNode value) {
        List<JsonNode> wrong = new ArrayList<>(List.of(NODES.objectNode().put("a", 1)));
        if (value.isString()) {
            wrong.addAll(List.of(NODES.numberNode(12345), NODES.booleanNode(true), NODES.arrayNode().add(1)));
        } else if (value.isNumber()) {
            wrong.addAll(List.of(NODES.stringNode("0x10"), NODES.numberNode(1.5), NODES.booleanNode(false),
                    NODES.numberNode(-1), NODES.numberNode(Long.MAX_VALUE)));
        } else if (value.isBoolean()) {
            wrong.addAll(List.of(NODES.stringNode("yes"), NODES.numberNode(1)));
        } else if (value.isArray()) {
            wrong.addAll(List.of(NODES.stringNode("not a list"), NODES.arrayNode().addNull(), NODES.arrayNode().add(NODES.arrayNode())));
        } else if (value.isObject()) {
            wrong.addAll(List.of(NODES.stringNode("not an object"), NODES.numberNode(7)));
        }
        wrong.add(NODES.nullNode());
        return wrong;
    }

    /** A value of the schema's kind: enough for a request to reach the check of the field being broken. */
    private JsonNode sample(JsonNode schema, int depth) {
        JsonNode resolved = resolve(schema);
        String type = resolved.path("type").asString("object");
        if (resolved.has("enum")) {
            return resolved.get("enum").get(0);
        }
        return switch (type) {
            case "string" -> switch (resolved.path("format").asString("")) {
                case "date" -> NODES.stringNode("2021-07-17");
                case "date-time" -> NODES.stringNode("2021-07-17T10:00:00Z");
                default -> NODES.stringNode("Malformed request sample");
            };
            case "integer" -> NODES.numberNode(0);
            case "number" -> NODES.numberNode(1);
            case "boolean" -> NODES.booleanNode(true);
            case "array" -> depth > 3 ? NODES.arrayNode() : NODES.arrayNode().add(sample(resolved.path("items"), depth + 1));
            default -> {
                ObjectNode object = NODES.objectNode();
                if (depth <= 3 && resolved.has("properties")) {
                    resolved.get("properties").properties().forEach(p -> object.set(p.getKey(), sample(p.getValue(), depth + 1)));
                }
                yield object;
            }
        };
    }

    private JsonNode resolve(JsonNode schema) {
        JsonNode ref = schema.get("$ref");
        if (ref == null) {
            JsonNode oneOf = schema.has("oneOf") ? schema.get("oneOf") : schema.get("anyOf");
            return oneOf != null && oneOf.size() > 0 ? resolve(oneOf.get(0)) : schema;
        }
        String name = ref.asString().substring(ref.asString().lastIndexOf('/') + 1);
        return resolve(api.get("components").get("schemas").get(name));
    }

    private static JsonNode bodySchema(JsonNode operation, String type) {
        JsonNode content = operation.path("requestBody").path("content").path(type);
        return content.isMissingNode() ? null : content.path("schema");
    }

    private static boolean hasQueryParameter(JsonNode operation, String name) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (name.equals(parameter.path("name").asString()) && "query".equals(parameter.path("in").asString())) {
                return true;
            }
        }
        return false;
    }

    /** An existing record of the copied project for each path parameter, so that requests reach their body. */
    private Map<String, String> validPathParameters(String template) {
        Map<String, String> values = new LinkedHashMap<>();
        Matcher matcher = PATH_PARAMETER.matcher(template);
        long projectId = jdbc.queryForObject("select id from project where project_key = ?", Long.class, key);
        while (matcher.find()) {
            String name = matcher.group(1);
            String before = template.substring(0, matcher.start());
            String collection = before.replaceAll("/$", "").substring(before.replaceAll("/$", "").lastIndexOf('/') + 1);
            values.put(name, switch (name) {
                case "key" -> key;
                case "number" -> "5";
                case "actionId" -> first("select min(a.id) from plan_action a join action_plan p on p.id = a.plan_id "
                        + "join partner r on r.id = p.partner_id where r.project_id = ?", projectId);
                case "practiceId" -> first("select min(id) from practice where project_id = ?", projectId);
                case "revision" -> "1";
                default -> switch (collection) {
                    case "tokens" -> String.valueOf(tokenId);
                    case "practices" -> first("select min(id) from practice where project_id = ?", projectId);
                    case "events" -> first("select min(id) from learning_event where project_id = ?", projectId);
                    case "transfers" -> first("select min(t.id) from transfer t join practice p on p.id = t.practice_id "
                            + "where p.project_id = ?", projectId);
                    case "action-plans" -> first("select min(p.id) from action_plan p join partner r on r.id = p.partner_id "
                            + "where r.project_id = ?", projectId);
                    case "challenges" -> first("select min(c.id) from challenge c join partner r on r.id = c.partner_id "
                            + "where r.project_id = ?", projectId);
                    case "restrictions" -> first("select min(id) from travel_restriction where project_id = ?", projectId);
                    case "newsletters" -> first("select min(id) from newsletter where project_id = ?", projectId);
                    default -> "1";
                };
            });
        }
        return values;
    }

    private String first(String sql, long projectId) {
        Long id = jdbc.queryForObject(sql, Long.class, projectId);
        return id == null ? "1" : String.valueOf(id);
    }

    private static String expand(String template, Map<String, String> values) {
        Matcher matcher = PATH_PARAMETER.matcher(template);
        StringBuilder path = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(path, Matcher.quoteReplacement(values.getOrDefault(matcher.group(1), "1")));
        }
        matcher.appendTail(path);
        return path.toString();
    }

    private HttpResponse<String> send(Probe probe) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + probe.path()))
                .header("Authorization", "Bearer " + token)
                .method(probe.method(), probe.body() == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(probe.body()));
        if (probe.contentType() != null && !probe.contentType().isEmpty()) {
            request.header("Content-Type", probe.contentType());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Every table's rows and, where it has versions, their sum, in one query. */
    private Map<String, Object> snapshot() {
        return jdbc.queryForMap(snapshotQuery);
    }

    private String snapshotQuery() throws Exception {
        List<String> columns = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet tables = meta.getTables(null, connection.getSchema(), "%", new String[] {"TABLE"})) {
                while (tables.next()) {
                    String table = tables.getString("TABLE_NAME").toLowerCase();
                    if (table.startsWith("flyway") || table.equals("sign_in_attempt")) {
                        continue;
                    }
                    columns.add("(select count(*) from " + table + ") as " + table + "_rows");
                    try (ResultSet version = meta.getColumns(null, connection.getSchema(), tables.getString("TABLE_NAME"),
                            meta.storesUpperCaseIdentifiers() ? "VERSION" : "version")) {
                        if (version.next()) {
                            columns.add("(select coalesce(sum(version), 0) from " + table + ") as " + table + "_versions");
                        }
                    }
                }
            }
        }
        assertThat(columns).as("tables to watch").hasSizeGreaterThan(30);
        return "select " + String.join(", ", columns);
    }

    private static Probe json(String name, String method, String path, byte[] body) {
        return new Probe(name, method, path, "application/json", body);
    }

    private static ObjectNode with(ObjectNode sample, String field, JsonNode value) {
        ObjectNode changed = sample.deepCopy();
        changed.set(field, value);
        return changed;
    }

    private static ObjectNode without(ObjectNode sample, String field) {
        ObjectNode changed = sample.deepCopy();
        changed.remove(field);
        return changed;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String hex(byte[] bytes) {
        StringBuilder hex = new StringBuilder();
        for (byte b : bytes) {
            hex.append(String.format("%02X ", b & 0xFF));
        }
        return hex.toString().strip();
    }

    private static String abbreviated(String text) {
        String flat = text.replaceAll("\\p{Cntrl}", "·");
        return flat.length() > 160 ? flat.substring(0, 160) + "…" : flat;
    }
}
