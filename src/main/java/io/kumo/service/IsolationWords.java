package io.kumo.service;

import io.kumo.domain.RunConditions;
import io.kumo.domain.Sandbox;

/** A task's sandbox and run conditions in words, for {@code kumo task show} and the window. */
public final class IsolationWords {

    private IsolationWords() {
    }

    /** "none"; "bwrap, no network"; "container python:3.12-slim". */
    public static String sandbox(Sandbox sandbox) {
        return sandbox.describe();
    }

    /** "none"; "on AC power, idle 10m; else skip"; "online (example.com reachable); wait up to 30m, then skip". */
    public static String conditions(RunConditions conditions) {
        return conditions.describe(IsolationText::duration);
    }
}
