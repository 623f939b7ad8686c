package io.kumo.rest;

import static io.kumo.rest.WorkflowEndpointsTest.assertError;
import static io.kumo.rest.WorkflowEndpointsTest.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.api.CreatedHook;
import io.kumo.api.HookTarget;
import io.kumo.api.service.HookService;
import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.RouteServer;
import io.kumo.testkit.TestCores;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HookEndpointsTest {

    private static final String BODY = "{\"ref\": \"refs/heads/main\", \"n\": 1}";

    @TempDir
    Path data;
    @TempDir
    Path out;

    private KumoCore core;
    private RouteServer server;

    @BeforeEach
    void open() {
        core = TestCores.open(data);
        server = new RouteServer(new HookEndpoints(core));
    }

    @AfterEach
    void close() {
        server.close();
        core.close();
    }

    @Test
    void aBodyOverOneMegabyteAnswers413WithOrWithoutItsLength() {
        String path = core.hooks().create(HookTarget.Kind.TASK, copyingTask("copy", false).getName()).hook().path();
        byte[] big = new byte[HookEndpoints.MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        assertError(post(path, HttpRequest.BodyPublishers.ofByteArray(big), "sha256=00"), 413, "the body is larger than 1 MB");
        assertError(post(path, HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)), "sha256=00"),
                413, "the body is larger than 1 MB");
    }

    @Test
    void aBodyThatIsNotJsonAnswers400() {
        CreatedHook hook = core.hooks().create(HookTarget.Kind.TASK, copyingTask("copy", false).getName());
        for (String body : new String[] {"ref=main", "{\"a\": 1} trailing", "[{}, {\"a\": [1, }]", "{\"a\": \"open"}) {
            assertError(post(hook.hook().path(), text(body), sign(hook.secret(), body)), 400, "the body must be empty or JSON");
        }
        String many = "[" + "{},".repeat(200_000) + "{}]";
        HookEndpoints.requireEmptyOrJson(many.getBytes(StandardCharsets.UTF_8)); // valid: streamed, never a tree
    }

    @Test
    void anUnknownIdOrAMissingSecretIsRefusedBeforeTheBodyIsRead() {
        CreatedHook hook = core.hooks().create(HookTarget.Kind.TASK, copyingTask("copy", false).getName());
        java.util.concurrent.atomic.AtomicBoolean bodyRead = new java.util.concurrent.atomic.AtomicBoolean();
        java.util.function.Supplier<HttpRequest.BodyPublisher> big = () -> HttpRequest.BodyPublishers.ofInputStream(() -> {
            bodyRead.set(true);
            return new ByteArrayInputStream(new byte[HookEndpoints.MAX_BODY_BYTES]);
        });
        assertError(server.send(HttpRequest.newBuilder(server.uri("/api/v1/hooks/AAAAAAAAAAAAAAAAAAAAAA")).expectContinue(true)
                .header(HookService.SIGNATURE_HEADER, "sha256=00").POST(big.get()).build()), 404, "");
        assertError(server.send(HttpRequest.newBuilder(server.uri(hook.hook().path())).expectContinue(true)
                .POST(big.get()).build()), 401, "send the trigger's secret");
        assertError(server.send(HttpRequest.newBuilder(server.uri(hook.hook().path() + "?token=wrong")).expectContinue(true)
                .POST(big.get()).build()), 401, "the token does not match");
        assertThat(bodyRead).as("the body was never asked for").isFalse();
    }

    @Test
    void pastTheConcurrentLimitATriggerAnswers503WithRetryAfter() {
        server.close();
        server = new RouteServer(new HookEndpoints(core, 0));
        CreatedHook hook = core.hooks().create(HookTarget.Kind.TASK, copyingTask("copy", false).getName());
        HttpResponse<String> answer = post(hook.hook().path(), text(BODY), sign(hook.secret(), BODY));
        assertError(answer, 503, "too many trigger requests at once");
        assertThat(answer.headers().firstValue("Retry-After")).contains("1");
    }

    @Test
    void aSignedBodyStartsTheTaskWhichReadsItFromKumoPayload() throws Exception {
        core.startEngine(new OsProcessLauncher(), System.getenv());
        CreatedHook hook = core.hooks().create(HookTarget.Kind.TASK, copyingTask("copy", true).getName());
        HttpResponse<String> answer = post(hook.hook().path(), text(BODY), sign(hook.secret(), BODY));
        long runId = json(answer, 202).get("run_id").asLong();
        assertThat(ended(runId).getStatus()).as("a paused task still runs when called").isEqualTo(RunStatus.SUCCESS);
        assertThat(Files.readString(out.resolve("copy.json"))).isEqualTo(BODY);
        assertThat(core.audit().latest(20)).filteredOn(entry -> ("triggered run #" + runId).equals(entry.note()))
                .isNotEmpty().allSatisfy(entry -> assertThat(entry.actor()).isEqualTo("hook:" + hook.hook().publicId()));
    }

    @Test
    void theQueryTokenWorksAndAnEmptyBodyArrivesAsAnEmptyObject() throws Exception {
        core.startEngine(new OsProcessLauncher(), System.getenv());
        CreatedHook hook = core.hooks().create(HookTarget.Kind.TASK, copyingTask("copy", false).getName());
        String path = hook.hook().path() + "?" + HookService.TOKEN_PARAMETER + "="
                + java.net.URLEncoder.encode(hook.secret(), StandardCharsets.UTF_8);
        long runId = json(post(path, HttpRequest.BodyPublishers.noBody(), null), 202).get("run_id").asLong();
        assertThat(ended(runId).getStatus()).isEqualTo(RunStatus.SUCCESS);
        assertThat(Files.readString(out.resolve("copy.json"))).isEqualTo("{}");
    }

    @Test
    void aWorkflowTriggerAnswersItsWorkflowRunId() throws Exception {
        core.startEngine(new OsProcessLauncher(), System.getenv());
        core.workflowService().save("""
                name: hooked
                steps:
                  - name: copy
                    command: sh -c 'cat "$KUMO_PAYLOAD" > %s'
                """.formatted(out.resolve("wf.json")));
        CreatedHook hook = core.hooks().create(HookTarget.Kind.WORKFLOW, "hooked");
        long id = json(post(hook.hook().path(), text(BODY), sign(hook.secret(), BODY)), 202).get("workflow_run_id").asLong();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!core.workflowService().getRun(id).status().isTerminal() && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertThat(core.workflowService().getRun(id).status()).isEqualTo(RunStatus.SUCCESS);
        assertThat(Files.readString(out.resolve("wf.json"))).isEqualTo(BODY);
    }

    @Test
    void wrongSecretsUnknownIdsDeletedTargetsAndAStoppedEngineAreRefused() {
        Task task = copyingTask("copy", false);
        CreatedHook hook = core.hooks().create(HookTarget.Kind.TASK, task.getName());
        String path = hook.hook().path();
        assertError(post(path, text(BODY), sign("not-the-secret", BODY)), 401, "");
        assertError(post(path, text(BODY), sign(hook.secret(), BODY + " ")), 401, "");
        assertError(post(path + "?token=wrong", text(BODY), null), 401, "");
        assertError(post(path, text(BODY), null), 401, "");
        assertError(post("/api/v1/hooks/no-such-hook", text(BODY), sign(hook.secret(), BODY)), 404, "");
        assertError(post(path, text(BODY), sign(hook.secret(), BODY)), 503, "the engine is not running");
        assertThat(core.runHistory().page(io.kumo.engine.RunQuery.all(), 0, 10)).isEmpty();

        core.startEngine(new OsProcessLauncher(), System.getenv());
        core.taskService().delete(task.getId());
        assertError(post(path, text(BODY), sign(hook.secret(), BODY)), 410, "");
    }

    /** A manual task writing the payload it was given to OUT/NAME.json. */
    private Task copyingTask(String name, boolean paused) {
        Task task = new Task(name, "sh -c 'cat \"$KUMO_PAYLOAD\" > " + out.resolve(name + ".json") + "'");
        task.setTriggerType(TriggerType.MANUAL);
        Task created = core.taskService().create(task);
        return paused ? core.taskService().pause(created.getId()) : created;
    }

    private Run ended(long runId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            Run run = core.runHistory().find(runId).orElseThrow();
            if (run.getStatus().isTerminal()) {
                return run;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("run #" + runId + " did not end");
    }

    private HttpResponse<String> post(String path, HttpRequest.BodyPublisher body, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30)).POST(body);
        if (signature != null) {
            request.header(HookService.SIGNATURE_HEADER, signature);
        }
        return server.send(request.build());
    }

    private static HttpRequest.BodyPublisher text(String body) {
        return HttpRequest.BodyPublishers.ofString(body);
    }

    /** GitHub's way: sha256= and the hex HMAC-SHA256 of the body keyed with the secret. */
    static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
