package eu.practicehub.backup;

import eu.practicehub.PracticeHubApplication;
import eu.practicehub.account.Account;
import eu.practicehub.account.AccountService;
import eu.practicehub.account.TestAccounts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * PracticeHub started in this JVM, on real HTTP, with a database of its own: a new in-memory H2 database,
 * or, when the run uses PostgreSQL, a new schema of its database (dropped again on close).
 */
final class FreshInstance implements AutoCloseable {

    private static final String RUN_URL = System.getProperty("spring.datasource.url", "");
    private static final String RUN_USER = System.getProperty("spring.datasource.username", "");

    private final ConfigurableApplicationContext context;
    private final String schema;
    private final HttpClient http = HttpClient.newHttpClient();

    private FreshInstance(ConfigurableApplicationContext context, String schema) {
        this.context = context;
        this.schema = schema;
    }

    static FreshInstance start(String... settings) {
        String name = "fresh_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        boolean postgres = RUN_URL.startsWith("jdbc:postgresql:");
        List<String> args = new ArrayList<>(List.of(settings));
        args.addAll(List.of("--server.port=0", "--spring.jmx.enabled=false"));
        if (postgres) {
            args.addAll(List.of("--spring.datasource.url=" + RUN_URL + (RUN_URL.contains("?") ? "&" : "?") + "currentSchema=" + name,
                    "--spring.flyway.schemas=" + name, "--spring.flyway.default-schema=" + name));
        } else {
            args.add("--spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1");
        }
        return new FreshInstance(new SpringApplication(PracticeHubApplication.class).run(args.toArray(String[]::new)),
                postgres ? name : null);
    }

    int port() {
        return context.getEnvironment().getRequiredProperty("local.server.port", Integer.class);
    }

    /** A new personal access token of the account with this email, made as that account. */
    String tokenOf(String email) {
        AccountService accounts = context.getBean(AccountService.class);
        Account account = accounts.accountByEmail(email).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(TestAccounts.principal(account), null, List.of()));
        try {
            return accounts.createToken("Backup test").secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token).GET());
    }

    HttpResponse<String> postJson(String path, String token, String json) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port() + path);
    }

    @Override
    public void close() throws SQLException {
        context.close();
        if (schema != null) {
            try (Connection connection = DriverManager.getConnection(RUN_URL, RUN_USER, "");
                    Statement statement = connection.createStatement()) {
                statement.execute("drop schema " + schema + " cascade");
            }
        }
    }
}
