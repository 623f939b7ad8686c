package io.kumo.alerts;

/** What a rule covers; a more specific rule of a channel wins over a broader one (task/workflow, then project, then all). */
public enum RuleScope {
    ALL, PROJECT, TASK, WORKFLOW
}
