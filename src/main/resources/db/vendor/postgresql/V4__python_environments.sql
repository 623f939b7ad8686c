-- Python environments: registered interpreters, PyPI mirrors, and what an environment was made from.

CREATE TABLE interpreters (
    id             BIGSERIAL PRIMARY KEY,
    path           VARCHAR(4096) NOT NULL,
    python_version VARCHAR(50),
    implementation VARCHAR(50),
    architecture   VARCHAR(50),
    pip_available  BOOLEAN DEFAULT FALSE NOT NULL,
    created_at     BIGINT NOT NULL,
    updated_at     BIGINT NOT NULL,
    CONSTRAINT uq_interpreters_path UNIQUE (path)
);

CREATE TABLE pypi_mirrors (
    id         BIGSERIAL PRIMARY KEY,
    url        VARCHAR(2000) NOT NULL,
    position   INT     NOT NULL,
    enabled    BOOLEAN DEFAULT TRUE NOT NULL,
    trusted    BOOLEAN DEFAULT FALSE NOT NULL,
    created_at BIGINT  NOT NULL,
    updated_at BIGINT  NOT NULL,
    CONSTRAINT uq_pypi_mirrors_url UNIQUE (url)
);

-- the system interpreter used as an environment only takes package changes once the user allowed it
ALTER TABLE python_envs ADD COLUMN packages_writable BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE python_envs ADD COLUMN base_interpreter VARCHAR(4096);
