package io.kumo.api;

/** What a trigger URL starts: a task or a workflow, by id; its name as it was when read. */
public record HookTarget(Kind kind, long id, String name) {

    public enum Kind { TASK, WORKFLOW }
}
