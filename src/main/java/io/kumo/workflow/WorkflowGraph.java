package io.kumo.workflow;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The steps of a workflow as a graph (its handlers are not part of it): what each step waits for, what waits for it,
 * an order that respects every dependency, and the cycle when there is one.
 *
 * <p>Contract for issue 16; being built.
 */
public final class WorkflowGraph {

    private WorkflowGraph() {
    }

    public static WorkflowGraph of(WorkflowDefinition definition) {
        throw new UnsupportedOperationException("issue 16");
    }

    /** The steps {@code step} depends on. */
    public List<String> dependencies(String step) {
        throw new UnsupportedOperationException("issue 16");
    }

    /** The steps that depend on {@code step}. */
    public List<String> dependents(String step) {
        throw new UnsupportedOperationException("issue 16");
    }

    /** Every step that must end before {@code step} may start, directly or not. */
    public Set<String> ancestors(String step) {
        throw new UnsupportedOperationException("issue 16");
    }

    /** Dependencies first; ties in file order. */
    public List<String> topologicalOrder() {
        throw new UnsupportedOperationException("issue 16");
    }

    /** A cycle's steps in order ({@code a -> b -> a} is [a, b]); empty when there is none. */
    public Optional<List<String>> cycle() {
        throw new UnsupportedOperationException("issue 16");
    }
}
