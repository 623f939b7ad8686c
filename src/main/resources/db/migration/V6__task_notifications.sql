-- Per-task desktop notifications (failure, timeout, recovery); the global switches are settings.
ALTER TABLE tasks ADD COLUMN notify BOOLEAN DEFAULT TRUE NOT NULL;
