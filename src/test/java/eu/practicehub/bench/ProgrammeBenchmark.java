package eu.practicehub.bench;

import static org.assertj.core.api.Assertions.assertThat;

import eu.practicehub.exchange.ProjectDocument;
import eu.practicehub.exchange.ProjectDocument.PracticeData;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The benchmark of the README's "Benchmark" section: {@code ./mvnw -Pbenchmark verify -Dbenchmark.scale=1x}.
 * Not part of {@code ./mvnw verify} (no test pattern names it; only the {@code benchmark} profile runs it).
 *
 * <p>It starts the packaged application as a process of its own with {@code -Xmx512m} on a fresh data
 * folder, measures the cold start until it is healthy, imports {@link InterregScaleData} through the
 * HTTP import API (records per second), optionally the very large project, reads the heap after a full
 * collection, then loads every main page and API: saturation throughput with a number of concurrent
 * clients, then p50/p99 latency with requests paced at 70 % of that throughput (open loop, latency from
 * the planned start), and the server process's CPU time per request. It prints one table, with each
 * throughput as a ratio to the static stylesheet's, and writes it to {@code target/benchmark/report.txt}.
 * Figures are printed, never asserted.
 *
 * <p>Properties: {@code benchmark.scale} (1x, 10x, or e.g. 0x for BETTER alone), {@code benchmark.large}
 * (practices of the very large project, 0 for none; it has a quarter as many events),
 * {@code benchmark.clients} (concurrent clients, default 4), {@code benchmark.seconds} (per measurement,
 * default 5), {@code benchmark.warmup} (practices of a large project imported first, under another key and apart in the report, so that the large import runs on a warmed-up server), {@code benchmark.pages} (false: the import and the heap only), {@code benchmark.jvmArgs} (extra JVM options for the server, e.g. a flight recording).
 */
class ProgrammeBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern TOKEN = Pattern.compile("id=\"token-secret\">(ph_[^<]+)<");
    private static final long TICKS_PER_SECOND = 100;

    private final String scale = System.getProperty("benchmark.scale", "1x");
    private final int large = Integer.getInteger("benchmark.large", 0);
    private final int warmup = Integer.getInteger("benchmark.warmup", 0);
    private final int clients = Integer.getInteger("benchmark.clients", 4);
    private final Duration window = Duration.ofSeconds(Integer.getInteger("benchmark.seconds", 5));
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).executor(Executors.newFixedThreadPool(8)).build();
    private final List<String> report = new ArrayList<>();
    private int port;
    private Process server;

    @Test
    void run() throws Exception {
        String jar = System.getProperty("practicehub.jar");
        assertThat(jar).as("practicehub.jar (set by the pom)").isNotBlank();
        Path folder = Files.createDirectories(Path.of("target", "benchmark")).toAbsolutePath();
        Path dataDir = Files.createTempDirectory(folder, "data-");
        try {
            line("PracticeHub benchmark: scale %s%s, %d clients, %d s per measurement", scale,
                    large > 0 ? ", large project " + large + " practices" : "", clients, window.toSeconds());
            line("Machine: %d processors, %s, Java %s (%s), %s", Runtime.getRuntime().availableProcessors(), memory(),
                    System.getProperty("java.version"), System.getProperty("java.vm.name"), System.getProperty("os.name"));
            start(Path.of(jar), dataDir);
            String token = tokenOf("admin@better.example", "demo-admin-password");
            int factor = Integer.parseInt(scale.toLowerCase(Locale.ROOT).replace("x", ""));
            ProjectDocument sample = importScale(token, factor);
            if (warmup > 0 && warmup != large) {
                importLarge(token, warmup, "Warm-up import");
            }
            String largeKey = large > 0 ? importLarge(token, large, "Import") : null;
            heap(token);
            if (Boolean.parseBoolean(System.getProperty("benchmark.pages", "true"))) {
                String key = sample == null ? "BETTER" : sample.project().key();
                List<Target> targets = targets(key);
                List<Target> largeTargets = largeKey == null ? List.of() : targets(largeKey);
                warmUp(targets, largeTargets);
                searchFigures = pages(key, targets);
                if (largeKey != null) {
                    pages(largeKey, largeTargets);
                }
                likeScan(factor);
            }
        } finally {
            stop();
            Files.write(folder.resolve("report.txt"), report);
        }
    }

    private void start(Path jar, Path dataDir) throws Exception {
        port = freePort();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m"));
        String extra = System.getProperty("benchmark.jvmArgs", "");
        if (!extra.isBlank()) {
            command.addAll(Arrays.asList(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-jar", jar.toAbsolutePath().toString(),
                // A 20,000-practice document is far over the 2 MB limit of an ordinary request.
                "--practicehub.max-request-body=512MB", "--server.tomcat.max-swallow-size=512MB"));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dataDir.toFile()).redirectErrorStream(true)
                .redirectOutput(dataDir.resolve("server.log").toFile());
        builder.environment().keySet().removeIf(n -> n.startsWith("SPRING_") || n.startsWith("PRACTICEHUB_") || n.startsWith("SERVER_"));
        builder.environment().put("PORT", Integer.toString(port));
        builder.environment().put("PRACTICEHUB_DATA_DIR", dataDir.resolve("data").toString());
        long started = System.nanoTime();
        server = builder.start();
        HttpRequest health = HttpRequest.newBuilder(uri("/actuator/health")).timeout(Duration.ofSeconds(5)).build();
        while (true) {
            assertThat(server.isAlive()).as("the server is running (see %s)", dataDir.resolve("server.log")).isTrue();
            try {
                if (http.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    break;
                }
            } catch (IOException notYet) {
                // The port opens late in the start.
            }
            Thread.sleep(50);
            assertThat(System.nanoTime() - started).as("started within 10 minutes").isLessThan(TimeUnit.MINUTES.toNanos(10));
        }
        line("Cold start to healthy: %.1f s (process start to /actuator/health 200; server CPU %.1f s)",
                (System.nanoTime() - started) / 1e9, cpuTicks() / (double) TICKS_PER_SECOND);
    }

    private void stop() throws InterruptedException {
        if (server != null && server.isAlive()) {
            server.destroy();
            if (!server.waitFor(60, TimeUnit.SECONDS)) {
                server.destroyForcibly().waitFor();
            }
        }
    }

    /** Imports every project of the scale one after the other; returns a project of typical size to load. */
    private ProjectDocument importScale(String token, int factor) throws Exception {
        if (factor == 0) {
            return null;
        }
        InterregScaleData data = InterregScaleData.interregEurope(factor);
        long records = 0;
        long nanos = 0;
        Map<String, Long> threadsBefore = threadTicks();
        long cpuBefore = cpuTicks();
        ProjectDocument sample = null;
        for (int i = 0; i < data.projectCount(); i++) {
            ProjectDocument document = InterregScaleData.project(i);
            byte[] body = JSON.writeValueAsBytes(document);
            long before = System.nanoTime();
            int status = importDocument(token, body);
            nanos += System.nanoTime() - before;
            assertThat(status).as("import of %s", document.project().key()).isEqualTo(201);
            records += InterregScaleData.records(document);
            if (sample == null && document.practices().size() >= 20 && document.events().size() >= 55) {
                sample = document;
            }
        }
        line("Import %s: %d projects, %d records in %.1f s: %,.0f records/s (server CPU %.1f s)", scale, data.projectCount(),
                records, nanos / 1e9, records / (nanos / 1e9), (cpuTicks() - cpuBefore) / (double) TICKS_PER_SECOND);
        line("  server CPU by thread: %s", cpuByThread(threadsBefore, cpuBefore));
        return sample;
    }

    private String importLarge(String token, int practices, String what) throws Exception {
        ProjectDocument document = InterregScaleData.largeProject(practices, practices / 4);
        byte[] body = JSON.writeValueAsBytes(document);
        Map<String, Long> threadsBefore = threadTicks();
        long cpuBefore = cpuTicks();
        long before = System.nanoTime();
        int status = importDocument(token, body);
        double seconds = (System.nanoTime() - before) / 1e9;
        int records = InterregScaleData.records(document);
        line("%s of one large project (%d practices, %d events, %d transfers; %.1f MB): %d records in %.1f s: %,.0f records/s"
                + " (status %d, server CPU %.1f s)", what, document.practices().size(), document.events().size(),
                document.transfers().size(), body.length / 1e6, records, seconds, records / seconds, status,
                (cpuTicks() - cpuBefore) / (double) TICKS_PER_SECOND);
        line("  server CPU by thread: %s", cpuByThread(threadsBefore, cpuBefore));
        return document.project().key();
    }

    private int importDocument(String token, byte[] body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri("/api/v1/projects/import")).timeout(Duration.ofHours(1))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            line("  import answered %d: %s", response.statusCode(),
                    response.body().substring(0, Math.min(2000, response.body().length())));
        }
        return response.statusCode();
    }

    /** The heap in use after a full collection, as the server's own metrics report it. */
    private void heap(String token) throws Exception {
        Process gc = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                Long.toString(server.pid()), "GC.run").redirectErrorStream(true).start();
        gc.getInputStream().readAllBytes();
        gc.waitFor(60, TimeUnit.SECONDS);
        HttpRequest request = HttpRequest.newBuilder(uri("/actuator/prometheus")).header("Authorization", "Bearer " + token).build();
        String metrics = http.send(request, HttpResponse.BodyHandlers.ofString()).body();
        double used = 0;
        for (String row : metrics.split("\n")) {
            if (row.startsWith("jvm_memory_used_bytes{") && row.contains("area=\"heap\"")) {
                used += Double.parseDouble(row.substring(row.lastIndexOf(' ') + 1));
            }
        }
        line("Heap in use after loading and a full GC: %.0f MB of -Xmx512m", used / 1024 / 1024);
    }

    private record Target(String name, String path, boolean json) {
    }

    /**
     * Server CPU per request: the whole process (request threads, JIT compilers, garbage collector) and the
     * request threads alone (Tomcat's {@code http-nio-*}), whose work is the page's own.
     */
    private record Figures(double throughput, double cpuMs, double requestCpuMs, double p50, double p95, double p99,
            long bytes, int status) {
    }

    private List<Target> targets(String key) throws Exception {
        // What an anonymous reader sees: the public practices and plans.
        long practiceId = first(getJson("/api/v1/projects/" + key + "/practices?size=1")).get("id").asLong();
        JsonNode plan = first(getJson("/api/v1/projects/" + key + "/action-plans"));
        String term = "recycling";
        List<Target> targets = new ArrayList<>(List.of(
                new Target("static stylesheet", "/css/practicehub.css", false),
                new Target("health", "/actuator/health", true),
                new Target("start page", "/", false),
                new Target("project home", "/projects/" + key, false),
                new Target("catalogue", "/projects/" + key + "/practices", false),
                new Target("catalogue search", "/projects/" + key + "/practices?q=" + term, false),
                new Target("practice page", "/projects/" + key + "/practices/" + practiceId, false),
                new Target("event list", "/projects/" + key + "/events", false),
                new Target("dashboard", "/projects/" + key + "/dashboard", false)));
        if (plan != null) {
            targets.add(new Target("action plan page", "/projects/" + key + "/action-plans/" + plan.get("id").asLong(), false));
        }
        targets.add(new Target("JSON practice list", "/api/v1/projects/" + key + "/practices", true));
        targets.add(new Target("search API", "/api/v1/practices?q=goteborg", true));
        targets.add(new Target("search API (recycle)", "/api/v1/practices?q=recycle", true));
        return targets;
    }

    /**
     * Sends every page a few seconds of requests before anything is measured, so that the JIT compilers have
     * compiled the code all pages share and their work is not counted against the first pages measured.
     */
    private void warmUp(List<Target> targets, List<Target> largeTargets) throws Exception {
        long before = System.nanoTime();
        for (int round = 0; round < 2; round++) {
            for (Target target : targets) {
                closedLoop(HttpRequest.newBuilder(uri(target.path())).timeout(Duration.ofSeconds(60)).build(), Duration.ofSeconds(2));
            }
            for (Target target : largeTargets) {
                closedLoop(HttpRequest.newBuilder(uri(target.path())).timeout(Duration.ofSeconds(60)).build(), Duration.ofSeconds(1));
            }
        }
        line("");
        line("Warm-up: every page for 2 x 2 s (%.0f s)", (System.nanoTime() - before) / 1e9);
    }

    private Map<String, Figures> pages(String key, List<Target> targets) throws Exception {
        line("");
        line("Pages and APIs of project %s (anonymous reader), %d clients at saturation, then paced at 70 %%:", key, clients);
        line("CPU ms: the server process per request; thread ms: its request threads only; CPU x: the process CPU as a multiple of the stylesheet's");
        line("%-22s %9s %8s %8s %9s %7s %8s %8s %8s %9s %s", "", "req/s", "ratio", "CPU ms", "thread ms", "CPU x", "p50 ms",
                "p95 ms", "p99 ms", "bytes", "path");
        Map<String, Figures> all = new LinkedHashMap<>();
        Figures reference = null;
        for (Target target : targets) {
            Figures figures = measure(target.path());
            all.put(target.name(), figures);
            if (reference == null) {
                reference = figures;
            }
            line("%-22s %9.1f %7.1f%% %8.2f %9.2f %7.1f %8.1f %8.1f %8.1f %9d %s%s", target.name(), figures.throughput(),
                    100 * figures.throughput() / reference.throughput(), figures.cpuMs(), figures.requestCpuMs(),
                    figures.cpuMs() / reference.cpuMs(), figures.p50(), figures.p95(), figures.p99(), figures.bytes(),
                    target.path(), figures.status() == 200 ? "" : " (status " + figures.status() + ")");
        }
        return all;
    }

    private Map<String, Figures> searchFigures = Map.of();

    /**
     * The same practice texts in an in-memory H2 table, searched with {@code LIKE '%term%'} over title,
     * summary, problem, description, evidence and location (lower-cased), as a database scan does.
     */
    private void likeScan(int factor) throws SQLException {
        if (factor == 0) {
            return;
        }
        try (Connection db = DriverManager.getConnection("jdbc:h2:mem:likescan;DB_CLOSE_DELAY=-1")) {
            db.createStatement().execute("create table practice (id bigint primary key, title varchar(500), summary varchar(4000),"
                    + " problem varchar(4000), description varchar(8000), evidence varchar(4000), location varchar(500))");
            long id = 0;
            try (PreparedStatement insert = db.prepareStatement("insert into practice values (?, ?, ?, ?, ?, ?, ?)")) {
                for (ProjectDocument d : (Iterable<ProjectDocument>) InterregScaleData.interregEurope(factor).projects()::iterator) {
                    for (PracticeData p : d.practices()) {
                        insert.setLong(1, ++id);
                        insert.setString(2, p.title());
                        insert.setString(3, p.summary());
                        insert.setString(4, p.problemAddressed());
                        insert.setString(5, p.description());
                        insert.setString(6, p.evidenceOfSuccess());
                        insert.setString(7, p.location());
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            String where = Arrays.stream(new String[] {"title", "summary", "problem", "description", "evidence", "location"})
                    .map(c -> "lower(" + c + ") like ?").collect(Collectors.joining(" or "));
            List<Double> times = new ArrayList<>();
            long hits = 0;
            try (PreparedStatement query = db.prepareStatement("select count(*) from practice where " + where)) {
                for (int round = 0; round < 40; round++) {
                    String term = round % 2 == 0 ? "%goteborg%" : "%recycl%";
                    for (int c = 1; c <= 6; c++) {
                        query.setString(c, term);
                    }
                    long before = System.nanoTime();
                    try (ResultSet rs = query.executeQuery()) {
                        rs.next();
                        hits = rs.getLong(1);
                    }
                    times.add((System.nanoTime() - before) / 1e6);
                }
            }
            double p95 = percentile(times.subList(10, times.size()), 0.95);
            line("");
            line("LIKE scan of the same %d practice texts (in-memory H2, 6 columns, lower(...) like '%%term%%'): p95 %.2f ms"
                    + " (last term %d hits)", id, p95, hits);
            Figures api = searchFigures.get("search API");
            if (api != null) {
                line("Search API p95 %.2f ms over HTTP: the LIKE scan alone takes %.1f times as long", api.p95(), p95 / api.p95());
            }
        }
    }

    /** Saturation with {@link #clients} closed-loop clients, then open-loop requests paced at 70 % of it. */
    private Figures measure(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60)).build();
        HttpResponse<byte[]> probe = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        // Warm up.
        closedLoop(request, Duration.ofSeconds(2));
        long cpuBefore = cpuTicks();
        long threadsBefore = requestThreadTicks();
        long completed = closedLoop(request, window);
        long cpu = cpuTicks() - cpuBefore;
        long threads = requestThreadTicks() - threadsBefore;
        double throughput = completed / (double) window.toSeconds();
        List<Double> latencies = openLoop(request, throughput * 0.7, window);
        double perRequest = completed == 0 ? 0 : 1000.0 / TICKS_PER_SECOND / completed;
        return new Figures(throughput, cpu * perRequest, threads * perRequest,
                percentile(latencies, 0.5), percentile(latencies, 0.95), percentile(latencies, 0.99), probe.body().length,
                probe.statusCode());
    }

    private long closedLoop(HttpRequest request, Duration duration) throws InterruptedException {
        AtomicLong completed = new AtomicLong();
        AtomicBoolean running = new AtomicBoolean(true);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                while (running.get()) {
                    try {
                        http.send(request, HttpResponse.BodyHandlers.discarding());
                        if (running.get()) {
                            completed.incrementAndGet();
                        }
                    } catch (IOException e) {
                        // Counted as not completed.
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        Thread.sleep(duration.toMillis());
        running.set(false);
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.MINUTES);
        return completed.get();
    }

    /** Requests at a fixed rate whatever the answers' pace; each latency counts from its planned start. */
    private List<Double> openLoop(HttpRequest request, double perSecond, Duration duration) throws Exception {
        double rate = Math.max(perSecond, 0.5);
        long interval = (long) (1e9 / rate);
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        List<CompletableFuture<Double>> answers = new ArrayList<>();
        for (long planned = start; planned < end; planned += interval) {
            long wait = planned - System.nanoTime();
            if (wait > 0) {
                TimeUnit.NANOSECONDS.sleep(wait);
            }
            long at = planned;
            answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding())
                    .thenApply(r -> (System.nanoTime() - at) / 1e6));
        }
        List<Double> latencies = new ArrayList<>();
        for (CompletableFuture<Double> answer : answers) {
            latencies.add(answer.get(2, TimeUnit.MINUTES));
        }
        return latencies;
    }

    private static double percentile(List<Double> values, double p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }

    /**
     * The server's CPU time so far by kind of thread, in clock ticks: the threads that handle requests, the
     * JIT compilers, the garbage collector and the search index's threads (Hibernate Search, Lucene). What
     * the process spent besides, and in threads that ended meanwhile, is the difference to {@link #cpuTicks()}.
     */
    private Map<String, Long> threadTicks() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        List.of("requests", "JIT compiler", "garbage collector", "search index").forEach(kind -> ticks.put(kind, 0L));
        try (var tasks = Files.list(Path.of("/proc", Long.toString(server.pid()), "task"))) {
            for (Path task : tasks.toList()) {
                try {
                    String name = Files.readString(task.resolve("comm")).strip();
                    String stat = Files.readString(task.resolve("stat"));
                    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    String kind = name.startsWith("http-nio") ? "requests"
                            : name.startsWith("C1 Compiler") || name.startsWith("C2 Compiler") ? "JIT compiler"
                            : name.startsWith("GC ") || name.startsWith("G1 ") ? "garbage collector"
                            : name.startsWith("Hibernate Searc") ? "search index" : null;
                    if (kind != null) {
                        ticks.merge(kind, Long.parseLong(fields[11]) + Long.parseLong(fields[12]), Long::sum);
                    }
                } catch (IOException ended) {
                    // The thread ended while it was read: its time counts as the rest.
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("CPU time of the server's threads (Linux /proc)", e);
        }
        return ticks;
    }

    /** The server CPU spent since {@code before} by kind of thread, e.g. "requests 9.6 s, JIT compiler 12.5 s, …". */
    private String cpuByThread(Map<String, Long> before, long totalBefore) {
        Map<String, Long> now = threadTicks();
        long rest = cpuTicks() - totalBefore;
        List<String> parts = new ArrayList<>();
        for (Map.Entry<String, Long> kind : now.entrySet()) {
            long spent = kind.getValue() - before.getOrDefault(kind.getKey(), 0L);
            rest -= spent;
            parts.add(String.format(Locale.ROOT, "%s %.1f s", kind.getKey(), spent / (double) TICKS_PER_SECOND));
        }
        parts.add(String.format(Locale.ROOT, "other %.1f s", rest / (double) TICKS_PER_SECOND));
        return String.join(", ", parts);
    }

    /** The server process's CPU time so far (user and system), in clock ticks of 1/100 s. */
    private long cpuTicks() {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(server.pid()), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException e) {
            throw new UncheckedIOException("CPU time of the server (Linux /proc)", e);
        }
    }

    /** The CPU time so far of the server's request threads (Tomcat's {@code http-nio-*}), in clock ticks. */
    private long requestThreadTicks() {
        return threadTicks().get("requests");
    }

    private static String memory() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).get(0).replaceAll("\\s+", " ") + " RAM";
        } catch (IOException e) {
            return "RAM unknown";
        }
    }

    private int status(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private JsonNode getJson(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").build();
        return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofString()).body());
    }

    private static JsonNode first(JsonNode list) {
        JsonNode items = list.has("content") ? list.get("content") : list;
        return items.isArray() && !items.isEmpty() ? items.get(0) : null;
    }

    /** Signs in through the login form and creates a personal access token on the profile page. */
    private String tokenOf(String email, String password) throws Exception {
        HttpClient browser = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER).build();
        String login = browser.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
        browser.send(form("/login", Map.of("username", email, "password", password, "_csrf", match(CSRF, login))),
                HttpResponse.BodyHandlers.discarding());
        String profile = browser.send(HttpRequest.newBuilder(uri("/profile")).build(), HttpResponse.BodyHandlers.ofString()).body();
        String created = browser.send(form("/profile/tokens", Map.of("tokenName", "benchmark", "_csrf", match(CSRF, profile))),
                HttpResponse.BodyHandlers.ofString()).body();
        return match(TOKEN, created);
    }

    private HttpRequest form(String path, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(f -> URLEncoder.encode(f.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(f.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static String match(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("%s in the page", pattern).isTrue();
        return matcher.group(1);
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private void line(String format, Object... args) {
        String text = String.format(Locale.ROOT, format, args);
        report.add(text);
        PrintStream out = System.out;
        out.println(text);
        out.flush();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
