package io.kumo.insights.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.alerts.EventKind;
import io.kumo.app.KumoCore;
import io.kumo.domain.Project;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerType;
import io.kumo.engine.Engine;
import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.LocalWebhookServer;
import io.kumo.testkit.TestCores;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real python3 script that raises, run twice by a started engine: its failures make one group (named by the script's
 * path in its project and its function), and a channel asking for "new-error" hears of it exactly once.
 */
class NewErrorEndToEndTest {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir Path dir;

    @Test
    void twoFailuresWithOneFingerprintMakeOneGroupAndOneNewErrorAlert() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("shop/jobs"));
        Files.writeString(folder.resolve("load.py"), """
                import sys

                def parse(text):
                    return int(text)

                print("loading")
                parse("x" + sys.argv[1])
                """);
        try (LocalWebhookServer hook = LocalWebhookServer.start()) {
            KumoCore core = TestCores.open(dir.resolve("data"));
            String fingerprint;
            try {
                core.startEngine(new OsProcessLauncher(), System.getenv());
                core.channelService().add("errors", "json://" + hook.base().substring("http://".length()) + "/kumo",
                        Set.of(EventKind.NEW_ERROR));
                Project shop = core.projects().create(new Project("shop", dir.resolve("shop").toString()));
                Task task = new Task("load", "python3 jobs/load.py 1");
                task.setProjectId(shop.getId());
                task.setWorkDir(dir.resolve("shop").toString());
                task.setTriggerType(TriggerType.MANUAL);
                Task saved = core.tasks().create(task);
                Engine engine = core.engine().orElseThrow();

                engine.runNow(saved);
                awaitUntil(() -> count(core) == 1, "the first failure grouped");
                engine.runNow(saved);
                awaitUntil(() -> count(core) == 2, "the second failure grouped");
                awaitUntil(() -> !hook.requests().isEmpty(), "the new-error alert");

                ErrorGroup group = core.errorGroups().groups(ErrorGroupQuery.since(null, ZoneOffset.UTC), core.clock().instant())
                        .getFirst();
                assertThat(group.type()).isEqualTo("ValueError");
                assertThat(group.message()).isEqualTo("invalid literal for int() with base 10: 'x1'");
                assertThat(group.location()).isEqualTo("jobs/load.py:4 in parse");
                assertThat(group.tasks()).containsExactly("load");
                fingerprint = group.fingerprint();
            } finally {
                core.close(); // the last classification and its alert are handled before it returns
            }
            List<LocalWebhookServer.Request> requests = hook.requests();
            assertThat(requests).hasSize(1);
            assertThat(requests.getFirst().body()).contains("new-error", "ValueError", "jobs/load.py:4 in parse");
            assertThat(fingerprint).hasSize(40);
        }
    }

    private static long count(KumoCore core) {
        return core.errorGroups().groups(ErrorGroupQuery.since(null, ZoneOffset.UTC), core.clock().instant()).stream()
                .mapToLong(ErrorGroup::totalCount).sum();
    }

    private static void awaitUntil(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(20); // polling the store, not waiting for time to pass
        }
    }
}
