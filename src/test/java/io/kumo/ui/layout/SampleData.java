package io.kumo.ui.layout;

import io.kumo.app.KumoCore;
import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.domain.TriggerKind;
import io.kumo.domain.TriggerType;
import io.kumo.engine.RunStore;
import io.kumo.storage.StoreException;
import io.kumo.testkit.RealPython;
import io.kumo.testkit.WorkflowFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a user has after a week of Kumo, seeded through the core's real services: projects (one with a
 * requirements.txt), the machine's python3 as an environment, tasks with long-ish names on cron, interval and manual
 * triggers, a workflow, alert channels with their rule, finished runs with logs, and the audit entries all that left.
 */
public final class SampleData {

    private final KumoCore core;
    private final Path projectsRoot;

    private SampleData(KumoCore core, Path projectsRoot) {
        this.core = core;
        this.projectsRoot = projectsRoot;
    }

    /** Seeds {@code core}; {@code scratch} holds the linked project folders. */
    public static void seed(KumoCore core, Path scratch) {
        try {
            new SampleData(core, scratch).seedAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void seedAll() throws IOException {
        Project reports = project("sales-reports", "main.py", "import pandas\nprint('weekly sales report')\n",
                "pandas==2.2.2\nrequests>=2.31\nopenpyxl\n");
        Project scrapers = project("price-scrapers", "scrape.py", "print('scraping competitor prices')\n", null);
        project("infra-housekeeping", "cleanup.py", "print('cleaning old backups')\n", null);
        PythonEnvironment python = core.python().environments()
                .useInterpreter("system-python3", RealPython.path(), false);

        List<Task> tasks = new ArrayList<>();
        tasks.add(task("Nightly sales report export to the finance share", "python main.py", reports, python,
                TriggerType.CRON, "0 2 * * *", null, "reports,finance"));
        tasks.add(task("Hourly competitor price scrape - EU storefronts", "python scrape.py", scrapers, python,
                TriggerType.INTERVAL, null, 3600L, "scraping,eu"));
        tasks.add(task("Weekly customer churn model retraining", "python -c \"print('retrain')\"", reports, python,
                TriggerType.CRON, "30 4 * * MON", null, "ml,weekly"));
        tasks.add(task("Rotate and compress application logs older than 14 days",
                "python3 -c \"print('rotate')\"", null, null, TriggerType.CRON, "15 3 * * *", null, "ops"));
        tasks.add(task("Sync inventory spreadsheet to PostgreSQL warehouse", "python3 -c \"print('sync')\"", null, python,
                TriggerType.INTERVAL, null, 900L, "warehouse,sync"));
        tasks.add(task("Send the Monday KPI digest email to the leadership team", "python3 -c \"print('digest')\"",
                reports, null, TriggerType.CRON, "0 8 * * MON", null, "reports,email"));
        tasks.add(task("Re-index full-text search for the documentation portal", "python3 -c \"print('index')\"", null,
                null, TriggerType.MANUAL, null, null, "search"));
        tasks.add(task("Check TLS certificate expiry on all public endpoints", "python3 -c \"print('tls')\"", null, null,
                TriggerType.CRON, "0 */6 * * *", null, "ops,security"));

        core.workflowService().save(WorkflowFiles.ETL);
        core.channelService().add("ops-dingtalk", "dingtalk://SECabc@tok123", null);
        core.channelService().add("finance-webhook", "json://hooks.example.com/kumo/finance-alerts", null);

        Instant now = core.clock().instant();
        for (int day = 0; day < 7; day++) {
            for (int i = 0; i < tasks.size(); i++) {
                boolean failed = (day + i) % 5 == 0;
                run(tasks.get(i), now.minus(Duration.ofDays(day)).minus(Duration.ofMinutes(7L * i + 3)),
                        failed ? RunStatus.FAILED : RunStatus.SUCCESS);
            }
        }
    }

    private Project project(String name, String script, String code, String requirements) throws IOException {
        Path folder = Files.createDirectories(projectsRoot.resolve(name));
        Files.writeString(folder.resolve(script), code, StandardCharsets.UTF_8);
        if (requirements != null) {
            Files.writeString(folder.resolve("requirements.txt"), requirements, StandardCharsets.UTF_8);
        }
        Files.writeString(folder.resolve("README.md"), "# " + name + "\n", StandardCharsets.UTF_8);
        return core.projectService().link(folder, name);
    }

    private Task task(String name, String command, Project project, PythonEnvironment environment, TriggerType trigger,
            String cron, Long intervalSeconds, String tags) {
        Task task = new Task(name, command);
        task.setDescription("Seeded for the layout test: " + name.toLowerCase(java.util.Locale.ROOT));
        task.setProjectId(project == null ? null : project.getId());
        task.setEnvironmentId(environment == null ? null : environment.getId());
        task.setTriggerType(trigger);
        task.setCronExpression(cron);
        task.setIntervalSeconds(intervalSeconds);
        if (trigger == TriggerType.INTERVAL) {
            task.setAnchorAt(core.clock().instant()); // what the task service sets when a user adds one
        }
        task.setTags(tags);
        return core.tasks().create(task);
    }

    private void run(Task task, Instant scheduled, RunStatus status) throws IOException {
        Run run = new Run(task.getId(), task.getName(), task.getTriggerType() == TriggerType.INTERVAL
                ? TriggerKind.INTERVAL : task.getTriggerType() == TriggerType.MANUAL ? TriggerKind.MANUAL : TriggerKind.CRON,
                scheduled, status);
        run.setQueuedAt(scheduled);
        run.setStartedAt(scheduled.plusMillis(150));
        run.setEndedAt(scheduled.plusSeconds(4 + task.getId() % 40));
        run.setExitCode(status == RunStatus.SUCCESS ? 0 : 1);
        run.setError(status == RunStatus.FAILED ? "exit code 1: KeyError: 'region' in transform_rows()" : null);
        run.setPeakCpu(35.0 + task.getId());
        run.setPeakRss((40L + task.getId()) * 1024 * 1024);
        run.setSamples("0:10.0:1000000;1:42.0:31457280;2:20.0:20000000");
        StoreException.unchecked(() -> core.database().runs().create(run));
        Path log = core.dataDirectory().runLogs().resolve(task.getId().toString()).resolve(run.getId() + ".log");
        Files.createDirectories(log.getParent());
        StringBuilder text = new StringBuilder();
        text.append("Starting ").append(task.getName()).append('\n');
        for (int line = 1; line <= 20; line++) {
            text.append("processed batch ").append(line).append(" of 20 (").append(line * 137).append(" rows)\n");
        }
        if (status == RunStatus.FAILED) {
            text.append("Traceback (most recent call last):\n  File \"main.py\", line 42, in transform_rows\n")
                    .append("    row['region']\nKeyError: 'region'\n");
        }
        Files.writeString(log, text, StandardCharsets.UTF_8);
        run.setLogPath(log.toString());
        new RunStore(core.database()).update(run);
    }
}
