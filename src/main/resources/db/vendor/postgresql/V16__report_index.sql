-- A report reads these columns of every run in its period (ReportService's one scan), and its failures' reasons
-- (error), which stay out: a B-tree entry has a size limit (about 2.7 kB) that a long reason could pass. Kept apart
-- from ix_runs_day_figures, which the dashboard scans and whose smaller entries it reads faster.
CREATE INDEX ix_runs_report ON runs (scheduled_for, task_id, status, started_at, ended_at, cpu_millis, peak_rss,
    error_fingerprint);
