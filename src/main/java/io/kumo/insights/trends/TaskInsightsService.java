package io.kumo.insights.trends;

import io.kumo.common.ValidationException;
import io.kumo.domain.Project;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Task;
import io.kumo.project.FileHistory;
import io.kumo.project.FileVersion;
import io.kumo.storage.StoreException;
import io.kumo.store.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A task's trends: per-day figures in the user's zone, the window's figures, and the runs split at the saves of the
 * task's script. The window's runs of one task are read once (bounded by the window) and aggregated in Java, which
 * gives exact percentiles on H2 and PostgreSQL alike.
 */
public final class TaskInsightsService {

    /** The windows offered; 0 is the task's whole history. */
    public static final List<Integer> WINDOWS = List.of(7, 30, 90, 0);

    private final Database database;
    private final FileHistory history;
    private final Clock clock;

    public TaskInsightsService(Database database, FileHistory history, Clock clock) {
        this.database = database;
        this.history = history;
        this.clock = clock;
    }

    /** Empty when there is no such task. */
    public Optional<TaskInsights> insights(long taskId, int days, ZoneId zone) {
        if (!WINDOWS.contains(days)) {
            throw new ValidationException("days must be 7, 30, 90 or 0 (all), not " + days);
        }
        Task task = StoreException.unchecked(() -> database.tasks().queryForId(taskId));
        return Optional.ofNullable(task).map(found -> insights(found, days, zone));
    }

    private TaskInsights insights(Task task, int days, ZoneId zone) {
        long taskId = task.getId();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        Instant from = days == 0 ? null : today.minusDays(days - 1).atStartOfDay(zone).toInstant();
        List<RunFact> facts = facts(taskId, from);
        LocalDate first = from != null ? today.minusDays(days - 1)
                : facts.isEmpty() ? today : LocalDate.ofInstant(facts.getFirst().scheduledFor(), zone);
        Optional<String> script = script(task);
        List<FileVersion> versions = script.map(path -> history.versions(task.getProjectId(), path)).orElse(List.of());
        return new TaskInsights(taskId, task.getName(), days, from, now, zone, script.orElse(null), RunFigures.of(facts),
                perDay(facts, first, today, zone), script.isEmpty() ? List.of() : VersionSegments.split(facts, versions, from));
    }

    private static List<DayTrend> perDay(List<RunFact> facts, LocalDate first, LocalDate last, ZoneId zone) {
        Map<LocalDate, List<RunFact>> byDay = facts.stream()
                .collect(Collectors.groupingBy(f -> LocalDate.ofInstant(f.scheduledFor(), zone), TreeMap::new, Collectors.toList()));
        List<DayTrend> trends = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            List<RunFact> ofDay = byDay.get(day);
            trends.add(new DayTrend(day, ofDay == null ? RunFigures.NONE : RunFigures.of(ofDay)));
        }
        return trends;
    }

    /** The task's runs due since {@code from} (null: all), oldest first; skipped and missed fires are no runs. */
    private List<RunFact> facts(long taskId, Instant from) {
        String sql = "SELECT scheduled_for, status, started_at, ended_at, cpu_millis, peak_rss FROM runs WHERE task_id = " + taskId
                + (from == null ? "" : " AND scheduled_for >= " + from.toEpochMilli())
                + " AND status NOT IN ('SKIPPED','MISSED') ORDER BY scheduled_for";
        return StoreException.unchecked(() -> database.runs().queryRaw(sql).getResults()).stream().map(row -> new RunFact(
                Instant.ofEpochMilli(Long.parseLong(row[0])), RunStatus.valueOf(row[1]),
                row[2] == null || row[3] == null ? null : Long.parseLong(row[3]) - Long.parseLong(row[2]),
                row[4] == null ? null : Long.parseLong(row[4]), row[5] == null ? null : Long.parseLong(row[5]))).toList();
    }

    private Optional<String> script(Task task) {
        if (task.getProjectId() == null) {
            return Optional.empty();
        }
        Project project = StoreException.unchecked(() -> database.projects().queryForId(task.getProjectId()));
        if (project == null || project.getRootPath() == null) {
            return Optional.empty();
        }
        Path root = Path.of(project.getRootPath());
        Path workDir = root;
        if (project.getWorkDir() != null && !project.getWorkDir().isBlank()) {
            workDir = workDir.resolve(project.getWorkDir());
        }
        if (task.getWorkDir() != null && !task.getWorkDir().isBlank()) {
            workDir = workDir.resolve(task.getWorkDir());
        }
        return TaskScript.of(task.getCommand(), root, workDir);
    }
}
