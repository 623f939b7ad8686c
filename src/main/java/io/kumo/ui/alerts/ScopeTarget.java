package io.kumo.ui.alerts;

import io.kumo.alerts.RuleScope;

/** Something a rule can be scoped to: a project, a task or a workflow, by id, with its name to show. */
public record ScopeTarget(RuleScope scope, long id, String name) {

    @Override
    public String toString() {
        return name;
    }
}
