-- Indexes for run history and audit queries, and global environment variables injected into every run.

CREATE INDEX ix_runs_task_started ON runs (task_id, started_at);
CREATE INDEX ix_runs_status_started ON runs (status, started_at);
CREATE INDEX ix_runs_started ON runs (started_at);
CREATE INDEX ix_audit_occurred ON audit_events (occurred_at);
CREATE INDEX ix_audit_target_occurred ON audit_events (target_type, occurred_at);
CREATE INDEX ix_audit_action_occurred ON audit_events (action, occurred_at);

CREATE TABLE env_variables (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    name        VARCHAR(200)    NOT NULL,
    var_value   VARCHAR(100000) NOT NULL,
    secret      BOOLEAN         DEFAULT FALSE NOT NULL,
    description VARCHAR(1000),
    created_at  BIGINT          NOT NULL,
    updated_at  BIGINT          NOT NULL,
    CONSTRAINT uq_env_variables_name UNIQUE (name)
);
