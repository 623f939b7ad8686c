package io.kumo.bench;

import io.kumo.app.KumoCore;
import io.kumo.common.Actor;
import io.kumo.config.DataDirectory;
import io.kumo.domain.Project;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.reports.Report;
import io.kumo.reports.ReportQuery;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Time of {@link io.kumo.reports.ReportService#build} over 1,000,000 runs across 200 tasks in 10 projects and 90 days,
 * with CPU time, peak memory, and 20 error fingerprints on the failures. The runs are generated inside H2 while
 * Kumo is closed; then the core is reopened and the report of the
 * whole 90 days, of the last 30 days and of one project's 90 days is built: 2 warm-up builds, then 5 timed builds
 * (median, max), each after a run insert (H2 answers an identical query from its cache while no table changed).
 * Arguments: runs (1000000), days (90).
 */
public final class ReportBenchmark {

    private static final int PROJECTS = 10;
    private static final int TASKS = 200;
    private static final int FINGERPRINTS = 20;
    private static final int WARM_UP = 2;
    private static final int TIMED = 5;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 90;
        Path dir = Files.createTempDirectory("kumo-report-bench");
        DataDirectory data = new DataDirectory(dir);
        Actor actor = new Actor("bench@localhost");
        List<Long> taskIds = new ArrayList<>();
        long firstProject;
        try (KumoCore core = KumoCore.open(data, Clock.systemUTC(), actor)) {
            List<Project> projects = new ArrayList<>();
            for (int p = 0; p < PROJECTS; p++) {
                projects.add(core.projects().create(new Project("project-" + p, dir.resolve("p" + p).toString())));
            }
            for (int t = 0; t < TASKS; t++) {
                Task task = new Task("task-" + t, "true");
                task.setProjectId(projects.get(t % PROJECTS).getId());
                taskIds.add(core.tasks().create(task).getId());
            }
            firstProject = projects.getFirst().getId();
        }
        if (taskIds.getLast() - taskIds.getFirst() != TASKS - 1) {
            throw new IllegalStateException("the tasks' ids are not consecutive: " + taskIds);
        }
        ZoneId zone = ZoneId.systemDefault();
        LocalDate today = LocalDate.now(zone);
        Instant from = today.minusDays(days).atStartOfDay(zone).toInstant();
        Instant to = today.atStartOfDay(zone).toInstant();

        long insertStart = System.nanoTime();
        insertRuns(data.database(), runs, from, to, taskIds.getFirst());
        double insertSeconds = (System.nanoTime() - insertStart) / 1e9;
        System.out.printf("Inserted %,d runs over %d days across %d tasks in %d projects in %.1f s (%,.0f runs/s)%n",
                runs, days, TASKS, PROJECTS, insertSeconds, runs / insertSeconds);

        try (KumoCore core = KumoCore.open(data, Clock.systemUTC(), actor)) {
            Runnable runChanged = () -> addRun(core, taskIds.getFirst());
            Instant month = today.minusDays(Math.min(30, days)).atStartOfDay(zone).toInstant();
            time("all tasks, " + days + " days", () -> core.reports().build(new ReportQuery(from, to, null, null, null, zone)), runChanged);
            time("all tasks, last 30 days", () -> core.reports().build(new ReportQuery(month, to, null, null, null, zone)), runChanged);
            time("one project, " + days + " days", () -> core.reports().build(new ReportQuery(from, to, firstProject, null, null, zone)),
                    runChanged);
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /**
     * Runs spread evenly over the period, task by task in turn; about 2 in 3 succeed, 1 in 12 fails with one of 20
     * fingerprints, 1 in 12 times out (fingerprinted too), 1 in 12 is interrupted (a reason, no fingerprint), 1 in 12
     * is skipped. Generated inside H2 ({@code INSERT ... SELECT} over {@code SYSTEM_RANGE}, pseudo-random but
     * repeatable through {@code ORA_HASH}), a commit every 100,000 runs: a million runs in seconds, where batched JDBC
     * took minutes.
     */
    static void insertRuns(Path folder, int runs, Instant from, Instant to, long firstTaskId) throws Exception {
        long start = from.toEpochMilli();
        long step = (to.toEpochMilli() - start) / runs;
        try (Connection connection = DriverManager.getConnection(Database.urlFor(folder), "kumo", "");
             Statement statement = connection.createStatement()) {
            for (int g = 0; g < FINGERPRINTS; g++) {
                statement.executeUpdate("INSERT INTO error_groups (fingerprint, exception_type, message, file_path, line_no, "
                        + "function_name, first_seen, last_seen, run_count) VALUES ('fp" + g + "', 'ValueError', 'bad value "
                        + g + "', 'spider.py', " + (40 + g) + ", 'parse', " + start + ", " + start + ", 0)");
            }
            connection.setAutoCommit(false);
            for (int first = 0; first < runs; first += 100_000) {
                int last = Math.min(runs, first + 100_000) - 1;
                // distinct (task, scheduled_for): each task's runs are at increasing, distinct milliseconds
                statement.executeUpdate("INSERT INTO runs (task_id, task_name, trigger_kind, scheduled_for, queued_at, started_at, "
                        + "ended_at, exit_code, status, attempt, cpu_millis, peak_rss, error_fingerprint, error) "
                        + "SELECT " + firstTaskId + " + t, 'task-' || t, 'CRON', s, s, s + 5, "
                        + "CASE WHEN st <> 'SKIPPED' THEN s + 1000 + ORA_HASH(n, 119999, 1) END, "
                        + "CASE WHEN st = 'SUCCESS' THEN 0 WHEN st <> 'SKIPPED' THEN 1 END, st, 1, "
                        + "CASE WHEN st <> 'SKIPPED' THEN ORA_HASH(n, 4999, 2) END, 50000000 + ORA_HASH(n, 999, 3) * 100000, "
                        + "CASE WHEN st IN ('FAILED', 'TIMEOUT') THEN 'fp' || ORA_HASH(n, " + (FINGERPRINTS - 1) + ", 4) END, "
                        + "CASE WHEN st = 'INTERRUPTED' THEN 'exit code ' || ORA_HASH(n, 2, 5) END "
                        + "FROM (SELECT n, MOD(n, " + TASKS + ") AS t, " + start + " + " + step + " * n + MOD(n, " + TASKS + ") AS s, "
                        + "CASE ORA_HASH(n, 11, 6) WHEN 8 THEN 'FAILED' WHEN 9 THEN 'TIMEOUT' WHEN 10 THEN 'INTERRUPTED' "
                        + "WHEN 11 THEN 'SKIPPED' ELSE 'SUCCESS' END AS st FROM (SELECT \"X\" AS n FROM SYSTEM_RANGE(" + first + ", " + last
                        + ")) r) g");
                connection.commit();
            }
        }
    }

    private static final AtomicLong ADDED = new AtomicLong();

    private static void addRun(KumoCore core, long taskId) {
        Instant at = Instant.now().plusMillis(ADDED.incrementAndGet()); // distinct (task, scheduled_for)
        Run run = new Run(taskId, "task-0", TriggerKind.MANUAL, at, RunStatus.SUCCESS);
        run.setStartedAt(at);
        run.setEndedAt(at.plusMillis(1500));
        StoreException.unchecked(() -> core.database().runs().create(run));
    }

    private static void time(String label, Supplier<Report> build, Runnable before) {
        for (int i = 0; i < WARM_UP; i++) {
            before.run();
            build.get();
        }
        double[] millis = new double[TIMED];
        Report last = null;
        for (int i = 0; i < TIMED; i++) {
            before.run();
            long start = System.nanoTime();
            last = build.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        System.out.printf("report, %s: median %.0f ms, max %.0f ms (%,d runs, %d tasks, %d failure groups, %d days)%n", label,
                millis[TIMED / 2], millis[TIMED - 1], last.summary().runs(), last.tasks().size(), last.failures().size(),
                last.days().size());
    }
}
