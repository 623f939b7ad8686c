package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.testkit.KumoCommands;
import io.kumo.testkit.KumoProcess;
import io.kumo.testkit.ListeningSockets;
import io.kumo.testkit.ServerSentEvents;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar, headless with its REST API on, called as other tools would: tokens and a trigger made with the
 * CLI, every role against every kind of route, a live log over SSE, a signed webhook whose payload the run prints,
 * Prometheus' own parser on /metrics, swagger-parser on the OpenAPI document, the Python client's tests, rate
 * limiting last (it blocks this machine for a minute), and a Kumo without --api that listens on nothing.
 */
@DisabledOnOs(OS.WINDOWS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RestApiIT {

    private static final Duration STARTUP = Duration.ofSeconds(60);
    private static final Duration RUN_LIMIT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern HOOK_PATH = Pattern.compile("/api/v1/hooks/[A-Za-z0-9_-]+");

    @TempDir
    static Path work;
    private Path dataDir;
    private KumoCommands commands;
    private KumoProcess kumo;
    private String base;
    private String viewer;
    private String operator;
    private String admin;
    private String hookPath;
    private String hookSecret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    /** "METHOD /path/{template}" of every route this test called, to find each in the OpenAPI document. */
    private final Set<String> called = new LinkedHashSet<>();

    @BeforeAll
    void startKumoWithTheApi() throws Exception {
        dataDir = Files.createDirectories(work.resolve("data"));
        commands = new KumoCommands(dataDir);
        Path ticker = script("ticker.py", "import time\nfor i in range(10):\n    print('tick', i, flush=True)\n    time.sleep(0.2)\n");
        Path payload = script("payload.py", "import os\nprint(open(os.environ['KUMO_PAYLOAD']).read())\n");
        addTask("quick", "python3 -c \"print('quick done')\"");
        addTask("ticker", "python3 -u " + ticker);
        addTask("payload-echo", "python3 " + payload);

        viewer = token("it-viewer", "viewer");
        operator = token("it-operator", "operator");
        admin = token("it-admin", "admin");
        KumoCommands.Result hook = ok(commands.run("api", "hook", "create", "--task", "payload-echo"));
        Matcher path = HOOK_PATH.matcher(hook.out());
        assertThat(path.find()).as(hook.out()).isTrue();
        hookPath = path.group();
        hookSecret = lastLine(hook.out());
        assertThat(hookSecret).startsWith("whsec_");

        int port = freePort();
        base = "http://127.0.0.1:" + port;
        kumo = KumoProcess.start(commands.withDir("--headless", "--api", "127.0.0.1:" + port));
        awaitLines(kumo, "Kumo running headless", "REST API listening on " + base);
        awaitHealth();
    }

    @AfterAll
    void stopKumo() {
        if (kumo != null) {
            kumo.close();
        }
    }

    @Test
    @Order(1)
    void everyRoleGetsWhatItsRoleAllowsAndNoMore() throws Exception {
        HttpResponse<String> anonymous = call("GET", "/api/v1/tasks", null, null);
        assertError(anonymous, 401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v).startsWith("Bearer"));
        assertError(call("GET", "/api/v1/tasks", "kumo_" + "A".repeat(43), null), 401);

        HttpResponse<String> tasks = call("GET", "/api/v1/tasks", viewer, null);
        assertThat(tasks.statusCode()).isEqualTo(200);
        assertThat(json(tasks).findValuesAsText("name")).contains("quick", "ticker", "payload-echo");
        assertThat(call("GET", "/api/v1/tasks/{name}", viewer, null, "quick").statusCode()).isEqualTo(200);
        for (String listing : List.of("/api/v1/runs", "/api/v1/workflows", "/api/v1/environments", "/api/v1/projects",
                "/api/v1/channels")) {
            assertThat(call("GET", listing, viewer, null).statusCode()).as(listing).isEqualTo(200);
        }

        assertError(call("POST", "/api/v1/tasks/{name}/run", viewer, null, "quick"), 403);
        HttpResponse<String> started = call("POST", "/api/v1/tasks/{name}/run", operator, null, "quick");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        JsonNode run = awaitEnd(json(started).get("id").asLong());
        assertThat(run.get("status").asText()).isEqualTo("SUCCESS");
        assertThat(call("GET", "/api/v1/runs/{id}/log", viewer, null, run.get("id").asText()).body()).contains("quick done");
        assertThat(call("POST", "/api/v1/tasks/{name}/pause", operator, null, "quick").statusCode()).isEqualTo(200);
        assertThat(call("POST", "/api/v1/tasks/{name}/resume", operator, null, "quick").statusCode()).isEqualTo(200);

        assertError(call("PUT", "/api/v1/tasks/{name}", operator, "{\"retries\": 1}", "quick"), 403);
        HttpResponse<String> changed = call("PUT", "/api/v1/tasks/{name}", admin, "{\"retries\": 1}", "quick");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(json(changed).get("retries").asInt()).isEqualTo(1);

        assertError(call("GET", "/api/v1/tokens", operator, null), 403);
        HttpResponse<String> made = call("POST", "/api/v1/tokens", admin, "{\"name\": \"made-by-api\", \"role\": \"viewer\", \"expires\": \"7d\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        String madeToken = json(made).get("token").asText();
        assertThat(call("GET", "/api/v1/tasks", madeToken, null).statusCode()).isEqualTo(200);
        assertThat(call("GET", "/api/v1/tokens", admin, null).body()).contains("made-by-api").doesNotContain(madeToken);
        assertThat(call("DELETE", "/api/v1/tokens/{name}", admin, null, "made-by-api").statusCode()).isEqualTo(204);
        assertError(call("GET", "/api/v1/tasks", madeToken, null), 401);
    }

    @Test
    @Order(2)
    void badRequestsGetAnErrorSayingWhy() throws Exception {
        assertThat(json(assertError(call("GET", "/api/v1/tasks/{name}", viewer, null, "no-such-task"), 404))
                .get("error").asText()).contains("no-such-task");
        assertError(call("POST", "/api/v1/tasks", admin, "this is not json"), 400);
        assertError(call("POST", "/api/v1/tasks", admin, "{\"name\": \"no-command\", \"every\": \"1h\"}"), 400);
        assertError(call("GET", "/api/v1/runs?limit=0", viewer, null), 400);

        HttpResponse<String> created = call("POST", "/api/v1/tasks", admin,
                "{\"name\": \"made-over-http\", \"command\": \"python3 -c 1\", \"every\": \"1d\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(call("DELETE", "/api/v1/tasks/{name}", admin, null, "made-over-http").statusCode()).isEqualTo(204);
        assertError(call("GET", "/api/v1/tasks/{name}", viewer, null, "made-over-http"), 404);
    }

    @Test
    @Order(3)
    void aLiveRunsLogArrivesLineByLineOverServerSentEventsThenItsEnd() throws Exception {
        HttpResponse<String> started = call("POST", "/api/v1/tasks/{name}/run", operator, null, "ticker");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String id = json(started).get("id").asText();

        called.add("GET /api/v1/runs/{id}/log");
        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/v1/runs/" + id + "/log"))
                .header("Authorization", "Bearer " + viewer).header("Accept", "text/event-stream")
                .timeout(Duration.ofSeconds(30)).GET().build();
        HttpResponse<InputStream> stream = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type").orElse("")).startsWith("text/event-stream");

        List<String> lines = new ArrayList<>();
        String statusAtFirstLine = null;
        ServerSentEvents.Event end = null;
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
            ServerSentEvents events = new ServerSentEvents(reader);
            ServerSentEvents.Event event;
            while ((event = events.next()) != null) {
                if (event.name().equals("line")) {
                    if (lines.isEmpty() && event.data().startsWith("tick")) {
                        statusAtFirstLine = json(call("GET", "/api/v1/runs/{id}", viewer, null, id)).get("status").asText();
                    }
                    if (!event.data().startsWith("[kumo] ")) { // Kumo's own note of the start
                        lines.add(event.data());
                    }
                } else if (event.name().equals("end")) {
                    end = event;
                    break;
                }
            }
        }
        assertThat(statusAtFirstLine).as("the first line arrives while the run goes on").isEqualTo("RUNNING");
        assertThat(lines).containsExactly("tick 0", "tick 1", "tick 2", "tick 3", "tick 4", "tick 5", "tick 6", "tick 7",
                "tick 8", "tick 9");
        assertThat(end).as("an end event closes the stream").isNotNull();
        assertThat(JSON.readTree(end.data()).get("status").asText()).isEqualTo("SUCCESS");
        assertThat(JSON.readTree(end.data()).get("exit_code").asInt()).isZero();
    }

    @Test
    @Order(4)
    void aSignedWebhookRunsItsTaskWithThePayloadAndABadSignatureIsRefused() throws Exception {
        String body = "{\"ref\":\"refs/heads/main\",\"marker\":\"signed-7c41\"}";
        HttpResponse<String> signed = hook(hookPath, body, "sha256=" + hmac(hookSecret, body));
        assertThat(signed.statusCode()).as(signed.body()).isEqualTo(202);
        String runId = json(signed).get("run_id").asText();
        assertThat(awaitEnd(Long.parseLong(runId)).get("status").asText()).isEqualTo("SUCCESS");
        assertThat(call("GET", "/api/v1/runs/{id}/log", viewer, null, runId).body()).contains(body);

        assertError(hook(hookPath, body, "sha256=" + hmac("whsec_not-the-secret", body)), 401);

        String byQuery = "{\"marker\":\"query-93be\"}";
        HttpResponse<String> queried = hook(hookPath + "?token=" + hookSecret, byQuery, null);
        assertThat(queried.statusCode()).as(queried.body()).isEqualTo(202);
        String second = json(queried).get("run_id").asText();
        assertThat(awaitEnd(Long.parseLong(second)).get("status").asText()).isEqualTo("SUCCESS");
        assertThat(call("GET", "/api/v1/runs/{id}/log", viewer, null, second).body()).contains(byQuery);
    }

    @Test
    @Order(5)
    void metricsCountTheRunsInTextPrometheusItselfParses() throws Exception {
        Map<String, Double> expected = Map.of(
                "kumo_runs_total{status=\"SUCCESS\",task=\"quick\"}", 1.0,
                "kumo_runs_total{status=\"SUCCESS\",task=\"ticker\"}", 1.0,
                "kumo_runs_total{status=\"SUCCESS\",task=\"payload-echo\"}", 2.0);
        Map<String, Double> samples = Map.of();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) { // the counters are bumped off the engine's thread
            HttpResponse<String> metrics = call("GET", "/metrics", viewer, null);
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
            samples = prometheusSamples(metrics.body());
            if (samples.entrySet().containsAll(expected.entrySet())) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(samples).containsAllEntriesOf(expected);
        assertThat(samples.keySet()).anyMatch(k -> k.startsWith("kumo_run_duration_seconds_bucket{"))
                .anyMatch(k -> k.startsWith("kumo_queue_depth")).anyMatch(k -> k.startsWith("jvm_memory_used_bytes"));
    }

    @Test
    @Order(6)
    void theOpenApiDocumentIsValidAndNamesEveryRouteCalled() throws Exception {
        HttpResponse<String> document = call("GET", "/api/v1/openapi.json", null, null);
        assertThat(document.statusCode()).isEqualTo(200);
        SwaggerParseResult parsed = new OpenAPIV3Parser().readContents(document.body(), null, null);
        assertThat(parsed.getMessages()).isEmpty();
        OpenAPI api = parsed.getOpenAPI();
        for (String route : called) {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1);
            PathItem item = api.getPaths().get(path);
            assertThat(item).as(route).isNotNull();
            assertThat(item.readOperationsMap()).as(route).containsKey(PathItem.HttpMethod.valueOf(method));
        }

        HttpResponse<String> page = call("GET", "/api/v1/docs", null, null);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(page.body().toLowerCase(Locale.ROOT)).contains("<html").contains("/api/v1/tasks");
    }

    @Test
    @Order(7)
    void thePythonClientsOwnTestsPassAgainstThisKumo() throws Exception {
        ProcessBuilder builder = new ProcessBuilder("python3", "-m", "unittest", "-v", "test_kumo_client")
                .directory(Path.of("clients/python").toAbsolutePath().toFile()).redirectErrorStream(true);
        builder.environment().putAll(Map.of("KUMO_URL", base, "KUMO_TOKEN", admin, "KUMO_HOOK_URL", base + hookPath,
                "KUMO_HOOK_SECRET", hookSecret, "PYTHONDONTWRITEBYTECODE", "1"));
        Process python = builder.start();
        byte[] output = python.getInputStream().readAllBytes();
        assertThat(python.waitFor(2, TimeUnit.MINUTES)).isTrue();
        assertThat(python.exitValue()).as(new String(output, StandardCharsets.UTF_8)).isZero();
    }

    @Test
    @Order(8)
    void auditEntriesNameTheTokenThatMadeTheChange() throws Exception {
        KumoCommands.Result audit = ok(commands.run("audit", "--json"));
        List<JsonNode> entries = new ArrayList<>();
        audit.json().forEach(entries::add);
        assertThat(entries).anySatisfy(entry -> {
            assertThat(entry.get("actor").asText()).isEqualTo("api:it-admin");
            assertThat(entry.get("target_name").asText()).isEqualTo("quick");
        });
    }

    @Test
    @Order(9)
    void repeatedBadTokensGetThisClientBlockedWithRetryAfter() throws Exception {
        HttpResponse<String> last = null;
        for (int i = 0; i < 11; i++) {
            last = call("GET", "/api/v1/tasks", "kumo_wrong-" + i, null);
            assertThat(last.statusCode()).isIn(401, 429);
        }
        assertError(last, 429);
        assertThat(Long.parseLong(last.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 60L);
        assertError(call("GET", "/api/v1/tasks", null, null), 429);
        assertThat(call("GET", "/api/v1/tasks", viewer, null).statusCode()).as("a valid token is still served").isEqualTo(200);
        assertThat(call("GET", "/api/v1/health", null, null).statusCode()).as("open routes stay open").isEqualTo(200);
    }

    @Test
    @Order(10)
    void aKumoWithoutApiListensOnNothingAndSigtermStopsBoth() throws Exception {
        assertThat(ListeningSockets.of(kumo.pid())).as("the check sees the API's own socket").hasSize(1);

        Path quietDir = Files.createDirectories(work.resolve("quiet"));
        try (KumoProcess quiet = KumoProcess.start("--headless", "--data-dir", quietDir.toString())) {
            awaitLines(quiet, "Kumo running headless");
            assertThat(ListeningSockets.of(quiet.pid())).isEmpty();
            quiet.signal("TERM");
            assertThat(quiet.waitForExit(Duration.ofSeconds(30))).isZero();
        }

        kumo.signal("TERM");
        assertThat(kumo.waitForExit(Duration.ofSeconds(30))).isZero();
    }

    // -- helpers ---------------------------------------------------------------------------------------------------

    private Path script(String name, String code) throws Exception {
        return Files.writeString(work.resolve(name), code);
    }

    private void addTask(String name, String command) throws Exception {
        ok(commands.run("task", "add", "--name", name, "--every", "1d", "--command", command));
    }

    private String token(String name, String role) throws Exception {
        String token = lastLine(ok(commands.run("api", "token", "create", name, "--role", role)).out());
        assertThat(token).startsWith("kumo_");
        return token;
    }

    private static KumoCommands.Result ok(KumoCommands.Result result) {
        assertThat(result.code()).as(result.err()).isZero();
        return result;
    }

    private static String lastLine(String out) {
        List<String> lines = out.strip().lines().toList();
        return lines.getLast().strip();
    }

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** Reads kumo's stdout until a line starting with each prefix came, in any order. */
    private static void awaitLines(KumoProcess process, String... prefixes) throws Exception {
        List<String> waiting = new ArrayList<>(List.of(prefixes));
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!waiting.isEmpty() && System.nanoTime() < deadline && (process.isAlive() || !seen.isEmpty())) {
            String line = process.nextLine(Duration.ofMillis(200));
            if (line != null) {
                seen.add(line);
                waiting.removeIf(line::startsWith);
            }
        }
        assertThat(waiting).as("kumo's stdout %s; stderr: %s", seen, process.isAlive() ? "" : process.stderr()).isEmpty();
    }

    private void awaitHealth() throws Exception {
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = call("GET", "/api/v1/health", null, null);
                if (health.statusCode() == 200) {
                    assertThat(json(health).get("status").asText()).isEqualTo("ok");
                    return;
                }
            } catch (java.io.IOException notYet) {
                // not listening yet
            }
            assertThat(kumo.isAlive()).as("kumo is running: " + kumo.stderr()).isTrue();
            Thread.sleep(100);
        }
        throw new AssertionError("the API did not answer within " + STARTUP + "; stderr: " + kumo.stderr());
    }

    /** Calls {@code template} with its {@code {params}} filled by {@code args} in order, recording the route. */
    private HttpResponse<String> call(String method, String template, String token, String body, String... args)
            throws Exception {
        String path = template;
        for (String arg : args) {
            path = path.replaceFirst("\\{[a-z_]+}", arg);
        }
        int query = template.indexOf('?');
        called.add(method + " " + (query < 0 ? template : template.substring(0, query)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> hook(String pathAndQuery, String body, String signature) throws Exception {
        called.add("POST /api/v1/hooks/{id}");
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + pathAndQuery))
                .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("X-Hub-Signature-256", signature);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    private JsonNode awaitEnd(long runId) throws Exception {
        long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode run = json(call("GET", "/api/v1/runs/{id}", viewer, null, Long.toString(runId)));
            String status = run.get("status").asText();
            if (!status.equals("QUEUED") && !status.equals("RUNNING")) {
                return run;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("run " + runId + " did not end within " + RUN_LIMIT);
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }

    private static HttpResponse<String> assertError(HttpResponse<String> response, int status) throws Exception {
        assertThat(response).as("a response").isNotNull();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/json");
        assertThat(json(response).get("error").asText()).as(response.body()).isNotBlank();
        return response;
    }

    /**
     * Every sample of a Prometheus text as {@code name{label="value",...}} (labels sorted) → value, read by the
     * official Python client's parser (Debian's python3-prometheus-client).
     */
    private static Map<String, Double> prometheusSamples(String text) throws Exception {
        String parse = """
                import json, sys
                from prometheus_client.parser import text_string_to_metric_families
                out = {}
                for family in text_string_to_metric_families(sys.stdin.read()):
                    for s in family.samples:
                        labels = ",".join('%s="%s"' % (k, v) for k, v in sorted(s.labels.items()))
                        out[s.name + ("{" + labels + "}" if labels else "")] = s.value
                print(json.dumps(out))
                """;
        Process python = new ProcessBuilder(pythonWithPrometheusClient(), "-c", parse).start();
        try (var stdin = python.getOutputStream()) {
            stdin.write(text.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(python.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(python.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(python.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(python.exitValue()).as("the Prometheus parser: " + err).isZero();
        Map<String, Double> samples = new java.util.HashMap<>();
        JSON.readTree(out).properties().forEach(e -> samples.put(e.getKey(), e.getValue().asDouble()));
        return samples;
    }

    /** {@code python3} on PATH may be another Python than the system's, which has the Debian package. */
    private static String pythonWithPrometheusClient() throws Exception {
        for (String python : List.of("python3", "/usr/bin/python3")) {
            Process probe = new ProcessBuilder(python, "-c", "import prometheus_client").redirectErrorStream(true).start();
            probe.getInputStream().readAllBytes();
            if (probe.waitFor(30, TimeUnit.SECONDS) && probe.exitValue() == 0) {
                return python;
            }
        }
        throw new AssertionError("no python3 can import prometheus_client: apt-get install python3-prometheus-client");
    }
}
