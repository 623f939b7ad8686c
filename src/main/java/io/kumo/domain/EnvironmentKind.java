package io.kumo.domain;

/** Where a Python environment comes from. */
public enum EnvironmentKind {
    SYSTEM, VENV, CONDA
}
