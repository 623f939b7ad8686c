package io.kumo.bench;

import io.kumo.app.KumoCore;
import io.kumo.common.Actor;
import io.kumo.config.DataDirectory;
import io.kumo.dashboard.DashboardService;
import io.kumo.dashboard.DashboardSnapshot;
import io.kumo.domain.Project;
import io.kumo.domain.Task;
import io.kumo.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * Time of {@link DashboardService#snapshot} on a store of 1,000,000 runs over 60 days across 200 tasks in 10 projects.
 * The runs are inserted with batched JDBC while Kumo is closed, then the core is reopened (migrations and all) and
 * the snapshot is timed for all projects and for one project: 5 warm-up calls, then 20 timed calls (median, max).
 * H2 reuses the result of an identical query while no table changed, so each timed call follows a run insert (as
 * after a run change in the app, when the dashboard refreshes); the cached case is printed as well. Run after
 * {@code mvn test-compile} with the test class path; arguments: runs (1000000), days (60); {@code -Dkumo.bench.keep=true}
 * keeps the data directory for a closer look.
 */
public final class DashboardBenchmark {

    private static final String[] STATUSES = {"SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS", "SUCCESS",
            "SUCCESS", "FAILED", "TIMEOUT", "INTERRUPTED", "SKIPPED"};
    private static final int PROJECTS = 10;
    private static final int TASKS = 200;
    private static final int WARM_UP = 5;
    private static final int TIMED = 20;

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int days = args.length > 1 ? Integer.parseInt(args[1]) : 60;
        Path dir = Files.createTempDirectory("kumo-dashboard-bench");
        DataDirectory data = new DataDirectory(dir);
        Actor actor = new Actor("bench@localhost");
        List<Long> taskIds = new ArrayList<>();
        List<String> taskNames = new ArrayList<>();
        long firstProject;
        try (KumoCore core = KumoCore.open(data, Clock.systemUTC(), actor)) {
            List<Project> projects = new ArrayList<>();
            for (int p = 0; p < PROJECTS; p++) {
                projects.add(core.projects().create(new Project("project-" + p, dir.resolve("p" + p).toString())));
            }
            for (int t = 0; t < TASKS; t++) {
                Task task = new Task("task-" + t, "true");
                task.setProjectId(projects.get(t % PROJECTS).getId());
                task.setEnabled(t % 7 != 0);
                task = core.tasks().create(task);
                taskIds.add(task.getId());
                taskNames.add(task.getName());
            }
            firstProject = projects.getFirst().getId();
        }

        long insertStart = System.nanoTime();
        insertRuns(data.database(), runs, days, taskIds, taskNames);
        double insertSeconds = (System.nanoTime() - insertStart) / 1e9;
        System.out.printf("Inserted %,d runs over %d days across %d tasks in %d projects in %.1f s (%,.0f runs/s)%n",
                runs, days, TASKS, PROJECTS, insertSeconds, runs / insertSeconds);

        long reopenStart = System.nanoTime();
        try (KumoCore core = KumoCore.open(data, Clock.systemUTC(), actor)) {
            System.out.printf("Reopened the core in %.0f ms%n", (System.nanoTime() - reopenStart) / 1e6);
            DashboardService service = new DashboardService(core.database());
            ZoneId zone = ZoneId.systemDefault();
            long taskId = taskIds.getFirst();
            Runnable runChanged = () -> addRun(core, taskId);
            time("all projects, after a run change", () -> service.snapshot(null, zone, Instant.now()), runChanged);
            time("one project,  after a run change", () -> service.snapshot(firstProject, zone, Instant.now()), runChanged);
            time("all projects, nothing changed   ", () -> service.snapshot(null, zone, Instant.now()), () -> { });
        }
        if (Boolean.getBoolean("kumo.bench.keep")) {
            System.out.println("Data directory kept at " + dir);
        } else {
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path dir) throws java.io.IOException {
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /**
     * Runs spread evenly over the days up to now, one every few seconds per task, statuses in fixed proportions (the
     * newest 20 RUNNING); ScaleBenchmark fills its history with it too.
     */
    static void insertRuns(Path folder, int runs, int days, List<Long> taskIds, List<String> taskNames) throws Exception {
        long now = System.currentTimeMillis();
        long span = days * 86_400_000L;
        Random random = new Random(42);
        try (Connection connection = DriverManager.getConnection(Database.urlFor(folder), "kumo", "")) {
            connection.setAutoCommit(false);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO runs (task_id, task_name, trigger_kind, "
                    + "scheduled_for, queued_at, started_at, ended_at, exit_code, status, attempt) VALUES (?,?,?,?,?,?,?,?,?,?)")) {
                for (int i = 0; i < runs; i++) {
                    int task = i % taskIds.size();
                    // distinct (task, scheduled_for): each task's runs are at increasing, distinct milliseconds
                    long scheduled = now - span + (span / runs) * i + task;
                    String status = i >= runs - 20 ? "RUNNING" : STATUSES[random.nextInt(STATUSES.length)];
                    boolean ended = !status.equals("RUNNING") && !status.equals("SKIPPED");
                    insert.setLong(1, taskIds.get(task));
                    insert.setString(2, taskNames.get(task));
                    insert.setString(3, "CRON");
                    insert.setLong(4, scheduled);
                    insert.setLong(5, scheduled);
                    insert.setLong(6, scheduled + 5);
                    if (ended) {
                        insert.setLong(7, scheduled + 1_000 + random.nextInt(120_000));
                        insert.setInt(8, status.equals("SUCCESS") ? 0 : 1);
                    } else {
                        insert.setNull(7, java.sql.Types.BIGINT);
                        insert.setNull(8, java.sql.Types.INTEGER);
                    }
                    insert.setString(9, status);
                    insert.setInt(10, 1);
                    insert.addBatch();
                    if (i % 10_000 == 9_999) {
                        insert.executeBatch();
                        connection.commit();
                    }
                }
                insert.executeBatch();
                connection.commit();
            }
        }
    }

    private static final java.util.concurrent.atomic.AtomicLong ADDED = new java.util.concurrent.atomic.AtomicLong();

    private static void addRun(KumoCore core, long taskId) {
        Instant at = Instant.now().plusMillis(ADDED.incrementAndGet()); // distinct (task, scheduled_for)
        io.kumo.domain.Run run = new io.kumo.domain.Run(taskId, "task-0", io.kumo.domain.TriggerKind.MANUAL, at,
                io.kumo.domain.RunStatus.SUCCESS);
        run.setStartedAt(at);
        run.setEndedAt(at.plusMillis(1500));
        io.kumo.storage.StoreException.unchecked(() -> core.database().runs().create(run));
    }

    private static void time(String label, java.util.function.Supplier<DashboardSnapshot> snapshot, Runnable before) {
        for (int i = 0; i < WARM_UP; i++) {
            before.run();
            snapshot.get();
        }
        double[] millis = new double[TIMED];
        DashboardSnapshot last = null;
        for (int i = 0; i < TIMED; i++) {
            before.run();
            long start = System.nanoTime();
            last = snapshot.get();
            millis[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        double median = (millis[TIMED / 2 - 1] + millis[TIMED / 2]) / 2;
        long finished = last.runsPerDay().stream().mapToLong(day -> day.succeeded() + day.failed()).sum();
        System.out.printf("snapshot, %s: median %.1f ms, max %.1f ms (%,d finished runs in 14 days, %d running, %d tasks)%n",
                label, median, millis[TIMED - 1], finished, last.cards().running(), last.cards().tasksTotal());
    }
}
