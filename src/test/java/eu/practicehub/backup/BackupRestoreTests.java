package eu.practicehub.backup;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.account.DemoAccounts;
import eu.practicehub.account.SignedInClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A backup taken of one instance, holding the BETTER demo, restored into another that holds nothing but
 * the account of the administrator who restores it: both started here on real HTTP, each on a database
 * of its own. The malformed backup is sent to the empty instance first, which must stay empty.
 */
@Tag("database")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BackupRestoreTests {

    private static final String RESTORER = "restorer@practicehub.test";
    private static final String RESTORER_PASSWORD = "the restorer's own long password";
    private static final String DEMO_ADMIN = "admin@" + DemoAccounts.DOMAIN;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FreshInstance demo;
    private FreshInstance empty;
    private String demoToken;
    private String restorerToken;
    private ObjectNode backup;

    @BeforeAll
    void anInstanceWithTheDemoAndAnEmptyOne() throws Exception {
        demo = FreshInstance.start("--practicehub.demo.enabled=true");
        empty = FreshInstance.start("--practicehub.demo.enabled=false", "--practicehub.admin.email=" + RESTORER,
                "--practicehub.admin.password=" + RESTORER_PASSWORD);
        demoToken = demo.tokenOf(DEMO_ADMIN);
        restorerToken = empty.tokenOf(RESTORER);
        HttpResponse<String> download = demo.get("/api/v1/backup", demoToken);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                disposition -> assertThat(disposition).matches("attachment; filename=\"practicehub-backup-[0-9T-]+Z\\.json\""));
        backup = (ObjectNode) JSON.readTree(download.body());
    }

    @AfterAll
    void stopBoth() throws Exception {
        if (demo != null) {
            demo.close();
        }
        if (empty != null) {
            empty.close();
        }
    }

    @Test
    @Order(1)
    void aMalformedBackupIsRefusedWithEveryProblemAtItsPathAndNothingIsRestored() throws Exception {
        ObjectNode malformed = backup.deepCopy();
        malformed.put("formatVersion", 7);
        ((ObjectNode) malformed.at("/projects/0/events/0")).put("host", "Atlantis");
        int coordinator = indexOf(malformed, "coordinator@" + DemoAccounts.DOMAIN);
        int genoa = indexOf(malformed, "editor.genoa@" + DemoAccounts.DOMAIN);
        ((ObjectNode) malformed.at("/accounts/" + coordinator)).put("passwordHash", DemoAccounts.COORDINATOR_PASSWORD);
        ((ArrayNode) malformed.get("accounts")).add(malformed.at("/accounts/" + genoa).deepCopy());
        ((ObjectNode) malformed.at("/accounts/" + genoa + "/memberships/0")).put("partner", "Oslo");
        ((ObjectNode) malformed.at("/accounts/" + genoa)).put("timeZone", "Mars/Olympus");

        HttpResponse<String> refused = empty.postJson("/api/v1/backup/restore", restorerToken, malformed.toString());

        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(refused.body()).get("errors").valueStream()
                .map(e -> e.get("field").asString() + " " + e.get("code").asString())).containsExactlyInAnyOrder(
                        "formatVersion backup.formatVersion.unsupported",
                        "projects[0].events[0].host import.partner.undefined",
                        "accounts[" + coordinator + "].passwordHash account.passwordHash.format",
                        "accounts[" + genoa + "].memberships[0].partner backup.partner.undefined",
                        "accounts[" + genoa + "].timeZone validation.timeZone",
                        "accounts[" + (malformed.get("accounts").size() - 1) + "].email backup.account.duplicate");

        SignedInClient restorer = SignedInClient.signIn(empty.port(), RESTORER, RESTORER_PASSWORD);
        HttpResponse<String> page = upload(restorer, malformed.toString());
        assertThat(page.statusCode()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"file-error\"",
                "projects[0].events[0].host: the partner “Atlantis” is not among the document’s partners");
        assertThat(upload(restorer, "{\"formatVersion\": 1, \"projects\": [").body())
                .contains("is not a PracticeHub backup: it is not JSON of the expected form");

        JsonNode after = JSON.readTree(empty.get("/api/v1/backup", restorerToken).body());
        assertThat(after.get("projects").size()).isZero();
        assertThat(after.get("accounts").valueStream().map(a -> a.get("email").asString())).containsExactly(RESTORER);
    }

    @Test
    @Order(2)
    void aBackupOfTheDemoRestoresIntoAnEmptyInstanceWhereEverythingIsAsItWasAndPeopleSignInWithTheirPasswords()
            throws Exception {
        SignedInClient demoAdmin = SignedInClient.signIn(demo.port(), DEMO_ADMIN, DemoAccounts.ADMIN_PASSWORD);
        ObjectNode fromThePage = (ObjectNode) JSON.readTree(demoAdmin.get("/admin/backup/download").body());
        fromThePage.set("takenAt", backup.get("takenAt"));
        assertThat(fromThePage).as("the page's backup is the API's").isEqualTo(backup);
        // The backup also names the restorer, with a role and a password of its own: the restorer keeps theirs.
        ObjectNode withRestorer = backup.deepCopy();
        ((ArrayNode) withRestorer.get("accounts")).add(JSON.readTree("""
                {"email": "%s", "name": "Somebody else", "language": "et", "admin": false, "enabled": true,
                 "passwordHash": "%s", "memberships": [{"project": "BETTER", "partner": "Genoa", "role": "VIEWER"}]}
                """.formatted(RESTORER, backup.at("/accounts/0/passwordHash").asString())));

        // An account with a time zone keeps it; the others, as in backups taken before accounts had one, have none.
        int genoa = indexOf(withRestorer, "editor.genoa@" + DemoAccounts.DOMAIN);
        ((ObjectNode) withRestorer.at("/accounts/" + genoa)).put("timeZone", "Europe/Rome");

        SignedInClient restorer = SignedInClient.signIn(empty.port(), RESTORER, RESTORER_PASSWORD);
        HttpResponse<String> restored = upload(restorer, withRestorer.toString());

        assertThat(restored.statusCode()).isEqualTo(200);
        String takenAt = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH).withZone(ZoneOffset.UTC)
                .format(Instant.parse(backup.get("takenAt").asString()));
        assertThat(restored.body()).as("in the restorer's zone: UTC, outside a project")
                .contains("The backup taken at " + takenAt + " (UTC) is restored: one project and 9 accounts.");
        JsonNode found = JSON.readTree(empty.get("/api/v1/practices?q=segnalaci&project=BETTER", restorerToken).body());
        assertThat(found.get("hits").valueStream().map(hit -> hit.get("title").asString()))
                .as("the good-practice database").containsExactly("Segnalaci");
        ObjectNode after = (ObjectNode) JSON.readTree(empty.get("/api/v1/backup", restorerToken).body());
        assertThat(after.get("projects")).as("every project document").isEqualTo(backup.get("projects"));
        ArrayNode accounts = (ArrayNode) after.get("accounts");
        JsonNode restorerAfter = accounts.remove(indexOf(after, RESTORER));
        ArrayNode expected = (ArrayNode) backup.get("accounts").deepCopy();
        ((ObjectNode) expected.get(genoa)).put("timeZone", "Europe/Rome");
        assertThat(accounts).as("every account with its roles and time zone").isEqualTo(expected);
        assertThat(restorerAfter.get("name").asString()).isEqualTo("Administrator");
        assertThat(restorerAfter.get("admin").asBoolean()).isTrue();
        assertThat(restorerAfter.get("memberships").toString()).isEqualTo("""
                [{"project":"BETTER","partner":"Genoa","role":"VIEWER"}]""");

        SignedInClient coordinator = SignedInClient.signIn(empty.port(), "coordinator@" + DemoAccounts.DOMAIN,
                DemoAccounts.COORDINATOR_PASSWORD);
        assertThat(coordinator.get("/projects/BETTER/members").statusCode()).as("the coordinator's role").isEqualTo(200);
        SignedInClient.signIn(empty.port(), RESTORER, RESTORER_PASSWORD);
    }

    @Test
    void aBackupIsNotRestoredIntoAnInstanceThatIsNotEmptyAndNothingChanges() throws Exception {
        HttpResponse<String> refused = demo.postJson("/api/v1/backup/restore", demoToken, backup.toString());

        assertThat(refused.statusCode()).isEqualTo(409);
        JsonNode problem = JSON.readTree(refused.body());
        assertThat(problem.get("title").asString()).isEqualTo("Instance not empty");
        assertThat(problem.get("detail").asString()).isEqualTo("This instance holds one project and 7 accounts besides "
                + "yours: a backup is restored only into an empty instance. Nothing was restored.");
        ObjectNode after = (ObjectNode) JSON.readTree(demo.get("/api/v1/backup", demoToken).body());
        after.set("takenAt", backup.get("takenAt"));
        assertThat(after).isEqualTo(backup);
    }

    private static int indexOf(JsonNode backup, String email) {
        JsonNode accounts = backup.get("accounts");
        return IntStream.range(0, accounts.size()).filter(i -> accounts.get(i).get("email").asString().equals(email))
                .findFirst().orElseThrow();
    }

    /** Sends the file with the restore form of the backup page, as a browser does. */
    private static HttpResponse<String> upload(SignedInClient client, String content) throws Exception {
        String boundary = "backup-" + UUID.randomUUID();
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"backup.json\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + content + "\r\n--" + boundary + "--\r\n";
        return client.send("/admin/backup/restore", "/admin/backup", "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    }
}
