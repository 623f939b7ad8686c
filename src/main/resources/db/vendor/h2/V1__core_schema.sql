-- Kumo core schema. Instants are stored as epoch milliseconds (UTC) in BIGINT columns.

CREATE TABLE projects (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    name         VARCHAR(200)  NOT NULL,
    description  VARCHAR(4000),
    root_path    VARCHAR(4096) NOT NULL,
    linked       BOOLEAN       DEFAULT FALSE NOT NULL,
    work_dir     VARCHAR(4096),
    output_dir   VARCHAR(4096),
    tags         VARCHAR(1000),
    created_at   BIGINT        NOT NULL,
    updated_at   BIGINT        NOT NULL,
    CONSTRAINT uq_projects_name UNIQUE (name)
);

CREATE TABLE python_envs (
    id               BIGINT AUTO_INCREMENT PRIMARY KEY,
    name             VARCHAR(200)  NOT NULL,
    kind             VARCHAR(20)   NOT NULL,
    interpreter_path VARCHAR(4096) NOT NULL,
    python_version   VARCHAR(50),
    location         VARCHAR(4096),
    state            VARCHAR(20)   NOT NULL,
    created_at       BIGINT        NOT NULL,
    updated_at       BIGINT        NOT NULL,
    CONSTRAINT uq_python_envs_name UNIQUE (name)
);

CREATE TABLE tasks (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    name                VARCHAR(200)  NOT NULL,
    description         VARCHAR(4000),
    project_id          BIGINT,
    env_id              BIGINT,
    command             VARCHAR(8000) NOT NULL,
    use_shell           BOOLEAN       DEFAULT FALSE NOT NULL,
    work_dir            VARCHAR(4096),
    trigger_type        VARCHAR(20)   NOT NULL,
    cron_expr           VARCHAR(200),
    interval_seconds    BIGINT,
    anchor_at           BIGINT,
    run_at              BIGINT,
    time_zone           VARCHAR(100),
    timeout_seconds     BIGINT,
    retries             INT           DEFAULT 0 NOT NULL,
    retry_delay_seconds BIGINT        DEFAULT 0 NOT NULL,
    priority            INT           DEFAULT 1 NOT NULL,
    overlap_policy      VARCHAR(20)   DEFAULT 'SKIP' NOT NULL,
    misfire_policy      VARCHAR(20)   DEFAULT 'ONCE' NOT NULL,
    enabled             BOOLEAN       DEFAULT TRUE NOT NULL,
    tags                VARCHAR(1000),
    last_fired_at       BIGINT,
    created_at          BIGINT        NOT NULL,
    updated_at          BIGINT        NOT NULL,
    CONSTRAINT uq_tasks_name UNIQUE (name),
    CONSTRAINT fk_tasks_project FOREIGN KEY (project_id) REFERENCES projects (id),
    CONSTRAINT fk_tasks_env FOREIGN KEY (env_id) REFERENCES python_envs (id)
);

-- Runs outlive their task on purpose (history); the data check finds orphans.
CREATE TABLE runs (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    task_id       BIGINT       NOT NULL,
    task_name     VARCHAR(200) NOT NULL,
    trigger_kind  VARCHAR(20)  NOT NULL,
    scheduled_for BIGINT       NOT NULL,
    queued_at     BIGINT,
    started_at    BIGINT,
    ended_at      BIGINT,
    pid           BIGINT,
    exit_code     INT,
    status        VARCHAR(20)  NOT NULL,
    attempt       INT          DEFAULT 1 NOT NULL,
    first_run_id  BIGINT,
    peak_cpu      DOUBLE PRECISION,
    peak_rss      BIGINT,
    log_path      VARCHAR(4096),
    error         VARCHAR(4000),
    -- "never twice": one run per task and scheduled instant, guaranteed by the database
    CONSTRAINT uq_runs_task_scheduled UNIQUE (task_id, scheduled_for)
);

CREATE TABLE settings (
    setting_key   VARCHAR(200) PRIMARY KEY,
    setting_value VARCHAR(100000),
    updated_at    BIGINT NOT NULL
);

CREATE TABLE audit_events (
    id          BIGINT AUTO_INCREMENT PRIMARY KEY,
    occurred_at BIGINT       NOT NULL,
    actor       VARCHAR(300) NOT NULL,
    action      VARCHAR(40)  NOT NULL,
    target_type VARCHAR(40)  NOT NULL,
    target_id   VARCHAR(100),
    target_name VARCHAR(300),
    details     CHARACTER LARGE OBJECT
);
