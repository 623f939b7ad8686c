package io.kumo.template.archive;

import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.WorkflowDefinition;
import java.util.Collection;
import java.util.List;

/** Whether a workflow belongs with a project in its archive: it must name the project or its tasks, and nothing else. */
enum WorkflowScope {
    ONLY_THIS_PROJECT, ALSO_OTHERS, UNRELATED;

    static WorkflowScope of(WorkflowDefinition workflow, String projectName, Collection<String> taskNames) {
        List<StepDefinition> steps = workflow.allSteps();
        boolean mine = steps.stream().anyMatch(step -> taskNames.contains(step.task()) || projectName.equals(step.project()));
        boolean others = steps.stream().anyMatch(step -> step.task() != null && !taskNames.contains(step.task())
                || step.project() != null && !projectName.equals(step.project()));
        if (!mine) {
            return UNRELATED;
        }
        return others ? ALSO_OTHERS : ONLY_THIS_PROJECT;
    }
}
