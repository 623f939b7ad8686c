-- Git projects and run outputs (issue 19).
-- A project cloned from Git keeps where it came from, the branch it follows and when it pulls: MANUAL (on demand
-- only), SCHEDULE (every git_pull_minutes) or BEFORE_RUN (before each run of its tasks). The last pull's time and,
-- when it was refused or failed, why.
ALTER TABLE projects ADD COLUMN git_url VARCHAR(2048);
ALTER TABLE projects ADD COLUMN git_branch VARCHAR(255);
ALTER TABLE projects ADD COLUMN git_pull VARCHAR(16) DEFAULT 'MANUAL' NOT NULL;
ALTER TABLE projects ADD COLUMN git_pull_minutes INT;
ALTER TABLE projects ADD COLUMN git_pulled_at BIGINT;
ALTER TABLE projects ADD COLUMN git_pull_error VARCHAR(2000);
-- The commit a run's project was on when the run started (null: not a Git project).
ALTER TABLE runs ADD COLUMN git_commit VARCHAR(64);
-- The files a run wrote or changed under its OUTPUT_DIR: a JSON array of {"path": relative, "size": bytes,
-- "modified": epoch millis}, recorded when the run ends (null: not recorded).
ALTER TABLE runs ADD COLUMN output_files CHARACTER LARGE OBJECT;
