-- The claim before a spawn marks claimed_at instead of started_at: claimed_at is in no index, started_at is in four
-- (ix_runs_task_started, ix_runs_status_started, ix_runs_started, ix_runs_day_figures), so a run's started_at is
-- written once, with RUNNING, instead of twice. A run claimed but never RUNNING (Kumo died in between) is QUEUED
-- with claimed_at set; runs claimed by an older Kumo carry the claim in started_at, copied here.
ALTER TABLE runs ADD COLUMN claimed_at BIGINT;
UPDATE runs SET claimed_at = started_at WHERE status = 'QUEUED' AND started_at IS NOT NULL;
