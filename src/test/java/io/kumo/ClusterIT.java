package io.kumo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumo.secrets.SecretKeyFile;
import io.kumo.testkit.ClusterNode;
import io.kumo.testkit.ClusterRows;
import io.kumo.testkit.ClusterRows.NodeRow;
import io.kumo.testkit.ClusterRows.RunRow;
import io.kumo.testkit.FireLog;
import io.kumo.testkit.KumoCommands;
import io.kumo.testkit.Lateness;
import io.kumo.testkit.LiveProcesses;
import io.kumo.testkit.PostgresServer;
import io.kumo.testkit.TcpProxy;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 18's acceptance: three real nodes of the packaged jar on one real PostgreSQL, one cluster for every scenario,
 * in order. (1) 200 tasks every second for 60 s: every fire ran exactly once (the shared file the runs append to, and
 * the runs table agree). (2) A task labelled gpu ran only on the node started with {@code --labels gpu}. (3)
 * {@code kumo nodes --json} lists the three. (4) SIGKILL of the node running a {@code sleep 30}: its run INTERRUPTED
 * and the task running on the other eligible node within the lease. (5) The third node, whose database connection goes
 * through a {@link TcpProxy}, cut off: declared dead, it claims nothing after its lease while the others keep running
 * its tasks; restored, it rejoins with a new incarnation, and no fire ran twice. Prints the figures it measures.
 *
 * <p>Limits: the 15 s. The lease is the default 10 s and the dead-node check runs once a heartbeat (a fifth of
 * the lease, 2 s) against heartbeats that are up to 2 s old at the crash, so a crash is noticed 10 to 14 s after it,
 * and the adoption loop (every second) starts the retry elsewhere.
 *
 * <p>Load: 200 one-line runs a second, three JVMs, PostgreSQL and this test on the CI's 2 cores are more than the
 * cores do in real time, so fires start late (figures printed). The load tasks use misfire policy {@code all}: a fire
 * that is late runs late instead of being folded into a MISSED gap (the default {@code once} would drop it, by
 * design, on one machine as in a cluster); the test then waits until the backlog before its cutoff has run.
 */
@DisabledOnOs(OS.WINDOWS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    private static final Duration LEASE = Duration.ofSeconds(10);
    private static final Duration DETECTION_LIMIT = Duration.ofSeconds(15);
    /** A node's start on a loaded 2-core machine (three JVMs starting at once, each re-executed with its memory options). */
    private static final Duration STARTUP = Duration.ofSeconds(180);
    private static final int LOAD_TASKS = 200;
    /** Load tasks left running after the exactly-once window: the partition's "others keep running its tasks". */
    private static final int STEADY_TASKS = 10;
    private static final Duration LOAD_WINDOW = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;
    private PostgresServer postgres;
    private TcpProxy partition;
    private String url;
    private String partitionedUrl;
    private Path secretKey;
    private ClusterRows rows;
    private KumoCommands cli;
    private final Map<String, ClusterNode> nodes = new LinkedHashMap<>();
    private Path fires;
    private Path gpuFires;
    private String apiBase;
    private String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Map<String, Long> loadTaskIds = new TreeMap<>();

    @RegisterExtension
    final TestWatcher diagnostics = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            nodes.values().forEach(node -> System.out.println("---- " + node + " printed:\n" + tail(node.output(), 6000)));
            if (postgres != null) {
                System.out.println("---- PostgreSQL's log:\n" + tail(postgres.log(), 4000));
            }
        }
    };

    @BeforeAll
    void startThreeNodes() throws Exception {
        postgres = PostgresServer.start();
        String database = postgres.newDatabase().url();
        url = database + "?user=" + PostgresServer.USER;
        partition = TcpProxy.to(postgres.port());
        partitionedUrl = url.replace(":" + postgres.port() + "/", ":" + partition.port() + "/");
        rows = new ClusterRows(database, PostgresServer.USER);
        secretKey = work.resolve("cluster-secret.key");
        SecretKeyFile.loadOrCreate(secretKey); // one key for every node and the CLI: each seals what the others open
        fires = work.resolve("fires.log");
        gpuFires = work.resolve("gpu-fires.log");
        cli = new KumoCommands(Files.createDirectories(work.resolve("cli")));

        token = lastLine(ok(kumo("api", "token", "create", "cluster-it", "--role", "admin")).out());
        ok(kumo("task", "add", "--name", "gpu-only", "--every", "1s", "--overlap", "allow", "--shell", "--on-label", "gpu",
                "--command", FireLog.COMMAND.formatted(gpuFires)));

        int apiPort = freePort();
        apiBase = "http://127.0.0.1:" + apiPort;
        startNode("n1", url, labelsOf("n1"));
        startNode("n2", url, labelsOf("n2"));
        startNode("n3", partitionedUrl, List.of("--api", "127.0.0.1:" + apiPort, "--max-runs", "16"));
        awaitAlive(Set.of("n1", "n2", "n3"), STARTUP);
        await(STARTUP, "n3's REST API answering", () -> {
            try {
                return api("GET", "/api/v1/health", null).statusCode() == 200 ? Boolean.TRUE : null;
            } catch (java.io.IOException notYet) {
                return null;
            }
        });
    }

    @AfterAll
    void stopCluster() throws Exception {
        for (ClusterNode node : nodes.values()) {
            node.close();
        }
        if (partition != null) {
            partition.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void twoHundredTasksEverySecondForAMinuteRunEachFireExactlyOnce() throws Exception {
        long createStart = System.nanoTime();
        for (int i = 0; i < LOAD_TASKS; i++) {
            String name = "load-%03d".formatted(i);
            ObjectNode body = JSON.createObjectNode().put("name", name).put("command", FireLog.COMMAND.formatted(fires))
                    .put("every", "1s").put("shell", true).put("overlap", "allow").put("misfire", "all");
            HttpResponse<String> created = api("POST", "/api/v1/tasks", body.toString());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            loadTaskIds.put(name, JSON.readTree(created.body()).get("id").asLong());
        }
        System.out.printf("cluster: %d tasks created through node n3's REST API in %d ms%n", LOAD_TASKS,
                Duration.ofNanos(System.nanoTime() - createStart).toMillis());

        Thread.sleep(LOAD_WINDOW.toMillis());
        Instant cutoff = Instant.now().minusSeconds(2).truncatedTo(ChronoUnit.MILLIS); // every fire before it has ended (a run is one echo)
        // an overloaded cluster records fires late: pausing a task drops its fires not yet recorded, so pause only once
        // every load task has a run recorded past the cutoff
        await(Duration.ofSeconds(120), "every load task recorded past the cutoff", () ->
                rows.runs("task_id IN (SELECT id FROM tasks WHERE name LIKE 'load-%') AND scheduled_for >= ?", cutoff)
                        .stream().map(RunRow::taskId).distinct().count() == LOAD_TASKS ? Boolean.TRUE : null);
        List<String> pauseFailures = new ArrayList<>(); // checked last: the exactly-once figures count even then
        for (String name : loadTaskIds.keySet().stream().skip(STEADY_TASKS).toList()) {
            HttpResponse<String> paused = api("POST", "/api/v1/tasks/" + name + "/pause", null);
            if (paused.statusCode() != 200) {
                pauseFailures.add(name + ": " + paused.statusCode() + " " + paused.body());
            }
        }
        await(Duration.ofSeconds(120), "the backlog before the cutoff has run", () ->
                rows.runs("status IN ('QUEUED', 'RUNNING') AND scheduled_for < ?", cutoff).isEmpty() ? Boolean.TRUE : null);
        Thread.sleep(1000); // the last runs' lines are in the file

        Set<Long> ids = Set.copyOf(loadTaskIds.values());
        FireLog ran = FireLog.read(fires).where(fire -> ids.contains(fire.taskId()) && fire.scheduledFor().isBefore(cutoff));
        List<RunRow> recorded = rows.runs("task_id IN (SELECT id FROM tasks WHERE name LIKE 'load-%') AND scheduled_for < ?", cutoff);
        System.out.printf("cluster: %d fires ran in the window; per node %s%n", ran.fires().size(), ran.perNode());
        System.out.println("cluster: lateness (started_at - scheduled_for) " + Lateness.of(recorded.stream().filter(run -> run.startedAt() != null)
                .map(run -> Duration.between(run.scheduledFor(), run.startedAt())).toList()));

        assertThat(ran.duplicates()).as("fires that ran more than once").isEmpty();
        assertThat(ran.lost(Duration.ofSeconds(1))).as("fires that never ran, by task id").isEmpty();
        assertThat(ran.fires().stream().map(FireLog.Fire::taskId).distinct().count()).isEqualTo(LOAD_TASKS);
        Map<Long, Long> perTask = countBy(ran.fires().stream().map(FireLog.Fire::taskId));
        assertThat(perTask.values()).as("fires per task in the %s window", LOAD_WINDOW).allMatch(count -> count >= 50);
        assertThat(ran.perNode()).as("every node took a share").containsOnlyKeys("n1", "n2", "n3");

        assertThat(recorded).as("runs in the table that are not SUCCESS or have no node")
                .filteredOn(run -> !run.status().equals("SUCCESS") || run.node() == null).isEmpty();
        assertThat(recorded).extracting(RunRow::id).as("the table's runs are the file's runs")
                .containsExactlyInAnyOrderElementsOf(ran.fires().stream().map(FireLog.Fire::runId).toList());
        for (FireLog.Fire fire : ran.fires()) {
            RunRow run = recorded.stream().filter(row -> row.id() == fire.runId()).findFirst().orElseThrow();
            assertThat(run.node()).as("run %d's node", run.id()).isEqualTo(fire.node());
        }
        assertThat(pauseFailures).as("pausing the load tasks through the REST API").isEmpty();
    }

    @Test
    @Order(2)
    void aTaskOnLabelGpuRanOnlyOnTheNodeStartedWithThatLabel() throws Exception {
        List<RunRow> gpuRuns = rows.runs("task_name = 'gpu-only'");

        assertThat(gpuRuns).as("the gpu task ran").hasSizeGreaterThan(5);
        assertThat(gpuRuns).extracting(RunRow::node).containsOnly("n2");
        assertThat(FireLog.read(gpuFires).perNode()).containsOnlyKeys("n2");
        System.out.printf("cluster: the gpu task ran %d times, all on n2%n", gpuRuns.size());
    }

    @Test
    @Order(3)
    void nodesJsonListsTheThreeNodesAlive() throws Exception {
        JsonNode listed = ok(kumo("nodes", "--json")).json();

        Map<String, String> statuses = new TreeMap<>();
        listed.forEach(node -> statuses.put(node.get("name").asText(), node.get("status").asText()));
        assertThat(statuses).containsExactly(Map.entry("n1", "ALIVE"), Map.entry("n2", "ALIVE"), Map.entry("n3", "ALIVE"));
    }

    @Test
    @Order(4)
    void aKilledNodesRunIsInterruptedAndItsTaskRunsOnTheOtherEligibleNodeWithinTheLease() throws Exception {
        // once, on n1 or n2 (labelled blue): the run elsewhere after the crash is the takeover's retry. Through the
        // REST API: a CLI command's JVM can take longer to start on a loaded machine than any lead given to --at
        ObjectNode failover = JSON.createObjectNode().put("name", "failover").put("command", "sleep 30").put("retries", 1)
                .put("retry_delay", "1s").put("at", Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.SECONDS).toString());
        failover.putArray("node_labels").add("blue");
        HttpResponse<String> created = api("POST", "/api/v1/tasks", failover.toString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        RunRow running = await(Duration.ofSeconds(40), "a RUNNING run of the failover task",
                () -> rows.runs("task_name = 'failover' AND status = 'RUNNING'").stream().findFirst().orElse(null));
        String victim = running.node();
        assertThat(victim).as("the failover task runs on a node labelled blue").isIn("n1", "n2");
        String survivor = victim.equals("n1") ? "n2" : "n1";

        Instant killedAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        nodes.get(victim).kill();
        Instant interruptedAt = null;
        Instant elsewhereAt = null;
        long deadline = System.nanoTime() + DETECTION_LIMIT.plusSeconds(15).toNanos();
        while ((interruptedAt == null || elsewhereAt == null) && System.nanoTime() < deadline) {
            if (interruptedAt == null && rows.runs("id = ? AND status = 'INTERRUPTED'", running.id()).size() == 1) {
                interruptedAt = Instant.now();
            }
            if (elsewhereAt == null && !rows.runs("task_name = 'failover' AND node = ? AND started_at >= ?", survivor,
                    killedAt).isEmpty()) {
                elsewhereAt = Instant.now();
            }
            Thread.sleep(100);
        }
        NodeRow dead = rows.nodes().get(victim);
        boolean childLives = running.pid() != null && LiveProcesses.isRunning(running.pid());
        System.out.printf("cluster: SIGKILL of %s: its run INTERRUPTED after %s, the task running on %s after %s"
                        + " (last heartbeat %s before the kill); its sleep (pid %s) %s%n", victim, since(killedAt, interruptedAt),
                survivor, since(killedAt, elsewhereAt), Duration.between(dead.heartbeatAt(), killedAt).toMillis() + " ms",
                running.pid(), childLives ? "still runs (an orphan)" : "is gone");

        assertThat(interruptedAt).as("the killed node's run INTERRUPTED").isNotNull();
        assertThat(elsewhereAt).as("the task running on %s after the kill", survivor).isNotNull();
        assertThat(Duration.between(killedAt, interruptedAt)).isLessThanOrEqualTo(DETECTION_LIMIT);
        assertThat(Duration.between(killedAt, elsewhereAt)).isLessThanOrEqualTo(DETECTION_LIMIT);
        assertThat(rows.runs("task_name = 'failover' AND node = ? AND started_at >= ?", survivor, killedAt))
                .as("the run on %s is the interrupted run's retry", survivor)
                .anySatisfy(retry -> assertThat(retry.trigger()).isEqualTo("RETRY"));
        assertThat(dead.status()).isEqualTo("DEAD");
        assertThat(dead.declaredDeadBy()).isIn(survivor, "n3");

        // back for the partition, where two nodes keep the third's tasks running: a restart after a crash rejoins
        String before = dead.incarnation();
        startNode(victim, url, labelsOf(victim));
        awaitAlive(Set.of(victim), STARTUP);
        assertThat(rows.nodes().get(victim).incarnation()).isNotEqualTo(before);
    }

    @Test
    @Order(5)
    void aPartitionedNodeClaimsNothingAfterItsLeaseAndRejoinsWithoutRunningAFireTwice() throws Exception {
        for (String name : List.of("n1", "n2")) { // the failover test failed before its victim was back
            if (!nodes.get(name).isAlive()) {
                startNode(name, url, labelsOf(name));
            }
        }
        awaitAlive(Set.of("n1", "n2", "n3"), STARTUP);
        String before = rows.nodes().get("n3").incarnation();
        Set<Long> steady = Set.copyOf(loadTaskIds.values().stream().limit(STEADY_TASKS).toList());

        Instant cutAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        partition.cut();
        NodeRow declared = await(DETECTION_LIMIT.plusSeconds(10), "n3 declared DEAD", () -> {
            NodeRow row = rows.nodes().get("n3");
            return row.status().equals("DEAD") ? row : null;
        });
        Instant declaredAt = Instant.now();
        Thread.sleep(Math.max(0, Duration.between(Instant.now(), cutAt.plus(DETECTION_LIMIT).plusSeconds(8)).toMillis()));
        Instant restoredAt = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        partition.restore();
        NodeRow back;
        try {
            back = await(Duration.ofSeconds(60), "n3 ALIVE again", () -> {
                NodeRow row = rows.nodes().get("n3");
                return row.status().equals("ALIVE") ? row : null;
            });
        } catch (AssertionError e) {
            Path log = work.resolve("n3").resolve("logs").resolve("kumo.log");
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of("(no log)");
            throw new AssertionError(e.getMessage() + "\nn3's log, last lines:\n"
                    + String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size())), e);
        }
        Instant rejoinedAt = Instant.now();
        RunRow claimedAgain = await(Duration.ofSeconds(30), "a run claimed by n3 after it rejoined",
                () -> rows.runs("node = 'n3' AND scheduled_for > ?", rejoinedAt).stream().findFirst().orElse(null));
        System.out.printf("cluster: n3 cut off: declared DEAD by %s after %s; restored, ALIVE again after %s, claiming"
                + " again (run %d)%n", declared.declaredDeadBy(), since(cutAt, declaredAt), since(restoredAt, rejoinedAt), claimedAgain.id());

        assertThat(Duration.between(cutAt, declaredAt)).isLessThanOrEqualTo(DETECTION_LIMIT);
        assertThat(rows.runs("node = 'n3' AND scheduled_for >= ? AND scheduled_for < ?", cutAt.plus(LEASE), restoredAt))
                .as("runs n3 claimed after its lease, cut off").isEmpty();
        assertThat(back.incarnation()).as("n3 rejoined as a new incarnation").isNotEqualTo(before);

        Instant othersFrom = cutAt.plus(DETECTION_LIMIT);
        FireLog window = FireLog.read(fires).where(fire -> steady.contains(fire.taskId())
                && !fire.scheduledFor().isBefore(othersFrom) && fire.scheduledFor().isBefore(restoredAt));
        assertThat(window.perNode()).as("who ran n3's share while it was cut off").doesNotContainKey("n3");
        assertThat(window.fires().stream().map(FireLog.Fire::taskId).distinct().count())
                .as("steady tasks that ran while n3 was cut off").isEqualTo(STEADY_TASKS);
        assertThat(window.lost(Duration.ofSeconds(1))).as("steady fires lost while n3 was cut off").isEmpty();

        Thread.sleep(3000); // the runs claimed around the rejoin have ended
        assertThat(FireLog.read(fires).duplicates()).as("fires that ran twice, over the whole test").isEmpty();
    }

    private static List<String> labelsOf(String name) {
        // a server node's own limit of runs at once (the desktop default is 4): 200 one-line runs a second need slots
        return name.equals("n1") ? List.of("--labels", "blue", "--max-runs", "16")
                : List.of("--labels", "gpu,blue", "--max-runs", "16");
    }

    private void startNode(String name, String dbUrl, List<String> extraArgs) throws Exception {
        nodes.put(name, ClusterNode.start(ClusterNode.jarLaunch(), name, work.resolve(name), dbUrl, secretKey,
                extraArgs, Map.of("IT_NODE", name)));
    }

    private void awaitAlive(Set<String> names, Duration limit) throws Exception {
        await(limit, names + " ALIVE", () -> {
            for (String name : names) {
                if (!nodes.get(name).isAlive()) {
                    throw new AssertionError(name + " exited:\n" + tail(nodes.get(name).output(), 4000));
                }
            }
            return names.stream().allMatch(name -> alive(name)) ? Boolean.TRUE : null;
        }, () -> names.stream().map(name -> "---- " + nodes.get(name) + " printed:\n" + tail(nodes.get(name).output(), 3000))
                .collect(java.util.stream.Collectors.joining("\n")));
    }

    private boolean alive(String name) {
        try {
            return rows.alive(name);
        } catch (java.sql.SQLException e) {
            return false;
        }
    }

    /** {@code kumo --db-url URL --secret-key FILE ARGS} from a fourth data directory: the CLI beside the cluster. */
    private KumoCommands.Result kumo(String... args) throws Exception {
        return cli.run(Stream.concat(Stream.of("--db-url", url, "--secret-key", secretKey.toString()), Stream.of(args))
                .toArray(String[]::new));
    }

    private HttpResponse<String> api(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(apiBase + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Asks {@code probe} every 200 ms until it answers non-null; fails after {@code limit}. */
    private static <T> T await(Duration limit, String what, Callable<T> probe) throws Exception {
        return await(limit, what, probe, () -> "");
    }

    /** {@link #await}, with {@code details} in the failure's message. */
    private static <T> T await(Duration limit, String what, Callable<T> probe, Supplier<String> details) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            T answer = probe.call();
            if (answer != null) {
                return answer;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("not within " + limit + ": " + what + "\n" + details.get());
    }

    private static KumoCommands.Result ok(KumoCommands.Result result) {
        assertThat(result.code()).as("exit code; stderr: %s", result.err()).isZero();
        return result;
    }

    private static String lastLine(String out) {
        return out.strip().lines().reduce((first, second) -> second).orElse("").strip();
    }

    private static <K> Map<K, Long> countBy(Stream<K> keys) {
        Map<K, Long> counts = new LinkedHashMap<>();
        keys.forEach(key -> counts.merge(key, 1L, Long::sum));
        return counts;
    }

    private static String since(Instant from, Instant to) {
        return to == null ? "(never)" : Duration.between(from, to).toMillis() + " ms";
    }

    private static String tail(String text, int chars) {
        return text.length() <= chars ? text : "…" + text.substring(text.length() - chars);
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
