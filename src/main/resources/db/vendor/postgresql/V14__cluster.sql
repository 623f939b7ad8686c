-- Cluster mode (issue 18): several Kumo nodes on one database. Each node has one row; it heartbeats into it, and a
-- node silent for longer than the lease is declared DEAD by another, which takes its runs over. The incarnation is new
-- at every start: a node that finds its row declared dead (or another incarnation in it) holds no lease any more.
CREATE TABLE nodes (
    name             VARCHAR(100)  NOT NULL PRIMARY KEY,
    incarnation      VARCHAR(40)   NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    labels           VARCHAR(1000),
    runs_tasks       BOOLEAN       DEFAULT TRUE NOT NULL,
    max_runs         INT,
    host             VARCHAR(255),
    pid              BIGINT,
    version          VARCHAR(50),
    started_at       BIGINT        NOT NULL,
    heartbeat_at     BIGINT        NOT NULL,
    declared_dead_at BIGINT,
    declared_dead_by VARCHAR(100),
    running          INT           DEFAULT 0 NOT NULL,
    cpu_load         DOUBLE PRECISION,
    memory_used      BIGINT,
    memory_total     BIGINT,
    environments     VARCHAR(4000)
);

-- The node that recorded (and runs) a run; NULL on a run recorded before cluster mode, or waiting for any node to
-- adopt it (a manual run asked for on a node that runs no tasks, a queued run of a dead node).
ALTER TABLE runs ADD COLUMN node VARCHAR(100);
-- A stop asked for on another node than the one running the run: that node's loop sees it and stops the run.
ALTER TABLE runs ADD COLUMN stop_requested_at BIGINT;
CREATE INDEX ix_runs_node_status ON runs (node, status);

ALTER TABLE workflow_runs ADD COLUMN node VARCHAR(100);

-- The labels a node must carry to run the task (comma-separated, lower case); NULL: any node.
ALTER TABLE tasks ADD COLUMN node_labels VARCHAR(1000);

-- Run logs shipped to the database by the node that writes them, so any node and the desktop can read them.
CREATE TABLE run_log_chunks (
    run_id       BIGINT        NOT NULL,
    start_offset BIGINT        NOT NULL,
    data         BYTEA NOT NULL,
    PRIMARY KEY (run_id, start_offset)
);
