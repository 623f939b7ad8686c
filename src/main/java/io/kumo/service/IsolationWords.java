package io.kumo.service;

import io.kumo.domain.RunConditions;
import io.kumo.domain.Sandbox;
import java.util.ArrayList;
import java.util.List;

/** A task's sandbox and run conditions in words, for {@code kumo task show} and the window. */
public final class IsolationWords {

    private IsolationWords() {
    }

    /** "none"; "bwrap, no network"; "container python:3.12-slim". */
    public static String sandbox(Sandbox sandbox) {
        if (sandbox.isNone()) {
            return "none";
        }
        return sandbox.mode().word() + (sandbox.image() == null ? "" : " " + sandbox.image())
                + (sandbox.network() ? "" : ", no network");
    }

    /** "none"; "on AC power, idle 10m; else skip"; "online (example.com reachable); wait up to 30m". */
    public static String conditions(RunConditions conditions) {
        if (!conditions.any()) {
            return "none";
        }
        List<String> parts = new ArrayList<>();
        if (conditions.onlyOnAc()) {
            parts.add("on AC power");
        }
        if (conditions.reachableHost() != null) {
            parts.add("online (" + conditions.reachableHost() + " reachable)");
        } else if (conditions.onlyOnline()) {
            parts.add("online");
        }
        if (conditions.idleSeconds() != null) {
            parts.add("idle " + IsolationText.duration(conditions.idleSeconds()));
        }
        if (conditions.notMetered()) {
            parts.add("not metered");
        }
        return String.join(", ", parts) + (conditions.waitSeconds() == 0 ? "; else skip"
                : "; wait up to " + IsolationText.duration(conditions.waitSeconds()) + ", then skip");
    }
}
