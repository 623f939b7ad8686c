package io.kumo.alerts;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/** Runs and a render context for the alerts' pure tests. */
final class SampleRuns {

    static final Instant START = Instant.parse("2026-03-10T08:00:00Z");
    static final RenderContext CONTEXT = new RenderContext("build-01", ZoneId.of("Europe/Berlin"), START.plusSeconds(600));

    private SampleRuns() {
    }

    /** Task "backup" (id 7) of project "ops" (id 3), run 42: FAILED with exit 2 after 4m 10s. */
    static RunFacts failedTask(String error, List<String> logTail) {
        return new RunFacts(42L, null, 7L, null, 3L, "backup", "ops", "FAILED", 2, START, START.plusSeconds(250), error,
                1, 0, logTail, List.of());
    }

    static RunFacts task(String status) {
        return new RunFacts(42L, null, 7L, null, 3L, "backup", "ops", status, 0, START, START.plusSeconds(250), null, 1, 0,
                List.of(), List.of());
    }

    /** Workflow "nightly" (id 9) of project "ops", workflow run 5, whose step "load" failed. */
    static RunFacts failedWorkflow() {
        return new RunFacts(null, 5L, null, 9L, 3L, "nightly", "ops", "FAILED", null, START, START.plusSeconds(60), null,
                1, 0, List.of(), List.of("load"));
    }
}
