package eu.practicehub.account.security;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.PracticeHubApplication;
import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.AccountUser;
import eu.practicehub.account.TestAccounts;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.session.jdbc.autoconfigure.JdbcSessionDataSourceScriptDatabaseInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Two nodes on one PostgreSQL database, as behind a load balancer: two application contexts with the
 * postgres profile, started at the same moment on an empty schema of their own. A session begun on one
 * node goes on on the other (the page asked for before signing in, the sign-in, CSRF tokens, flash
 * messages, signing out), because its attributes are written to the database and read back from it; the
 * tables are Flyway's; and the start-up tasks ran once although both nodes started together.
 */
@Tag("database")
class SessionsAcrossNodesTests {

    private static final String SCHEMA = "nodes_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private static final String ADMIN = "first-admin@practicehub.test";
    private static final String NEW_PASSWORD = "another horse battery staple";

    private static final List<ConfigurableApplicationContext> NODES = new ArrayList<>();
    private static int portA;
    private static int portB;

    @BeforeAll
    static void startTwoNodesTogether() throws Exception {
        String url = System.getProperty("spring.datasource.url", "");
        Assumptions.assumeTrue(url.startsWith("jdbc:postgresql:"),
                "Two nodes on one database need PostgreSQL: this runs with ./mvnw verify -Ppostgres");
        execute(url, "create schema " + SCHEMA);
        String nodeUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        ExecutorService starts = Executors.newFixedThreadPool(2);
        try {
            List<Future<ConfigurableApplicationContext>> started = List.of(starts.submit(() -> node(nodeUrl)),
                    starts.submit(() -> node(nodeUrl)));
            ExecutionException failed = null;
            for (Future<ConfigurableApplicationContext> node : started) {
                try {
                    NODES.add(node.get());
                } catch (ExecutionException e) {
                    failed = e;
                }
            }
            if (failed != null) {
                throw failed;
            }
        } finally {
            starts.shutdown();
        }
        portA = port(NODES.get(0));
        portB = port(NODES.get(1));
    }

    @AfterAll
    static void stopNodes() throws SQLException {
        NODES.forEach(ConfigurableApplicationContext::close);
        String url = System.getProperty("spring.datasource.url", "");
        if (url.startsWith("jdbc:postgresql:")) {
            execute(url, "drop schema if exists " + SCHEMA + " cascade");
        }
    }

    @Test
    void aSessionBegunOnOneNodeGoesOnOnTheOther() throws Exception {
        Account account = TestAccounts.create(bean(0, AccountService.class), "nodes", false);
        WebSession onA = new WebSession(portA);
        WebSession onB = onA.at(portB);

        assertThat(location(onA.get("/profile"))).as("A keeps the page asked for").contains("/login");
        HttpResponse<String> signedIn = onB.signIn(account.getEmail(), TestAccounts.PASSWORD);
        assertThat(location(signedIn)).as("B returns to it").contains("/profile");
        assertThat(signedIn.headers().allValues("Set-Cookie")).as("the database's session keeps the cookie's name and guards")
                .anySatisfy(cookie -> assertThat(cookie).startsWith(WebSession.SESSION_COOKIE + "=")
                        .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));

        String tokenOfA = onA.csrfToken("/profile");
        HttpResponse<String> changed = onB.postForm("/profile/password", Map.of("currentPassword", TestAccounts.PASSWORD,
                "newPassword", NEW_PASSWORD, "repeatPassword", NEW_PASSWORD, "_csrf", tokenOfA), null);
        assertThat(changed.statusCode()).as("B takes the CSRF token of A's page").isEqualTo(302);
        assertThat(location(changed)).endsWith("/profile");

        HttpResponse<String> profile = onA.get("/profile");
        assertThat(profile.statusCode()).as("A is still signed in after B's password change").isEqualTo(200);
        assertThat(profile.body()).as("A shows B's flash message").contains("Your password is changed.")
                .contains(account.getEmail());

        assertThat(onA.postForm("/logout", Map.of("_csrf", onA.csrfToken("/profile")), null).statusCode()).isEqualTo(302);
        assertThat(location(onB.get("/profile"))).as("signed out on A is signed out on B").contains("/login");
    }

    @Test
    void anAccountWithAnEmailOfTheLongestLengthSignsInAndGoesOnOnTheOtherNode() throws Exception {
        String local = ("longest-" + UUID.randomUUID().toString().replace("-", "") + "x".repeat(64)).substring(0, 64);
        String email = local + "@" + "a".repeat(63) + "." + "b".repeat(63) + "." + "c".repeat(56) + ".test";
        assertThat(email).hasSize(254);
        Account account = bean(0, AccountService.class).create(new AccountService.NewAccount(email, "Longest", "en", false,
                TestAccounts.PASSWORD));

        WebSession onA = WebSession.signedIn(portA, account.getEmail(), TestAccounts.PASSWORD);
        HttpResponse<String> profile = onA.at(portB).get("/profile");
        assertThat(profile.statusCode()).as("signed in on A, B shows the profile").isEqualTo(200);
        assertThat(profile.body()).contains(account.getEmail());
    }

    @Test
    void aFailedSignInLeavesTheTypedEmailForTheOtherNodeAndNoPasswordInTheDatabase() throws Exception {
        Account account = TestAccounts.create(bean(0, AccountService.class), "mistyped", false);
        String mistyped = "a mistyped password " + UUID.randomUUID();
        WebSession onA = new WebSession(portA);

        assertThat(location(onA.signIn(account.getEmail(), mistyped))).endsWith("/login?error");

        Map<String, byte[]> stored = storedAttributes(onA);
        assertThat(stored).containsKey(SessionFlashMapManager.class.getName() + ".FLASH_MAPS")
                .doesNotContainKey("SPRING_SECURITY_LAST_EXCEPTION");
        assertThat(stored.values()).noneSatisfy(bytes -> assertThat(new String(bytes, StandardCharsets.ISO_8859_1))
                .contains(mistyped));
        HttpResponse<String> again = onA.at(portB).get("/login?error");
        assertThat(again.body()).contains("value=\"" + account.getEmail() + "\"");
    }

    @Test
    void theSessionTablesAreFlywaysAndEveryAttributeIsReadBackFromThem() throws Exception {
        JdbcTemplate jdbc = bean(0, JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select success from flyway_schema_history where script = 'V27__sessions.sql'",
                Boolean.class)).isTrue();
        assertThat(NODES).allSatisfy(node -> assertThat(node.getBeansOfType(
                JdbcSessionDataSourceScriptDatabaseInitializer.class)).as("Spring Session creates no table").isEmpty());

        Account account = TestAccounts.create(bean(0, AccountService.class), "stored", false);
        WebSession.signedIn(portA, account.getEmail(), TestAccounts.PASSWORD);

        @SuppressWarnings("unchecked")
        FindByIndexNameSessionRepository<? extends Session> sessionsOfB = bean(1, FindByIndexNameSessionRepository.class);
        Map<String, ? extends Session> found = sessionsOfB.findByPrincipalName(account.getEmail());
        assertThat(found).hasSize(1);
        Session session = found.values().iterator().next();
        assertThat(session.getAttributeNames()).allSatisfy(name -> assertThat((Object) session.getAttribute(name)).isNotNull());
        SecurityContext context = session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context.getAuthentication().getPrincipal()).isInstanceOfSatisfying(AccountUser.class,
                user -> assertThat(user.accountId()).isEqualTo(account.getId()));
    }

    @Test
    void nodesThatStartTogetherCreateTheAdministratorAndLoadTheDemoOnce() {
        JdbcTemplate jdbc = bean(0, JdbcTemplate.class);
        assertThat(jdbc.queryForObject("select count(*) from project where project_key = 'BETTER'", Integer.class))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from account where email = ?", Integer.class, ADMIN)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class))
                .isZero();
        assertThat(NODES).allSatisfy(node -> assertThat(node.isRunning()).isTrue());
    }

    private static ConfigurableApplicationContext node(String url) {
        return new SpringApplicationBuilder(PracticeHubApplication.class).run("--spring.profiles.active=postgres",
                "--server.port=0", "--spring.datasource.url=" + url, "--practicehub.demo.enabled=true",
                "--practicehub.admin.email=" + ADMIN, "--practicehub.admin.password=" + TestAccounts.PASSWORD);
    }

    private static int port(ConfigurableApplicationContext node) {
        return node.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    private static <T> T bean(int node, Class<T> type) {
        return NODES.get(node).getBean(type);
    }

    /** The session's attributes as the database holds them, by name. */
    private static Map<String, byte[]> storedAttributes(WebSession browser) {
        String id = new String(Base64.getDecoder().decode(browser.sessionId().orElseThrow()), StandardCharsets.UTF_8);
        Map<String, byte[]> attributes = new HashMap<>();
        bean(0, JdbcTemplate.class).query("""
                select a.attribute_name, a.attribute_bytes from spring_session_attributes a
                join spring_session s on s.primary_id = a.session_primary_id where s.session_id = ?""",
                row -> {
                    attributes.put(row.getString(1), row.getBytes(2));
                }, id);
        return attributes;
    }

    private static String location(HttpResponse<String> answer) {
        return answer.headers().firstValue("Location").orElse("");
    }

    private static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url, System.getProperty("spring.datasource.username"),
                System.getProperty("spring.datasource.password", ""));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
