-- Alert channels (issue 17). A channel's URL holds its credentials: it is stored only sealed (SecretCipher, key file
-- outside the database and its backups) and, for lists and the audit log, with every secret written ******.
CREATE TABLE alert_channels (
    id            BIGSERIAL PRIMARY KEY,
    name          VARCHAR(100)  NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    url_sealed    VARCHAR(8000) NOT NULL,
    url_masked    VARCHAR(4000) NOT NULL,
    enabled       BOOLEAN       DEFAULT TRUE NOT NULL,
    subject_tpl   VARCHAR(1000),
    body_tpl      TEXT,
    per_minute    INT           DEFAULT 10 NOT NULL,
    quiet_from    VARCHAR(5),
    quiet_to      VARCHAR(5),
    quiet_zone    VARCHAR(64),
    log_lines     INT           DEFAULT 20 NOT NULL,
    created_at    BIGINT        NOT NULL,
    updated_at    BIGINT        NOT NULL,
    CONSTRAINT uq_alert_channels_name UNIQUE (name)
);

-- When a channel is told: per scope (ALL, or one PROJECT, TASK or WORKFLOW), which events. The most specific rule of a
-- channel covering a run decides; an empty event list mutes that scope.
CREATE TABLE alert_rules (
    id               BIGSERIAL PRIMARY KEY,
    channel_id       BIGINT       NOT NULL REFERENCES alert_channels (id) ON DELETE CASCADE,
    scope            VARCHAR(10)  NOT NULL,
    scope_id         BIGINT,
    events           VARCHAR(200) NOT NULL,
    long_run_seconds BIGINT,
    long_run_p95     BOOLEAN      DEFAULT FALSE NOT NULL,
    failures_in_row  INT          DEFAULT 0 NOT NULL,
    created_at       BIGINT       NOT NULL,
    updated_at       BIGINT       NOT NULL
);
CREATE INDEX ix_alert_rules_channel ON alert_rules (channel_id);

-- The delivery log. Rows outlive a removed channel (its name is kept), as runs outlive their task. Errors are one
-- masked line. PENDING and RETRYING rows are taken up again after a restart.
CREATE TABLE alert_deliveries (
    id              BIGSERIAL PRIMARY KEY,
    channel_id      BIGINT        NOT NULL,
    channel_name    VARCHAR(100)  NOT NULL,
    event           VARCHAR(20)   NOT NULL,
    run_id          BIGINT,
    workflow_run_id BIGINT,
    subject         VARCHAR(1000),
    status          VARCHAR(12)   NOT NULL,
    attempts        INT           DEFAULT 0 NOT NULL,
    next_attempt_at BIGINT,
    created_at      BIGINT        NOT NULL,
    finished_at     BIGINT,
    error           VARCHAR(1000)
);
CREATE INDEX ix_alert_deliveries_time ON alert_deliveries (created_at);
CREATE INDEX ix_alert_deliveries_pending ON alert_deliveries (status, next_attempt_at);
