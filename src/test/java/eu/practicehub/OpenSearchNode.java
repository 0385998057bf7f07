package eu.practicehub;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real OpenSearch node, a process of its own started from the distribution that the opensearch Maven
 * profile assembles in {@code target/opensearch} (system property {@value #HOME_PROPERTY}): one node on
 * free ports, with a copy of the distribution and a data folder that are new for each node and deleted
 * when it stops. OpenSearch refuses to run as root, so as root it runs as the user nobody. Skipped with a
 * message where the distribution is missing, failing under {@code CI=true}.
 */
public final class OpenSearchNode implements AutoCloseable {

    static final String HOME_PROPERTY = "opensearch.home";
    private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

    private final Path folder;
    private final int httpPort;
    private final Process process;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private OpenSearchNode(Path folder, int httpPort, Process process) {
        this.folder = folder;
        this.httpPort = httpPort;
        this.process = process;
    }

    /** A node started and healthy (cluster status yellow or green); one that is not is stopped and its folder deleted. */
    public static OpenSearchNode start() {
        Path home = Path.of(System.getProperty(HOME_PROPERTY, "target/opensearch")).toAbsolutePath();
        requireDistribution(home);
        Path folder;
        try {
            folder = Files.createTempDirectory("opensearch-node");
            run("cp", "-r", home.toString(), folder.resolve("home").toString());
            Files.createDirectories(folder.resolve("data"));
            Files.createDirectories(folder.resolve("logs"));
            if (isRoot()) {
                run("chown", "-R", "nobody:nogroup", folder.toString());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int httpPort = PackagedApplication.freePort();
        List<String> command = new ArrayList<>();
        if (isRoot()) {
            command.addAll(List.of("setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups", "--"));
        }
        command.addAll(List.of(folder.resolve("home/bin/opensearch").toString(), "-Ediscovery.type=single-node",
                "-Enetwork.host=127.0.0.1", "-Ehttp.port=" + httpPort, "-Etransport.port=" + PackagedApplication.freePort(),
                "-Epath.data=" + folder.resolve("data"), "-Epath.logs=" + folder.resolve("logs"),
                "-Ecluster.routing.allocation.disk.threshold_enabled=false"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(folder.resolve("node.log").toFile());
        builder.environment().put("OPENSEARCH_JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("OPENSEARCH_JAVA_OPTS", "-Xms256m -Xmx512m");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        OpenSearchNode node;
        try {
            node = new OpenSearchNode(folder, httpPort, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // A test run that ends without closing the node (a failed start of its application) leaves no node behind.
        Process started = node.process;
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            started.descendants().forEach(ProcessHandle::destroy);
            started.destroy();
        }));
        try {
            node.awaitHealthy();
        } catch (RuntimeException | Error e) {
            try {
                node.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            }
            throw e;
        }
        return node;
    }

    /** The address of the node's HTTP API. */
    public String uri() {
        return "http://127.0.0.1:" + httpPort;
    }

    private void awaitHealthy() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        HttpRequest health = HttpRequest.newBuilder(URI.create(uri() + "/_cluster/health?wait_for_status=yellow&timeout=1s"))
                .timeout(Duration.ofSeconds(5)).build();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                fail("OpenSearch stopped while starting (exit %d):%n%s", process.exitValue(), logTail());
            }
            try {
                HttpResponse<String> response = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().matches("(?s).*\"status\"\\s*:\\s*\"(yellow|green)\".*")) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofMillis(500));
        }
        fail("OpenSearch was not healthy within %s:%n%s", START_TIMEOUT, logTail());
    }

    /** Stops the node (its launcher and the JVM it started) and deletes its folder. */
    @Override
    public void close() {
        List<ProcessHandle> tree = Stream.concat(Stream.of(process.toHandle()), process.descendants()).toList();
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : tree) {
            try {
                handle.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                handle.destroyForcibly();
            }
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(folder.resolve("node.log"), StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    private static void requireDistribution(Path home) {
        if (Files.isExecutable(home.resolve("bin/opensearch")) && Files.isDirectory(home.resolve("modules/analysis-common"))) {
            return;
        }
        String message = "OpenSearch tests need the distribution in " + home + ": run them with ./mvnw -Popensearch verify,"
                + " which assembles it from Maven Central";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail("CI=true and " + message);
        }
        // A class skipped before its tests shows no reason in the build output: say it there.
        System.out.println("[opensearch] Skipped. " + message);
        assumeTrue(false, "Skipped. " + message);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static void run(String... command) throws IOException {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IOException(String.join(" ", command) + " failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
