package eu.practicehub.account;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.common.RuleViolationException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Sign-in attempts that arrive at the same moment are all counted, so that guessing in parallel gains nothing;
 * a one-time link used at the same moment on several nodes works once.
 */
@Tag("database")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ParallelSignInTests {

    private static final int PARALLEL = 20;

    @LocalServerPort
    int port;

    @Autowired
    AccountService accounts;

    @Autowired
    SignInAttempts attempts;

    @Autowired
    AccountLinks links;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twentyWrongPasswordsSentAtOnceAreAllCountedAndTheRightPasswordIsRefusedAfterThem() throws Exception {
        Account account = TestAccounts.create(accounts, "parallel", false);
        List<Browser> browsers = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            Browser browser = new Browser(port);
            tokens.add(browser.csrfToken("/login"));
            browsers.add(browser);
        }
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<HttpResponse<String>>> guesses = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            Browser browser = browsers.get(i);
            String token = tokens.get(i);
            String guess = "wrong guess number " + i;
            guesses.add(() -> {
                start.await();
                return browser.signIn(token, account.getEmail(), guess);
            });
        }

        List<HttpResponse<String>> answers = releasedTogether(guesses, start);

        assertThat(answers).allSatisfy(answer -> assertThat(location(answer)).endsWith("/login?error"));
        assertThat(failures(account.getEmail())).isEqualTo(PARALLEL);
        assertThat(location(new Browser(port).signIn(account.getEmail(), TestAccounts.PASSWORD))).endsWith("/login?error");
        assertThat(failures(account.getEmail())).isEqualTo(PARALLEL + 1);
    }

    @Test
    void ofTwentyAttemptsCountedAtOnceExactlyTheFirstFiveMayCompareTheirPassword() throws Exception {
        String email = "nobody-" + UUID.randomUUID() + "@practicehub.test";
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> counts = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            counts.add(() -> {
                start.await();
                return attempts.attempt(email);
            });
        }

        List<Boolean> allowed = releasedTogether(counts, start);

        assertThat(allowed.stream().filter(Boolean::booleanValue).count()).isEqualTo(attempts.settings().maxFailures());
        assertThat(failures(email)).isEqualTo(PARALLEL);
        assertThat(attempts.isLocked(email)).isTrue();
    }

    @Test
    void aOneTimeLinkUsedTwentyTimesAtOnceSetsOnePassword() throws Exception {
        Account account = TestAccounts.create(accounts, "link", false);
        String secret = links.issue(account, LinkPurpose.RESET).secret();
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Boolean>> uses = new ArrayList<>();
        for (int i = 0; i < PARALLEL; i++) {
            String password = "the new password number " + i;
            uses.add(() -> {
                start.await();
                try {
                    links.choosePassword(secret, password, password, null);
                    return true;
                } catch (RuleViolationException used) {
                    return false;
                }
            });
        }

        List<Boolean> accepted = releasedTogether(uses, start);

        assertThat(accepted.stream().filter(Boolean::booleanValue).count()).isEqualTo(1);
        assertThat(links.check(secret).state()).isEqualTo(AccountLinks.State.USED);
    }

    private static <T> List<T> releasedTogether(List<Callable<T>> tasks, CountDownLatch start) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private int failures(String email) {
        return jdbc.queryForObject("select failures from sign_in_attempt where email = ?", Integer.class,
                Account.normalised(email));
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
