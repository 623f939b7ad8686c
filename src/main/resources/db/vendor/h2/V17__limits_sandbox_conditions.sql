-- Isolation, limits and conditions (issue 21).
-- Per-task resource limits (null: the default from Settings, or none), the sandbox a run goes into, and the
-- conditions that must hold when it fires (else it waits up to condition_wait_seconds, then is skipped).
ALTER TABLE tasks ADD COLUMN max_memory_bytes BIGINT;
ALTER TABLE tasks ADD COLUMN max_cpu_percent INT;
ALTER TABLE tasks ADD COLUMN max_processes INT;
ALTER TABLE tasks ADD COLUMN max_open_files INT;
ALTER TABLE tasks ADD COLUMN max_output_bytes BIGINT;
ALTER TABLE tasks ADD COLUMN sandbox VARCHAR(16) DEFAULT 'NONE' NOT NULL;
ALTER TABLE tasks ADD COLUMN sandbox_image VARCHAR(255);
ALTER TABLE tasks ADD COLUMN sandbox_network BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE tasks ADD COLUMN only_on_ac BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE tasks ADD COLUMN only_online BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE tasks ADD COLUMN online_host VARCHAR(255);
ALTER TABLE tasks ADD COLUMN only_idle_seconds BIGINT;
ALTER TABLE tasks ADD COLUMN not_metered BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE tasks ADD COLUMN condition_wait_seconds BIGINT DEFAULT 0 NOT NULL;
