package io.kumo.workflow.service;

import io.kumo.domain.TriggerKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The runner port as the service sees it, remembering what it was asked: the engine is not under test here. */
final class RecordingRunner implements WorkflowRunner {

    final List<String> calls = new ArrayList<>();
    Map<String, String> lastParams;
    Instant nextFire;

    @Override
    public long start(StoredWorkflow workflow, Map<String, String> params, TriggerKind trigger) {
        calls.add("start " + workflow.name() + " " + trigger);
        lastParams = params;
        return 41;
    }

    @Override
    public boolean stop(long workflowRunId) {
        calls.add("stop " + workflowRunId);
        return true;
    }

    @Override
    public long rerunFromFailed(long workflowRunId) {
        calls.add("rerun " + workflowRunId);
        return 42;
    }

    @Override
    public void workflowChanged(StoredWorkflow workflow) {
        calls.add("changed " + workflow.name() + (workflow.enabled() ? "" : " paused"));
    }

    @Override
    public void workflowDeleted(long workflowId) {
        calls.add("deleted " + workflowId);
    }

    @Override
    public Optional<Instant> nextFire(long workflowId) {
        return Optional.ofNullable(nextFire);
    }
}
