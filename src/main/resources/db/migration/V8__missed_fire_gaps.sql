-- Fires missed in one gap (Kumo closed, stalled or asleep) are one MISSED run: scheduled_for is the gap's first fire,
-- missed_until its last, missed_fires how many fires it stands for. NULL on every other run (one fire each).
ALTER TABLE runs ADD COLUMN missed_fires INT;
ALTER TABLE runs ADD COLUMN missed_until BIGINT;
