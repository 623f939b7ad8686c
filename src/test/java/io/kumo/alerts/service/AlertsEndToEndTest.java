package io.kumo.alerts.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.alerts.AlertRule;
import io.kumo.alerts.DeliveryStatus;
import io.kumo.alerts.EventKind;
import io.kumo.alerts.RuleScope;
import io.kumo.app.KumoCore;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.engine.Engine;
import io.kumo.engine.RunQuery;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.LocalWebhookServer;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs of a real engine reach channels on real local servers, off the engine's threads. */
class AlertsEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path dir;
    KumoCore core;
    Engine engine;
    final List<LocalWebhookServer> servers = new ArrayList<>();

    @BeforeEach
    void open() {
        core = TestCores.open(dir);
        engine = core.startEngine(new OsProcessLauncher(), System.getenv());
    }

    @AfterEach
    void close() {
        servers.forEach(LocalWebhookServer::release);
        core.close();
        servers.forEach(LocalWebhookServer::close);
    }

    @Test
    void aFailingTaskSendsOneMessageWithItsNameExitCodeAndLogTail() {
        LocalWebhookServer hooks = server();
        core.channelService().add("ops", json(hooks), null);
        Task task = task("nightly-report", "python3 -c \"import sys; print('first line'); print('the end of it'); sys.exit(3)\"");

        engine.runNow(task);
        LocalWebhookServer.Request message = hooks.next(WAIT);
        engine.runNow(task("barrier", "python3 -c \"import sys; sys.exit(1)\""));
        LocalWebhookServer.Request barrier = hooks.next(WAIT);

        assertThat(message.body()).contains("nightly-report").contains("3").contains("the end of it");
        assertThat(barrier.body()).contains("barrier").doesNotContain("nightly-report");
        awaitUntil(() -> lines("ops").stream().allMatch(line -> line.status() == DeliveryStatus.DELIVERED), "both lines delivered");
        assertThat(hooks.requests()).hasSize(2);
    }

    @Test
    void aRetriedTaskAlertsOnceAfterItsLastAttempt() {
        LocalWebhookServer hooks = server();
        core.channelService().add("ops", json(hooks), null);
        Task task = task("flaky", "python3 -c \"import sys; sys.exit(2)\"");
        task.setRetries(1);
        task.setRetryDelaySeconds(1);
        core.tasks().update(task);

        engine.runNow(task);
        LocalWebhookServer.Request message = hooks.next(WAIT);
        engine.runNow(task("barrier", "python3 -c \"import sys; sys.exit(1)\""));
        hooks.next(WAIT);

        assertThat(core.runHistory().page(new RunQuery(task.getId(), Set.of(), null, null), 0, 10))
                .extracting(Run::getStatus).containsOnly(RunStatus.FAILED).hasSize(2);
        assertThat(message.body()).contains("flaky");
        assertThat(hooks.requests()).hasSize(2);
        assertThat(lines("ops")).filteredOn(line -> line.subject().contains("flaky")).singleElement()
                .satisfies(line -> assertThat(line.runId()).isEqualTo(lastRun(task).getId()));
    }

    @Test
    void aSuccessAfterAFailureIsARecovery() {
        LocalWebhookServer hooks = server();
        core.channelService().add("ops", json(hooks), null);
        Path flag = dir.resolve("failed-once");
        Task task = task("comeback", "python3 -c \"import os,sys; p=r'" + flag + "'; ok=os.path.exists(p); open(p,'w').close(); sys.exit(0 if ok else 1)\"");

        engine.runNow(task);
        LocalWebhookServer.Request failure = hooks.next(WAIT);
        awaitUntil(() -> lastRun(task).getStatus().isTerminal(), "the first run ended");
        engine.runNow(task);
        LocalWebhookServer.Request recovery = hooks.next(WAIT);

        assertThat(lines("ops")).extracting(DeliveryView::event).containsExactly(EventKind.RECOVERY, EventKind.FAILURE);
        assertThat(failure.body()).contains("comeback");
        assertThat(recovery.body()).contains("comeback");
    }

    @Test
    void aSlowAndADeadEndpointDelayNoRunAndNoEngineThreadEverSends() throws IOException {
        LocalWebhookServer slow = server().holdRequests();
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        core.channelService().add("slow", json(slow), null);
        core.channelService().add("dead", "json://127.0.0.1:" + deadPort + "/hook", null);
        List<Task> tasks = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            tasks.add(task("broken-" + i, "python3 -c \"import sys; sys.exit(1)\""));
        }

        tasks.forEach(engine::runNow);
        awaitUntil(() -> tasks.stream().allMatch(task -> lastRun(task) != null && lastRun(task).getStatus().isTerminal()),
                "every run recorded");
        awaitUntil(() -> slow.entered() == 1, "the slow endpoint holding its first request");
        List<String> senders = sendingThreads();
        awaitUntil(() -> lines("dead").stream().anyMatch(line -> line.status() == DeliveryStatus.RETRYING), "a retry of the dead channel");

        assertThat(slow.entered()).as("the slow endpoint still holds its first request, never released").isEqualTo(1);
        assertThat(lines("slow")).isNotEmpty();
        assertThat(lines("dead")).filteredOn(line -> line.status() == DeliveryStatus.RETRYING).first()
                .satisfies(line -> assertThat(line.error()).isEqualTo("connection refused (127.0.0.1:" + deadPort + ")"));
        assertThat(senders).isNotEmpty().allMatch(name -> name.startsWith("kumo-alert-send-"));
    }

    @Test
    void aTaskRunningPastItsLimitSendsOneLongRunMessageAndAQuickOneNone() {
        LocalWebhookServer hooks = server();
        ChannelView channel = core.channelService().add("ops", json(hooks), null);
        core.channelService().setRules(channel.id(), List.of(new AlertRule(null, channel.id(), RuleScope.ALL, null,
                Set.of(EventKind.LONG_RUN), Duration.ofSeconds(2), false, 0)));
        Task quick = task("quick", "true");
        Task slow = task("sleepy", "python3 -c \"import time; time.sleep(6)\"");

        engine.runNow(quick);
        awaitUntil(() -> lastRun(quick) != null && lastRun(quick).getStatus().isTerminal(), "the quick run ended");
        engine.runNow(slow);
        LocalWebhookServer.Request message = hooks.next(WAIT);
        awaitUntil(() -> lastRun(slow).getStatus().isTerminal(), "the slow run ended");

        assertThat(message.body()).contains("sleepy");
        assertThat(lines("ops")).extracting(DeliveryView::event).containsExactly(EventKind.LONG_RUN);
        assertThat(lines("ops").getFirst().runId()).isEqualTo(lastRun(slow).getId());
    }

    /** The threads that are inside a sender now: only the alert lanes' ever are. */
    @Test
    void aFailingWorkflowSendsOneMessageNamingItsFailedStepAndItsStepAttemptsSendNone() {
        LocalWebhookServer hooks = server();
        core.channelService().add("ops", json(hooks), null);
        core.workflowService().save("""
                name: nightly-etl
                steps:
                  - name: extract
                    command: python3 -c "print('rows=3')"
                  - name: load
                    depends: [extract]
                    command: python3 -c "import sys; sys.exit(4)"
                """);

        long runId = core.workflowService().run("nightly-etl", java.util.Map.of());
        LocalWebhookServer.Request message = hooks.next(WAIT);
        engine.runNow(task("barrier", "python3 -c \"import sys; sys.exit(1)\""));
        LocalWebhookServer.Request barrier = hooks.next(WAIT);

        assertThat(message.body()).contains("nightly-etl").contains("load").contains("\"workflow_run_id\":\"" + runId + "\"");
        assertThat(barrier.body()).contains("barrier");
        assertThat(hooks.requests()).as("one message for the workflow run, none for its step attempts").hasSize(2);
    }

    private static List<String> sendingThreads() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(entry -> java.util.Arrays.stream(entry.getValue())
                        .anyMatch(frame -> frame.getClassName().equals("io.kumo.alerts.send.Senders") && frame.getMethodName().equals("send")))
                .map(entry -> entry.getKey().getName()).toList();
    }

    private LocalWebhookServer server() {
        LocalWebhookServer server = LocalWebhookServer.start();
        servers.add(server);
        return server;
    }

    static String json(LocalWebhookServer hooks) {
        return "json://" + hooks.base().substring("http://".length()) + "/kumo";
    }

    private Task task(String name, String command) {
        Task task = new Task(name, command);
        task.setTriggerType(TriggerType.MANUAL);
        return core.tasks().create(task);
    }

    private Run lastRun(Task task) {
        List<Run> runs = core.runHistory().page(new RunQuery(task.getId(), Set.of(), null, null), 0, 1);
        return runs.isEmpty() ? null : runs.getFirst();
    }

    private List<DeliveryView> lines(String channel) {
        return core.deliveryLog().page(new DeliveryQuery(channel, Set.of()), 0, 1000);
    }

    static void awaitUntil(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(20); // polling the store, not waiting for time to pass
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
