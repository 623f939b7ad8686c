-- Fields the scheduling engine needs: per-task variables and retry backoff, a run's resource samples.

ALTER TABLE tasks ADD COLUMN env_vars TEXT;
ALTER TABLE tasks ADD COLUMN retry_backoff VARCHAR(20) DEFAULT 'FIXED' NOT NULL;
ALTER TABLE runs ADD COLUMN samples TEXT;
CREATE INDEX ix_runs_status_scheduled ON runs (status, scheduled_for);
