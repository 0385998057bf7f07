package eu.practicehub;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged application, the jar that {@code ./mvnw verify} builds, run as a process of its own on
 * its own port and data folder, so that a test can kill it for real and start it again on the same data.
 * A node of a cluster is started with the profiles and connections of its environment. The pom names the jar
 * in the system property {@value #JAR_PROPERTY}.
 */
final class PackagedApplication implements AutoCloseable {

    static final String JAR_PROPERTY = "practicehub.jar";
    /** The exit value of a process ended by SIGKILL (128 + 9). */
    static final int KILLED = 137;
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);
    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String name;
    private final Path jar;
    private final Path dataDir;
    private final Map<String, String> environment;
    private final int port;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Process process;
    private int starts;

    private PackagedApplication(String name, Path jar, Path dataDir, Map<String, String> environment, int port) {
        this.name = name;
        this.jar = jar;
        this.dataDir = dataDir;
        this.environment = Map.copyOf(environment);
        this.port = port;
    }

    /** The packaged application on this data folder and a free port, with its defaults; not started yet. */
    static PackagedApplication on(Path dataDir) {
        return on("durability", dataDir, Map.of());
    }

    /**
     * The packaged application on this data folder (created when missing) and a free port, with these environment
     * variables besides PORT and PRACTICEHUB_DATA_DIR (profiles, database, search); not started yet. Its log lines
     * start with the name.
     */
    static PackagedApplication on(String name, Path dataDir, Map<String, String> environment) {
        String jar = System.getProperty(JAR_PROPERTY);
        assertThat(jar).as("system property %s, the jar to start (set by the pom: run ./mvnw verify)", JAR_PROPERTY)
                .isNotBlank();
        assertThat(Path.of(jar)).as("the packaged application").isRegularFile();
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PackagedApplication(name, Path.of(jar), dataDir, environment, freePort());
    }

    /**
     * Starts the jar with PORT, PRACTICEHUB_DATA_DIR and its environment and waits until it is ready for traffic (the
     * demo loaded). Starts again after {@link #kill()} or {@link #close()}, on the same port, folder and environment.
     */
    void start() {
        assertThat(isRunning()).as("already running").isFalse();
        starts++;
        Path log = dataDir.resolve("application-" + starts + ".log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // The quick compiler only: it starts in about half the processor time, and the tests write little.
                "-Xmx512m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString())
                .directory(dataDir.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("PRACTICEHUB_") || name.startsWith("SERVER_"));
        env.put("PORT", Integer.toString(port));
        env.put("PRACTICEHUB_DATA_DIR", dataDir.resolve("data").toString());
        env.putAll(environment);
        long started = System.nanoTime();
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady(log);
        System.out.printf("[%s] start %d: ready after %.1f s on port %d%n", name, starts,
                (System.nanoTime() - started) / 1e9, port);
    }

    private void awaitReady(Path log) {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpRequest readiness = HttpRequest.newBuilder(uri("/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("The application ended with %d while starting:%n%s", process.exitValue(), tail(log));
            }
            try {
                if (http.send(readiness, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notListeningYet) {
                // The port opens late in the start.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            pause(Duration.ofMillis(250));
        }
        fail("The application was not ready within %s:%n%s", START_TIMEOUT, tail(log));
    }

    /** Ends the process with SIGKILL (what {@link Process#destroyForcibly()} sends on Linux), as {@code kill -9} does. */
    void kill() {
        process.destroyForcibly();
        try {
            assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("the process ended").isTrue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        assertThat(process.exitValue()).as("exit value of a process ended by SIGKILL").isEqualTo(KILLED);
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Stops the process the normal way (SIGTERM), forcibly when it does not end within half a minute. */
    @Override
    public void close() throws InterruptedException {
        if (isRunning()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    HttpClient http() {
        return http;
    }

    /** Signs in through the login form and creates a personal access token on the profile page, as a person does. */
    String tokenOf(String email, String password) {
        Browser browser = new Browser();
        browser.signIn(this, email, password);
        return browser.newToken(this, Browser.csrf(browser.get(this, "/profile").body()));
    }

    /** A JSON request with the token; the answer's body read as JSON (null when empty). */
    Answer call(String method, String path, String token, Object body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofMinutes(2))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return Answer.of(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
    }

    /** A read that must succeed while the application runs. */
    JsonNode read(String path, String token) {
        try {
            Answer answer = call("GET", path, token, null);
            assertThat(answer.status()).as("GET %s: %s", path, answer.body()).isEqualTo(200);
            return answer.json();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An answer of the API: its status and body. */
    record Answer(int status, String body) {

        static Answer of(HttpResponse<String> response) {
            return new Answer(response.statusCode(), response.body());
        }

        JsonNode json() {
            return body.isEmpty() ? null : JSON.readTree(body);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join(System.lineSeparator(), lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
