-- A report reads these columns of every run in its period (ReportService's one scan): an index holding all of them
-- answers without the rows, which a million runs would otherwise fetch one by one. Kept apart from
-- ix_runs_day_figures, which the dashboard scans and whose smaller entries it reads faster. Kumo's one-line reason
-- (error) is here and not in PostgreSQL's version, whose index entries have a size limit a long reason could pass.
CREATE INDEX ix_runs_report ON runs (scheduled_for, task_id, status, started_at, ended_at, cpu_millis, peak_rss,
    error_fingerprint, error);
