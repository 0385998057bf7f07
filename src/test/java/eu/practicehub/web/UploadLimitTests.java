package eu.practicehub.web;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.Role;
import eu.practicehub.account.SignedInClient;
import eu.practicehub.account.TestAccounts;
import eu.practicehub.event.RestrictionService;
import eu.practicehub.project.ProjectService;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** Over real HTTP, where the server enforces the upload limit: a file too large is refused with a message, not a bare 413. */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class UploadLimitTests {

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    ProjectService projects;

    @Autowired
    RestrictionService restrictions;

    @Autowired
    AccountService accounts;

    @Test
    void aFileOverTheUploadLimitLeadsBackToTheFormWithAMessageAndImportsNothing() throws Exception {
        String key = ApiTestProjects.copyOfBetter(mvc, "UPLOAD");
        int before = restrictions.restrictions(projects.project(key)).size();
        StringBuilder csv = new StringBuilder("country,from,to,level,note,source\n");
        while (csv.length() < 1_200_000) {
            csv.append("LV,2022-09-01,2022-09-30,RESTRICTED,a note long enough to fill the file quickly,https://example.org/\n");
        }
        String boundary = "practicehub-upload-test";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        Account coordinator = TestAccounts.withRole(accounts, "coordinator", projects.project(key).getId(), null,
                Role.COORDINATOR);
        SignedInClient client = SignedInClient.signIn(port, coordinator.getEmail(), TestAccounts.PASSWORD);
        String form = "/projects/" + key + "/restrictions/import";

        HttpResponse<String> response = client.send(form, form, "multipart/form-data; boundary=" + boundary,
                HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.uri().getPath()).isEqualTo("/projects/" + key + "/restrictions/import");
        assertThat(response.body()).contains("Import travel restrictions from CSV",
                "The file is too large: a file of at most 1 MB can be uploaded. Nothing was imported.");
        assertThat(restrictions.restrictions(projects.project(key))).hasSize(before);
    }
}
