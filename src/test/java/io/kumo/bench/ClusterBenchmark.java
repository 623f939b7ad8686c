package io.kumo.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.secrets.SecretKeyFile;
import io.kumo.testkit.ClusterNode;
import io.kumo.testkit.ClusterRows;
import io.kumo.testkit.ClusterRows.NodeRow;
import io.kumo.testkit.ClusterRows.RunRow;
import io.kumo.testkit.Lateness;
import io.kumo.testkit.PostgresServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Cluster mode on a real PostgreSQL with fsync on ({@code PostgresServer.start(true)}): (1) lateness of fires
 * ({@code started_at − scheduled_for} from the runs table, p50/p99/max) with N interval tasks every second on 1 node and
 * on 3 nodes, each a real {@code kumo --headless --db-url …} process; (2) failover: SIGKILL of the node running a
 * {@code sleep} (a task due once),
 * until its run is INTERRUPTED and until its retry runs on another node, over a few repetitions (the
 * killed node restarts between them). Run after {@code mvn -o -q package -DskipTests}:
 * {@code mvn -Pbench -Dbench.main=io.kumo.bench.ClusterBenchmark -Dbench.args="100 30 5 1,3 3"}. Arguments: tasks per
 * second (100), seconds measured (30), warm-up seconds (5), the cluster sizes (1,3), failover repetitions on the
 * largest (3), and {@code jar} or {@code classpath}: the nodes from target/kumo.jar (the default when it exists) or from
 * this JVM's class path (the smoke mode: it runs before {@code package}).
 */
public final class ClusterBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration STARTUP = Duration.ofSeconds(90);

    private final PostgresServer postgres;
    private final List<String> launch;
    private final Path work;

    private ClusterBenchmark(PostgresServer postgres, List<String> launch, Path work) {
        this.postgres = postgres;
        this.launch = launch;
        this.work = work;
    }

    public static void main(String[] args) throws Exception {
        int tasks = args.length > 0 ? Integer.parseInt(args[0]) : 100;
        int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        int[] sizes = Arrays.stream((args.length > 3 ? args[3] : "1,3").split(",")).mapToInt(Integer::parseInt).toArray();
        int failovers = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        boolean fromJar = args.length > 5 ? args[5].equals("jar") : Files.exists(Path.of("target", "kumo.jar"));
        List<String> launch = fromJar ? ClusterNode.jarLaunch() : ClusterNode.classPathLaunch();
        System.out.printf("Cluster benchmark: %d tasks every second, %d s measured after %d s of warm-up, nodes %s, %d"
                        + " failovers, PostgreSQL with fsync on, nodes from %s, %d cores%n", tasks, seconds, warmup,
                Arrays.toString(sizes), failovers, fromJar ? "the jar" : "the class path", Runtime.getRuntime().availableProcessors());

        Path work = Files.createTempDirectory("kumo-cluster-bench");
        try (PostgresServer postgres = PostgresServer.start(true)) {
            ClusterBenchmark benchmark = new ClusterBenchmark(postgres, launch, work);
            for (int i = 0; i < sizes.length; i++) {
                benchmark.measure(sizes[i], tasks, seconds, warmup, i == sizes.length - 1 ? failovers : 0);
            }
        } finally {
            deleteTree(work);
        }
    }

    private void measure(int size, int tasks, int seconds, int warmup, int failovers) throws Exception {
        try (Cluster cluster = Cluster.start(this, size)) {
            Instant created = cluster.createLoad(tasks);
            Instant from = created.plusSeconds(warmup);
            Instant until = from.plusSeconds(seconds);
            Thread.sleep(Math.max(0, Duration.between(Instant.now(), until).toMillis()) + 2000);
            List<RunRow> runs = cluster.rows.runs("task_name LIKE 'load-%' AND scheduled_for >= ? AND scheduled_for < ?", from, until);
            Lateness lateness = Lateness.of(runs.stream().filter(run -> run.startedAt() != null)
                    .map(run -> Duration.between(run.scheduledFor(), run.startedAt())).toList());
            Map<String, Long> perNode = runs.stream().collect(Collectors.groupingBy(run -> String.valueOf(run.node()),
                    TreeMap::new, Collectors.counting()));
            Map<String, Long> perStatus = runs.stream().collect(Collectors.groupingBy(RunRow::status, TreeMap::new,
                    Collectors.counting()));
            long expected = (long) tasks * seconds;
            System.out.printf("%d node%s: lateness %s; %d runs of %d fires due, by status %s, by node %s%n", size,
                    size == 1 ? " " : "s", lateness, runs.size(), expected, perStatus, perNode);
            if (failovers > 0) {
                cluster.pauseLoad(tasks);
                failovers(cluster, failovers);
            }
        }
    }

    private void failovers(Cluster cluster, int repetitions) throws Exception {
        List<Long> toInterrupted = new ArrayList<>();
        List<Long> toElsewhere = new ArrayList<>();
        for (int i = 1; i <= repetitions; i++) {
            // once, a few seconds from now: the run on another node after the crash is the takeover's retry
            String task = "failover-" + i;
            cluster.api("POST", "/api/v1/tasks", JSON.createObjectNode().put("name", task).put("command", "sleep 600")
                    .put("at", Instant.now().plusSeconds(3).truncatedTo(ChronoUnit.SECONDS).toString()).put("retries", 1)
                    .put("retry_delay", "1s").toString(), 201);
            RunRow running = awaitRunning(cluster, task, Duration.ofSeconds(60));
            String victim = running.node();
            Instant killedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            cluster.nodes.get(victim).kill();
            Instant interruptedAt = null;
            Instant elsewhereAt = null;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while ((interruptedAt == null || elsewhereAt == null) && System.nanoTime() < deadline) {
                if (interruptedAt == null && !cluster.rows.runs("id = ? AND status = 'INTERRUPTED'", running.id()).isEmpty()) {
                    interruptedAt = Instant.now();
                }
                if (elsewhereAt == null && !cluster.rows.runs("task_name = ? AND node <> ? AND started_at >= ?",
                        task, victim, killedAt).isEmpty()) {
                    elsewhereAt = Instant.now();
                }
                Thread.sleep(100);
            }
            NodeRow dead = cluster.rows.nodes().get(victim);
            System.out.printf("failover %d: SIGKILL of %s (last heartbeat %d ms before): INTERRUPTED after %s, running on"
                            + " another node after %s%n", i, victim, Duration.between(dead.heartbeatAt(), killedAt).toMillis(),
                    since(killedAt, interruptedAt), since(killedAt, elsewhereAt));
            if (interruptedAt != null) {
                toInterrupted.add(Duration.between(killedAt, interruptedAt).toMillis());
            }
            if (elsewhereAt != null) {
                toElsewhere.add(Duration.between(killedAt, elsewhereAt).toMillis());
            }
            cluster.restart(victim);
        }
        System.out.printf("failover over %d: kill -> INTERRUPTED %s; kill -> running elsewhere %s%n", repetitions,
                spread(toInterrupted), spread(toElsewhere));
    }

    private static RunRow awaitRunning(Cluster cluster, String task, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            List<RunRow> running = cluster.rows.runs("task_name = ? AND status = 'RUNNING'", task);
            for (RunRow run : running) {
                if (run.node() != null && cluster.nodes.get(run.node()).isAlive()) {
                    return run;
                }
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(task + " did not run within " + limit);
    }

    private static String since(Instant from, Instant to) {
        return to == null ? "(not within 60 s)" : Duration.between(from, to).toMillis() + " ms";
    }

    private static String spread(List<Long> millis) {
        if (millis.isEmpty()) {
            return "(none measured)";
        }
        List<Long> sorted = millis.stream().sorted().toList();
        return "min %d ms, median %d ms, max %d ms".formatted(sorted.getFirst(), sorted.get((sorted.size() - 1) / 2),
                sorted.getLast());
    }

    /** Nodes n1..nK on a database of their own; n1 serves the REST API the load is created through. */
    private static final class Cluster implements AutoCloseable {

        private final ClusterBenchmark bench;
        private final String url;
        private final Path dir;
        private final Path secretKey;
        private final ClusterRows rows;
        private final Map<String, ClusterNode> nodes = new LinkedHashMap<>();
        private final HttpClient http = HttpClient.newHttpClient();
        private String apiBase;
        private String token;

        private Cluster(ClusterBenchmark bench, String database, Path dir) throws IOException {
            this.bench = bench;
            this.url = database + "?user=" + PostgresServer.USER;
            this.dir = dir;
            this.secretKey = dir.resolve("secret.key");
            this.rows = new ClusterRows(database, PostgresServer.USER);
            Files.createDirectories(dir);
            SecretKeyFile.loadOrCreate(secretKey);
        }

        static Cluster start(ClusterBenchmark bench, int size) throws Exception {
            Cluster cluster = new Cluster(bench, bench.postgres.newDatabase().url(), bench.work.resolve(size + "-nodes"));
            try {
                cluster.token = cluster.cliLastLine("api", "token", "create", "bench", "--role", "admin");
                cluster.apiBase = "http://127.0.0.1:" + freePort();
                for (int i = 1; i <= size; i++) {
                    cluster.startNode("n" + i);
                }
                for (int i = 1; i <= size; i++) {
                    cluster.awaitAlive("n" + i, null);
                }
                cluster.awaitApi();
                return cluster;
            } catch (Exception | Error e) {
                cluster.close();
                throw e;
            }
        }

        private void startNode(String name) throws IOException {
            List<String> extra = name.equals("n1") ? List.of("--api", apiBase.substring("http://".length())) : List.of();
            nodes.put(name, ClusterNode.start(bench.launch, name, dir.resolve(name), url, secretKey, extra, Map.of()));
        }

        void restart(String name) throws Exception {
            String before = rows.nodes().get(name).incarnation();
            startNode(name);
            awaitAlive(name, before);
            if (name.equals("n1")) {
                awaitApi(); // the load is driven through n1's REST API
            }
        }

        /** Until the node's row is ALIVE (with another incarnation than {@code notIncarnation}, when given). */
        private void awaitAlive(String name, String notIncarnation) throws Exception {
            long deadline = System.nanoTime() + STARTUP.toNanos();
            while (System.nanoTime() < deadline) {
                if (!nodes.get(name).isAlive()) {
                    throw new IllegalStateException(name + " exited:\n" + nodes.get(name).output());
                }
                NodeRow row = rows.nodes().get(name);
                if (row != null && row.status().equals("ALIVE") && !row.incarnation().equals(notIncarnation)) {
                    return;
                }
                Thread.sleep(200);
            }
            throw new IllegalStateException(name + " not ALIVE within " + STARTUP + ":\n" + nodes.get(name).output());
        }

        /** Until n1's REST API answers: a node joins (its row ALIVE) before its API server listens. */
        private void awaitApi() throws Exception {
            long deadline = System.nanoTime() + STARTUP.toNanos();
            while (true) {
                try {
                    api("GET", "/api/v1/health", null, 200);
                    return;
                } catch (java.net.ConnectException e) {
                    if (System.nanoTime() > deadline) {
                        throw new IllegalStateException("n1's REST API did not listen within " + STARTUP + ":\n"
                                + nodes.get("n1").output(), e);
                    }
                    Thread.sleep(200);
                }
            }
        }

        /** N tasks of {@code /bin/true} every second, created one after the other (anchors spread by the creation). */
        Instant createLoad(int tasks) throws Exception {
            for (int i = 0; i < tasks; i++) {
                api("POST", "/api/v1/tasks", JSON.createObjectNode().put("name", "load-%04d".formatted(i))
                        .put("command", "/bin/true").put("every", "1s").put("overlap", "allow").toString(), 201);
            }
            return Instant.now();
        }

        void pauseLoad(int tasks) throws Exception {
            for (int i = 0; i < tasks; i++) {
                api("POST", "/api/v1/tasks/" + "load-%04d".formatted(i) + "/pause", null, 200);
            }
        }

        void api(String method, String path, String body, int expected) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiBase + path)).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).method(method, body == null
                            ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
            if (body != null) {
                request.header("Content-Type", "application/json");
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != expected) {
                throw new IllegalStateException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
            }
        }

        /** {@code kumo --db-url URL --secret-key FILE ARGS} from a data directory of its own: its last line of output. */
        private String cliLastLine(String... args) throws Exception {
            List<String> command = new ArrayList<>(bench.launch);
            command.addAll(List.of("--data-dir", dir.resolve("cli").toString(), "--db-url", url, "--secret-key",
                    secretKey.toString()));
            command.addAll(List.of(args));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(90, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("kumo " + String.join(" ", args) + " failed: " + out);
            }
            return out.strip().lines().reduce((first, second) -> second).orElse("").strip();
        }

        @Override
        public void close() throws Exception {
            for (ClusterNode node : nodes.values()) {
                node.close();
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
