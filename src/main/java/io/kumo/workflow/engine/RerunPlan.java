package io.kumo.workflow.engine;

import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.StepStatus;
import io.kumo.workflow.WorkflowDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a re-run from the failed steps keeps of the run it repeats: the steps that succeeded, and those skipped by their
 * own condition after kept steps only (they would be skipped again). They keep their status, outputs and run, with the
 * note "kept from run #N"; every other step runs as usual, and so do the handlers.
 */
final class RerunPlan {

    private RerunPlan() {
    }

    static Map<String, StepState> kept(WorkflowDefinition definition, List<StepState> oldSteps, long oldRunId) {
        Map<String, StepState> old = new LinkedHashMap<>();
        oldSteps.stream().filter(step -> !step.isHandler()).forEach(step -> old.put(step.name, step));
        Map<String, StepState> kept = new LinkedHashMap<>();
        boolean grew = true;
        while (grew) { // a step is kept once every dependency is: file order need not follow the graph
            grew = false;
            for (StepDefinition step : definition.steps()) {
                StepState before = old.get(step.name());
                if (before == null || kept.containsKey(step.name()) || !kept.keySet().containsAll(step.depends())) {
                    continue;
                }
                boolean skippedByCondition = before.status == StepStatus.SKIPPED && before.note != null
                        && before.note.startsWith(StepGate.CONDITION_NOT_MET);
                if (before.status == StepStatus.SUCCESS || skippedByCondition) {
                    kept.put(step.name(), before);
                    grew = true;
                }
            }
        }
        kept.values().forEach(step -> step.note = "kept from run #" + oldRunId);
        return kept;
    }

    /** Gives the new run's steps what the kept steps had. */
    static void apply(WorkflowRunState run, Map<String, StepState> kept) {
        kept.forEach((name, before) -> {
            StepState step = run.step(name);
            step.status = before.status;
            step.runId = before.runId;
            step.attempts = before.attempts;
            step.startedAt = before.startedAt;
            step.endedAt = before.endedAt;
            step.exitCode = before.exitCode;
            step.outputs.putAll(before.outputs);
            step.note = before.note;
        });
    }
}
