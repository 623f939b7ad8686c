package io.kumo.insights.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.app.KumoCore;
import io.kumo.common.ValidationException;
import io.kumo.domain.Project;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.storage.StoreException;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Error groups on a real store (H2 here; {@link PostgresErrorGroupsTest} runs the same on PostgreSQL). */
class ErrorGroupsTest {

    static final Instant T0 = TestCores.T0;
    static final Path ROOT = Path.of("/home/ana/shop");

    @TempDir Path dir;

    /** The core under test, on H2. */
    KumoCore openCore(Path dataDir) {
        return TestCores.open(dataDir);
    }

    private ErrorGroups groups(KumoCore core) {
        return new ErrorGroups(core.database(), core.runLogs(), taskId -> Optional.of(ROOT));
    }

    private Run failed(KumoCore core, Task task, Instant at, RunStatus status, String log) throws IOException {
        Run run = new Run(task, TriggerKind.CRON, at, status);
        run.setStartedAt(at);
        run.setEndedAt(at.plusSeconds(5));
        run.setError("exit code 1");
        if (log != null) {
            Path file = Files.createTempFile(dir, "run", ".log");
            Files.writeString(file, log);
            run.setLogPath(file.toString());
        }
        StoreException.unchecked(() -> core.database().runs().create(run));
        return run;
    }

    static String traceback(String type, int line) {
        return "row 1\n[stderr] Traceback (most recent call last):\n"
                + "[stderr]   File \"/home/ana/shop/jobs/load.py\", line " + line + ", in parse\n"
                + "[stderr]     int(x)\n[stderr] " + type + ": bad row " + line + "\n";
    }

    @Test
    void failuresWithOneFingerprintShareAGroupThatOnlyTheFirstMade() throws IOException {
        try (KumoCore core = openCore(dir.resolve("data"))) {
            Task task = core.tasks().create(new Task("load", "python load.py"));
            ErrorGroups groups = groups(core);
            Run first = failed(core, task, T0, RunStatus.FAILED, traceback("ValueError", 10));
            Run second = failed(core, task, T0.plusSeconds(3600), RunStatus.TIMEOUT, traceback("ValueError", 14));

            Classification made = groups.classify(first).orElseThrow();
            Classification joined = groups.classify(second).orElseThrow();

            assertThat(made.newGroup()).isTrue();
            assertThat(joined.newGroup()).isFalse();
            assertThat(joined.signature().fingerprint()).isEqualTo(made.signature().fingerprint());
            ErrorGroup group = groups.groups(ErrorGroupQuery.since(null, ZoneOffset.UTC), T0.plusSeconds(7200)).getFirst();
            assertThat(group.totalCount()).isEqualTo(2);
            assertThat(group.firstSeen()).isEqualTo(first.getEndedAt());
            assertThat(group.lastSeen()).isEqualTo(second.getEndedAt());
            assertThat(group.message()).isEqualTo("bad row 14");
            assertThat(group.line()).isEqualTo(14);
            assertThat(group.lastRunId()).isEqualTo(second.getId());
            assertThat(group.location()).isEqualTo("jobs/load.py:14 in parse");
            assertThat(group.tasks()).containsExactly("load");
            assertThat(core.database().runs().queryForId(first.getId()).getErrorFingerprint())
                    .isEqualTo(made.signature().fingerprint());
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aRunIsCountedOnceAndOnlyFailuresAreGrouped() throws IOException {
        try (KumoCore core = openCore(dir.resolve("data"))) {
            Task task = core.tasks().create(new Task("load", "python load.py"));
            ErrorGroups groups = groups(core);
            Run run = failed(core, task, T0, RunStatus.FAILED, traceback("KeyError", 3));
            Run success = failed(core, task, T0.plusSeconds(60), RunStatus.SUCCESS, null);

            assertThat(groups.classify(run)).isPresent();
            assertThat(groups.classify(run)).isEmpty();
            assertThat(groups.classify(success)).isEmpty();
            assertThat(groups.groups(ErrorGroupQuery.since(null, ZoneOffset.UTC), T0).getFirst().totalCount()).isEqualTo(1);
        }
    }

    @Test
    void windowTaskAndProjectNarrowTheCountsAndTheDailySeries() throws IOException {
        try (KumoCore core = openCore(dir.resolve("data"))) {
            Project shop = core.projects().create(new Project("shop", dir.resolve("shop").toString()));
            Task load = new Task("load", "python load.py");
            load.setProjectId(shop.getId());
            load = core.tasks().create(load);
            Task other = core.tasks().create(new Task("other", "python other.py"));
            ErrorGroups groups = groups(core);
            Instant now = T0.plus(Duration.ofDays(40));
            groups.classify(failed(core, load, now.minus(Duration.ofDays(35)), RunStatus.FAILED, traceback("ValueError", 1)));
            groups.classify(failed(core, load, now.minus(Duration.ofDays(2)), RunStatus.FAILED, traceback("ValueError", 2)));
            groups.classify(failed(core, other, now.minus(Duration.ofHours(1)), RunStatus.FAILED, traceback("ValueError", 3)));
            groups.classify(failed(core, other, now.minus(Duration.ofHours(2)), RunStatus.FAILED, "[stderr] disk full\n"));

            List<ErrorGroup> week = groups.groups(ErrorGroupQuery.since(now.minus(Duration.ofDays(7)), ZoneOffset.UTC), now);
            assertThat(week).hasSize(2);
            ErrorGroup value = week.getFirst();
            assertThat(value.type()).isEqualTo("ValueError");
            assertThat(value.windowCount()).isEqualTo(2);
            assertThat(value.totalCount()).isEqualTo(3);
            assertThat(value.tasks()).containsExactly("load", "other");
            assertThat(value.daily()).hasSize(ErrorGroups.SPARK_DAYS);
            assertThat(value.daily().getLast()).isEqualTo(1);
            assertThat(value.daily().get(ErrorGroups.SPARK_DAYS - 3)).isEqualTo(1);
            assertThat(value.daily().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);
            assertThat(week.get(1).type()).isEqualTo("Error");
            assertThat(week.get(1).message()).isEqualTo("disk full");

            List<ErrorGroup> ofShop = groups.groups(new ErrorGroupQuery(null, shop.getId(), null, ZoneOffset.UTC), now);
            assertThat(ofShop).singleElement().satisfies(group -> {
                assertThat(group.windowCount()).isEqualTo(2);
                assertThat(group.tasks()).containsExactly("load");
            });
            assertThat(groups.groups(new ErrorGroupQuery(null, null, other.getId(), ZoneOffset.UTC), now)).hasSize(2);
            assertThat(groups.groups(ErrorGroupQuery.since(now.minusSeconds(60), ZoneOffset.UTC), now)).isEmpty();
        }
    }

    @Test
    void backfillGroupsEarlierFailuresNewestFirst() throws IOException {
        try (KumoCore core = openCore(dir.resolve("data"))) {
            Task task = core.tasks().create(new Task("load", "python load.py"));
            failed(core, task, T0, RunStatus.FAILED, traceback("ValueError", 1));
            Run newest = failed(core, task, T0.plusSeconds(60), RunStatus.FAILED, traceback("ValueError", 2));
            failed(core, task, T0.plusSeconds(90), RunStatus.SUCCESS, null);
            ErrorGroups groups = groups(core);

            assertThat(groups.backfill(100)).isEqualTo(2);
            assertThat(groups.backfill(100)).isZero();
            ErrorGroup group = groups.groups(ErrorGroupQuery.since(null, ZoneOffset.UTC), T0).getFirst();
            assertThat(group.totalCount()).isEqualTo(2);
            assertThat(group.firstSeen()).isEqualTo(T0.plusSeconds(5));
            assertThat(group.lastRunId()).isEqualTo(newest.getId());
            assertThat(group.line()).isEqualTo(2);
        }
    }

    @Test
    void aGroupIsFoundByAPrefixOfItsFingerprintWithItsRecentRuns() throws IOException {
        try (KumoCore core = openCore(dir.resolve("data"))) {
            Task task = core.tasks().create(new Task("load", "python load.py"));
            ErrorGroups groups = groups(core);
            Run run = failed(core, task, T0, RunStatus.FAILED, traceback("ValueError", 1));
            String fingerprint = groups.classify(run).orElseThrow().signature().fingerprint();
            ErrorGroupQuery all = ErrorGroupQuery.since(null, ZoneOffset.UTC);

            ErrorGroupDetail detail = groups.group(fingerprint.substring(0, 6).toUpperCase(), all, T0).orElseThrow();

            assertThat(detail.group().fingerprint()).isEqualTo(fingerprint);
            assertThat(detail.recentRuns()).singleElement().satisfies(recent -> {
                assertThat(recent.runId()).isEqualTo(run.getId());
                assertThat(recent.status()).isEqualTo("FAILED");
            });
            String missing = fingerprint.startsWith("0") ? "ffff" : "0000";
            assertThat(groups.group(missing, all, T0)).isEmpty();
            assertThatThrownBy(() -> groups.group("zz12", all, T0)).isInstanceOf(ValidationException.class).hasMessageContaining("hex");
            assertThatThrownBy(() -> groups.group("ab", all, T0)).isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void racingClassifiersOfOneNewErrorMakeOneGroup() throws Exception {
        try (KumoCore core = openCore(dir.resolve("data"))) {
            Task task = core.tasks().create(new Task("load", "python load.py"));
            List<Run> runs = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                runs.add(failed(core, task, T0.plusSeconds(i), RunStatus.FAILED, traceback("OSError", i + 1)));
            }
            ExecutorService pool = Executors.newFixedThreadPool(4);
            try {
                CountDownLatch go = new CountDownLatch(1);
                List<Future<Classification>> results = new ArrayList<>();
                for (Run run : runs) {
                    ErrorGroups own = groups(core); // as on another node: nothing shared but the database
                    Callable<Classification> classify = () -> {
                        go.await();
                        return own.classify(run).orElseThrow();
                    };
                    results.add(pool.submit(classify));
                }
                go.countDown();
                long made = 0;
                for (Future<Classification> result : results) {
                    made += result.get().newGroup() ? 1 : 0;
                }
                assertThat(made).isEqualTo(1);
            } finally {
                pool.shutdownNow();
            }
            assertThat(groups(core).groups(ErrorGroupQuery.since(null, ZoneOffset.UTC), T0).getFirst().totalCount()).isEqualTo(8);
        }
    }
}
