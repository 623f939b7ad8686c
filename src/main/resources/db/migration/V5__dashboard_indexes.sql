-- The dashboard aggregates runs by scheduled day across all tasks and statuses.
CREATE INDEX ix_runs_scheduled ON runs (scheduled_for);
CREATE INDEX ix_tasks_project ON tasks (project_id);
