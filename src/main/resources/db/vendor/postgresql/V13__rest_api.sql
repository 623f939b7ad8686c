-- The REST API (issue 23). A token is shown once when created; only its SHA-256 is kept (a token is 256 random bits,
-- so a fast hash is enough: nothing to guess from). Revoking a token deletes its row; the audit log keeps its story.
CREATE TABLE api_tokens (
    id            BIGSERIAL PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    role          VARCHAR(10)  NOT NULL,
    token_hash    VARCHAR(64)  NOT NULL,
    expires_at    BIGINT,
    last_used_at  BIGINT,
    created_at    BIGINT       NOT NULL,
    updated_at    BIGINT       NOT NULL,
    CONSTRAINT uq_api_tokens_name UNIQUE (name),
    CONSTRAINT uq_api_tokens_hash UNIQUE (token_hash)
);

-- A task's or workflow's own trigger URL, /api/v1/hooks/{public_id}. Its secret signs requests (HMAC-SHA256), so it is
-- kept sealed with the data directory's key, not hashed.
CREATE TABLE hook_triggers (
    id             BIGSERIAL PRIMARY KEY,
    public_id      VARCHAR(40)   NOT NULL,
    target_kind    VARCHAR(10)   NOT NULL,
    target_id      BIGINT        NOT NULL,
    secret_sealed  VARCHAR(1000) NOT NULL,
    last_called_at BIGINT,
    created_at     BIGINT        NOT NULL,
    updated_at     BIGINT        NOT NULL,
    CONSTRAINT uq_hook_triggers_public UNIQUE (public_id)
);

-- The JSON body a trigger brought, as a file the run reads through KUMO_PAYLOAD (retries of the run read it too).
ALTER TABLE runs ADD COLUMN payload_path VARCHAR(4096);
ALTER TABLE workflow_runs ADD COLUMN payload_path VARCHAR(4096);
