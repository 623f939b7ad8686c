-- Workflows (issue 16). The file as the user wrote it is the definition (comments and key order kept for export);
-- what it says is parsed from it when it is read.
CREATE TABLE workflows (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    name          VARCHAR(200)  NOT NULL,
    description   VARCHAR(4000),
    definition    CHARACTER LARGE OBJECT NOT NULL,
    enabled       BOOLEAN       DEFAULT TRUE NOT NULL,
    last_fired_at BIGINT,
    created_at    BIGINT        NOT NULL,
    updated_at    BIGINT        NOT NULL,
    CONSTRAINT uq_workflows_name UNIQUE (name)
);

-- One run of a workflow. It keeps the file it follows (definition) and its parameters (JSON object), so an edit made
-- while it runs changes nothing and a re-run from the failed steps runs the same steps. Runs outlive their workflow
-- (history), as task runs do. "Never twice": one run per workflow and scheduled instant.
CREATE TABLE workflow_runs (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    workflow_id   BIGINT        NOT NULL,
    workflow_name VARCHAR(200)  NOT NULL,
    trigger_kind  VARCHAR(20)   NOT NULL,
    scheduled_for BIGINT        NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    queued_at     BIGINT,
    started_at    BIGINT,
    ended_at      BIGINT,
    params        CHARACTER LARGE OBJECT,
    definition    CHARACTER LARGE OBJECT NOT NULL,
    rerun_of      BIGINT,
    error         VARCHAR(4000),
    CONSTRAINT uq_workflow_runs_scheduled UNIQUE (workflow_id, scheduled_for)
);
CREATE INDEX ix_workflow_runs_workflow ON workflow_runs (workflow_id, id);
CREATE INDEX ix_workflow_runs_status ON workflow_runs (status);

-- Where each step (and handler) of a workflow run stands. A step's attempts are normal runs (runs.workflow_run_id,
-- runs.step_name); run_id is its latest attempt's. outputs: the KEY=VALUE lines it passed on, as a JSON object.
CREATE TABLE workflow_step_runs (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    workflow_run_id BIGINT        NOT NULL,
    step_name       VARCHAR(200)  NOT NULL,
    handler         VARCHAR(20),
    position        INT           DEFAULT 0 NOT NULL,
    status          VARCHAR(20)   NOT NULL,
    run_id          BIGINT,
    attempts        INT           DEFAULT 0 NOT NULL,
    started_at      BIGINT,
    ended_at        BIGINT,
    exit_code       INT,
    outputs         CHARACTER LARGE OBJECT,
    note            VARCHAR(4000),
    CONSTRAINT uq_workflow_step_runs UNIQUE (workflow_run_id, step_name),
    CONSTRAINT fk_workflow_step_runs_run FOREIGN KEY (workflow_run_id) REFERENCES workflow_runs (id) ON DELETE CASCADE
);

-- A step's attempt is a run like a task's (logs, CPU/RSS, stop, history). Its task_id is minus its
-- workflow_step_runs id: no task has it, and the (task_id, scheduled_for) key keeps every attempt once.
ALTER TABLE runs ADD COLUMN workflow_run_id BIGINT;
ALTER TABLE runs ADD COLUMN step_name VARCHAR(200);
CREATE INDEX ix_runs_workflow_run ON runs (workflow_run_id);
