package io.kumo.domain;

/** The life of a Python environment. */
public enum EnvironmentState {
    CREATING, READY, BROKEN, DELETING
}
