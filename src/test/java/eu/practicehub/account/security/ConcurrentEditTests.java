package eu.practicehub.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.ApiTestProjects;
import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.TestAccounts;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import tools.jackson.databind.JsonNode;

/**
 * Over real HTTP: two people who read the same version of a good practice and save their changes
 * at the same moment. One save wins, the other is refused (409) and the record holds the winner's
 * values, all of them and nothing of the loser's.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
class ConcurrentEditTests {

    private static final int ROUNDS = 5;

    @LocalServerPort
    int port;

    @Autowired
    MockMvcTester mvc;

    @Autowired
    AccountService accounts;

    @Test
    void twoApiClientsSavingTheSameVersionAtOnceEndWithOneSaveAndOneConflict() throws Exception {
        String key = ApiTestProjects.copyOfBetter(mvc, "RACE-API");
        Account admin = TestAccounts.create(accounts, "race-admin", true);
        String secret = TestAccounts.as(admin, () -> accounts.createToken("race")).secret();
        long id = StoredPractice.first(mvc, key).id();

        for (int round = 0; round < ROUNDS; round++) {
            StoredPractice read = StoredPractice.read(mvc, key, id);
            Map<String, String> alice = changes("Alice", round);
            Map<String, String> bob = changes("Bob", round);
            WebSession client = new WebSession(port);

            List<HttpResponse<String>> answers = together(
                    () -> client.send(put(client, read, secret, alice)),
                    () -> client.send(put(client, read, secret, bob)));

            assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 409);
            HttpResponse<String> lost = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
            assertThat(lost.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            JsonNode problem = ApiTestProjects.tree(lost.body());
            assertThat(problem.get("status").asInt()).isEqualTo(409);
            assertThat(problem.get("title").asString()).isEqualTo("Changed by someone else");
            Map<String, String> winner = answers.get(0).statusCode() == 200 ? alice : bob;
            assertHolds(StoredPractice.read(mvc, key, id), winner, read.version() + 1);
        }
    }

    @Test
    void twoPeopleSavingTheSameVersionOfTheEditFormAtOnceEndWithOneSaveAndOneMessage() throws Exception {
        String key = ApiTestProjects.copyOfBetter(mvc, "RACE-PAGE");
        Account first = TestAccounts.create(accounts, "race-first", true);
        Account second = TestAccounts.create(accounts, "race-second", true);
        WebSession alicesBrowser = WebSession.signedIn(port, first.getEmail(), TestAccounts.PASSWORD);
        WebSession bobsBrowser = WebSession.signedIn(port, second.getEmail(), TestAccounts.PASSWORD);
        long id = StoredPractice.first(mvc, key).id();

        for (int round = 0; round < ROUNDS; round++) {
            StoredPractice read = StoredPractice.read(mvc, key, id);
            Map<String, String> alice = changes("Alice", round);
            Map<String, String> bob = changes("Bob", round);
            String alicesForm = read.updateForm(alice) + "&_csrf=" + alicesBrowser.csrfToken(read.editPath());
            String bobsForm = read.updateForm(bob) + "&_csrf=" + bobsBrowser.csrfToken(read.editPath());

            List<HttpResponse<String>> answers = together(
                    () -> alicesBrowser.postForm(read.editPath(), alicesForm, null),
                    () -> bobsBrowser.postForm(read.editPath(), bobsForm, null));

            assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(302, 409);
            HttpResponse<String> saved = answers.stream().filter(a -> a.statusCode() == 302).findFirst().orElseThrow();
            assertThat(saved.headers().firstValue("Location")).hasValueSatisfying(
                    l -> assertThat(l).endsWith("/projects/" + key + "/practices/" + id));
            HttpResponse<String> lost = answers.stream().filter(a -> a.statusCode() == 409).findFirst().orElseThrow();
            Map<String, String> winner = answers.get(0).statusCode() == 302 ? alice : bob;
            Map<String, String> loser = winner == alice ? bob : alice;
            assertThat(lost.body()).contains("while you were editing it, so nothing was saved")
                    .as("the loser's input is kept in the form").contains(loser.get("title"));
            assertHolds(StoredPractice.read(mvc, key, id), winner, read.version() + 1);
        }
    }

    private static Map<String, String> changes(String who, int round) {
        return Map.of("title", "Practice as " + who + " saved it in round " + round,
                "summary", who + "'s summary " + round,
                "description", who + "'s description " + round,
                "timescale", who + "'s timescale " + round);
    }

    private static void assertHolds(StoredPractice stored, Map<String, String> winner, long version) {
        winner.forEach((field, value) -> assertThat(stored.text(field)).as(field).isEqualTo(value));
        assertThat(stored.version()).as("saved once").isEqualTo(version);
    }

    private static HttpRequest.Builder put(WebSession client, StoredPractice practice, String secret,
            Map<String, String> changes) {
        return HttpRequest.newBuilder(client.uri(practice.apiPath())).header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + secret)
                .PUT(HttpRequest.BodyPublishers.ofString(practice.updateJson(changes)));
    }

    /** Runs both requests at the same moment, each on its own thread, and waits for both answers. */
    @SafeVarargs
    private static List<HttpResponse<String>> together(Callable<HttpResponse<String>>... requests) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(requests.length);
        try {
            CyclicBarrier start = new CyclicBarrier(requests.length);
            List<Future<HttpResponse<String>>> answers = java.util.Arrays.stream(requests)
                    .map(request -> threads.submit(() -> {
                        start.await(10, TimeUnit.SECONDS);
                        return request.call();
                    })).toList();
            List<HttpResponse<String>> done = new java.util.ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                done.add(answer.get(30, TimeUnit.SECONDS));
            }
            return done;
        } finally {
            threads.shutdownNow();
        }
    }
}
