package io.kumo.reports;

import io.kumo.app.KumoCore;
import io.kumo.domain.Project;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.storage.StoreException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * Known runs for report tests, counted by hand: project "shop" with task a (tags nightly, etl); task b (tag etl);
 * task c (tag nightly). In 2026-03-10 .. 2026-03-12 (UTC): a 10 s, 20 s, 30 s successes and a 40 s failure (fp1);
 * b a 5 s failure ("exit code 1"), a 60 s timeout (fp1), a skip; c a 7 s interruption ("exit code 1"); and two runs
 * of c just outside the period.
 */
public final class ReportFixture {

    public static final Instant FROM = Instant.parse("2026-03-10T00:00:00Z");
    public static final Instant TO = Instant.parse("2026-03-13T00:00:00Z");

    public final Project shop;
    public final Task a;
    public final Task b;
    public final Task c;

    public ReportFixture(KumoCore core, Path projectDir) {
        shop = core.projects().create(new Project("shop", projectDir.toString()));
        a = task(core, "a", shop.getId(), "nightly,etl");
        b = task(core, "b", null, "etl");
        c = task(core, "c", null, "nightly");
        run(core, a, "2026-03-10T01:00:00Z", RunStatus.SUCCESS, 10, 2_000L, 100L, null, null);
        run(core, a, "2026-03-10T02:00:00Z", RunStatus.SUCCESS, 20, 1_000L, 300L, null, null);
        run(core, a, "2026-03-11T01:00:00Z", RunStatus.SUCCESS, 30, null, null, null, null);
        run(core, a, "2026-03-12T01:00:00Z", RunStatus.FAILED, 40, null, null, "fp1", "Traceback...");
        run(core, b, "2026-03-11T03:00:00Z", RunStatus.FAILED, 5, null, null, null, "exit code 1");
        run(core, b, "2026-03-11T04:00:00Z", RunStatus.TIMEOUT, 60, null, null, "fp1", "timed out");
        run(core, b, "2026-03-12T05:00:00Z", RunStatus.SKIPPED, 0, null, null, null, null);
        run(core, c, "2026-03-12T10:00:00Z", RunStatus.INTERRUPTED, 7, null, null, null, "exit code 1");
        run(core, c, "2026-03-09T23:59:59Z", RunStatus.SUCCESS, 1, null, null, null, null);
        run(core, c, "2026-03-13T00:00:00Z", RunStatus.SUCCESS, 1, null, null, null, null);
        StoreException.unchecked(() -> core.database().runs().executeRaw("INSERT INTO error_groups (fingerprint, exception_type, "
                + "message, file_path, line_no, function_name, first_seen, last_seen, run_count) VALUES ('fp1', 'ValueError', "
                + "'bad value', 'spider.py', 42, 'parse', 0, 0, 2)"));
    }

    public ReportQuery all() {
        return new ReportQuery(FROM, TO, null, null, null, ZoneOffset.UTC);
    }

    private static Task task(KumoCore core, String name, Long projectId, String tags) {
        Task task = new Task(name, "true");
        task.setProjectId(projectId);
        task.setTags(tags);
        return core.tasks().create(task);
    }

    private static void run(KumoCore core, Task task, String scheduled, RunStatus status, int seconds, Long cpuMillis,
                            Long peakRss, String fingerprint, String error) {
        Instant at = Instant.parse(scheduled);
        Run run = new Run(task, TriggerKind.CRON, at, status);
        run.setStartedAt(at);
        if (status != RunStatus.SKIPPED) {
            run.setEndedAt(at.plus(Duration.ofSeconds(seconds)));
        }
        run.setCpuMillis(cpuMillis);
        run.setPeakRss(peakRss);
        run.setErrorFingerprint(fingerprint);
        run.setError(error);
        StoreException.unchecked(() -> core.database().runs().create(run));
    }
}
