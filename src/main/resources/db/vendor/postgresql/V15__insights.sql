-- Insights and reports (issue 20).
-- A failed run's error fingerprint (exception type + innermost frame of the user's code, or its last stderr line
-- normalised) and its CPU time; the groups of failures one fingerprint names.
ALTER TABLE runs ADD COLUMN error_fingerprint VARCHAR(40);
ALTER TABLE runs ADD COLUMN cpu_millis BIGINT;
CREATE INDEX idx_runs_error_fingerprint ON runs (error_fingerprint, scheduled_for);

CREATE TABLE error_groups (
    fingerprint    VARCHAR(40)   PRIMARY KEY,
    exception_type VARCHAR(200)  NOT NULL,
    message        VARCHAR(1000),
    file_path      VARCHAR(1000),
    line_no        INT,
    function_name  VARCHAR(200),
    first_seen     BIGINT        NOT NULL,
    last_seen      BIGINT        NOT NULL,
    run_count      BIGINT        NOT NULL,
    last_run_id    BIGINT
);

-- Reports made on a schedule and sent through an alert channel.
CREATE TABLE report_schedules (
    id            BIGSERIAL PRIMARY KEY,
    name          VARCHAR(100)  NOT NULL,
    cron_expr     VARCHAR(200)  NOT NULL,
    time_zone     VARCHAR(64)   NOT NULL,
    period_days   INT           NOT NULL,
    project_id    BIGINT,
    tag           VARCHAR(100),
    format        VARCHAR(10)   NOT NULL,
    channel_id    BIGINT        NOT NULL,
    enabled       BOOLEAN       DEFAULT TRUE NOT NULL,
    last_sent_at  BIGINT,
    last_error    VARCHAR(2000),
    created_at    BIGINT        NOT NULL,
    updated_at    BIGINT        NOT NULL,
    CONSTRAINT uq_report_schedules_name UNIQUE (name),
    CONSTRAINT fk_report_schedules_channel FOREIGN KEY (channel_id) REFERENCES alert_channels (id) ON DELETE CASCADE
);
