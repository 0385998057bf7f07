package eu.practicehub.backup;

import static eu.practicehub.ApiTestProjects.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.anonymous;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.account.Account;
import eu.practicehub.account.AccountAdministration;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.AccountUser;
import eu.practicehub.account.DemoAccounts;
import eu.practicehub.account.Role;
import eu.practicehub.account.TestAccounts;
import eu.practicehub.project.ProjectService;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

@SpringBootTest
@AutoConfigureMockMvc
@Tag("database")
class BackupTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    AccountAdministration administration;
    @Autowired
    ProjectService projects;
    @Autowired
    BackupService backups;
    @Autowired
    Snapshot snapshot;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void onlyAdministratorsDownloadABackupFromThePageAndTheApi() {
        AccountUser coordinator = TestAccounts.principal(TestAccounts.withRole(accounts, "coordinator",
                projects.project("BETTER").getId(), null, Role.COORDINATOR));

        assertThat(mvc.get().uri("/api/v1/backup").with(anonymous())).hasStatus(HttpStatus.UNAUTHORIZED)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/backup").with(user(coordinator))).hasStatus(HttpStatus.FORBIDDEN)
                .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(mvc.get().uri("/api/v1/backup")).hasStatusOk()
                .hasHeader("Cache-Control", "no-store")
                .bodyJson().extractingPath("$.formatVersion").isEqualTo(1);
        for (String page : new String[] {"/admin/backup", "/admin/backup/download"}) {
            assertThat(mvc.get().uri(page).with(anonymous())).hasStatus(HttpStatus.FOUND).headers()
                    .hasHeaderSatisfying("Location", to -> assertThat(to.get(0)).endsWith("/login"));
            assertThat(mvc.get().uri(page).with(user(coordinator))).hasStatus(HttpStatus.FORBIDDEN);
        }
        assertThat(mvc.get().uri("/admin/backup")).hasStatusOk().bodyText()
                .contains("Download a backup", "a backup cannot be restored into it", "name=\"file\"");
        assertThat(mvc.get().uri("/admin/backup/download")).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON)
                .headers().hasHeaderSatisfying("Content-Disposition",
                        values -> assertThat(values.get(0)).startsWith("attachment; filename=\"practicehub-backup-"));
    }

    @Test
    void theBackupNamesRolesByNaturalKeysAndHoldsNoSecretInPlainText() throws Exception {
        Account editor = TestAccounts.withRole(accounts, "secretive", projects.project("BETTER").getId(),
                projects.partner(projects.project("BETTER"), "Genoa").orElseThrow().getId(), Role.EDITOR);
        String token = json(mvc.post().uri("/api/v1/me/tokens").with(user(TestAccounts.principal(editor)))
                .contentType(MediaType.APPLICATION_JSON).content("{\"name\": \"Scripts\"}").exchange()).get("token").asString();
        String link = administration.resetPassword(editor.getId()).secret();

        MvcTestResult download = mvc.get().uri("/api/v1/backup").exchange();

        String text = download.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(text).doesNotContain(TestAccounts.PASSWORD, token, sha256(token), link, sha256(link),
                DemoAccounts.ADMIN_PASSWORD, DemoAccounts.EDITOR_PASSWORD, DemoAccounts.VIEWER_PASSWORD);
        JsonNode backup = json(download);
        JsonNode entry = backup.get("accounts").valueStream()
                .filter(a -> a.get("email").asString().equals(editor.getEmail())).findFirst().orElseThrow();
        assertThat(entry.get("passwordHash").asString()).startsWith("{bcrypt}$2").isEqualTo(editor.getPasswordHash());
        assertThat(entry.get("memberships").toString()).isEqualTo("""
                [{"project":"BETTER","partner":"Genoa","role":"EDITOR"}]""");
        JsonNode better = backup.get("projects").valueStream()
                .filter(p -> p.at("/project/key").asString().equals("BETTER")).findFirst().orElseThrow();
        assertThat(better).isEqualTo(ApiTestProjects.exportOf(mvc, "BETTER"));
    }

    @Test
    void anAccountCreatedWhileTheBackupIsReadIsNotInIt() {
        String[] late = new String[1];
        InstanceBackup backup = snapshot.read(() -> {
            // The first read fixes what the whole transaction sees.
            jdbc.queryForObject("select count(*) from project", Long.class);
            late[0] = CompletableFuture.supplyAsync(() -> TestAccounts.create(accounts, "late", false).getEmail()).join();
            return backups.backup();
        });

        assertThat(backup.accounts()).extracting(InstanceBackup.AccountData::email).doesNotContain(late[0]);
        assertThat(backups.backup().accounts()).extracting(InstanceBackup.AccountData::email).contains(late[0]);
    }

    private static String sha256(String secret) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
    }
}
