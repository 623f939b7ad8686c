-- No query filters or sorts runs by started_at: history pages, the dashboard, retention and the task summaries read
-- task_id, status and scheduled_for (uq_runs_task_scheduled, ix_runs_status_scheduled, ix_runs_scheduled,
-- ix_runs_day_figures). These three indexes only cost writes: each run's insert touched them and its RUNNING and end
-- rewrote them, and each touched B-tree is fresh pages that the next sync writes and the GC copies
-- (docs/performance.md, steady lateness).
DROP INDEX ix_runs_task_started;
DROP INDEX ix_runs_status_started;
DROP INDEX ix_runs_started;
