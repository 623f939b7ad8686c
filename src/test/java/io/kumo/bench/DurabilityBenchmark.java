package io.kumo.bench;

import io.kumo.app.KumoCore;
import io.kumo.common.Actor;
import io.kumo.config.DataDirectory;
import io.kumo.domain.OverlapPolicy;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.engine.Engine;
import io.kumo.engine.RunStore;
import io.kumo.settings.Settings;
import io.kumo.supervisor.OsProcessLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * What durable commits cost: time per task add (the audited repository, as {@code kumo task add} in an instance),
 * per run record (the writes a run makes: QUEUED fire, the claim before its spawn, RUNNING, end), and the runs per
 * second the engine sustains starting {@code /bin/true}. Run: {@code mvn -Pbench -Dbench.main=io.kumo.bench.DurabilityBenchmark
 * -Dbench.args="300 300"} (arguments: writes, runs).
 */
public final class DurabilityBenchmark {

    public static void main(String[] args) throws Exception {
        int writes = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        Path dir = Files.createTempDirectory("kumo-durability-bench");
        try (KumoCore core = KumoCore.open(new DataDirectory(dir), Clock.systemUTC(), new Actor("bench@localhost"))) {
            System.out.printf("Durability benchmark: %d writes, %d runs, %d cores, %s%n", writes, runs,
                    Runtime.getRuntime().availableProcessors(), dir);
            List<Task> tasks = new ArrayList<>();
            long started = System.nanoTime();
            for (int i = 0; i < writes; i++) {
                Task task = new Task("bench-" + i, "/bin/true");
                task.setOverlapPolicy(OverlapPolicy.ALLOW);
                tasks.add(core.tasks().create(task));
            }
            System.out.printf("task add:            %.2f ms each%n", millisEach(started, writes));

            RunStore store = new RunStore(core.database());
            started = System.nanoTime();
            Instant base = Instant.now().minusSeconds(3600);
            for (int i = 0; i < writes; i++) {
                Run run = store.recordFire(tasks.get(i), TriggerKind.INTERVAL, base.plusSeconds(i), RunStatus.QUEUED,
                        Instant.now(), null).orElseThrow();
                store.claim(run, Instant.now());
                run.setStatus(RunStatus.RUNNING);
                run.setStartedAt(Instant.now());
                store.updateAll(List.of(run));
                run.setStatus(RunStatus.SUCCESS);
                run.setEndedAt(Instant.now());
                store.updateAll(List.of(run));
            }
            System.out.printf("run records (fire, claim, RUNNING, end): %.2f ms per run%n", millisEach(started, writes));

            core.settings().set(Settings.MAX_CONCURRENT_RUNS, 8);
            Engine engine = core.startEngine(new OsProcessLauncher(), Map.of("PATH", "/usr/bin:/bin"));
            engine.setSchedulingPaused(true);
            CountDownLatch ended = new CountDownLatch(runs);
            engine.addListener(run -> {
                if (run.getStatus().isTerminal() && run.getTriggerKind() == TriggerKind.MANUAL) {
                    ended.countDown();
                }
            });
            started = System.nanoTime();
            for (int i = 0; i < runs; i++) {
                engine.runNow(tasks.get(i % tasks.size()));
            }
            if (!ended.await(5, TimeUnit.MINUTES)) {
                System.out.println("engine: runs did not end within 5 minutes");
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            System.out.printf("engine:              %.0f runs/s (%d manual runs of /bin/true, 8 at a time)%n", runs / seconds, runs);
        } finally {
            try (var paths = Files.walk(dir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static double millisEach(long startedNanos, int count) {
        return (System.nanoTime() - startedNanos) / 1e6 / count;
    }
}
