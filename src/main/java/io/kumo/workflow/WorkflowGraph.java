package io.kumo.workflow;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * The steps of a workflow as a graph (its handlers are not part of it): what each step waits for, what waits for it,
 * an order that respects every dependency, and the cycle when there is one. Dependencies on names that are not steps
 * and on the step itself are left out (the validator reports them); a step named twice counts once, at its first place.
 */
public final class WorkflowGraph {

    private final Map<String, List<String>> dependencies = new LinkedHashMap<>();
    private final Map<String, List<String>> dependents = new LinkedHashMap<>();

    private WorkflowGraph() {
    }

    public static WorkflowGraph of(WorkflowDefinition definition) {
        WorkflowGraph graph = new WorkflowGraph();
        for (StepDefinition step : definition.steps()) {
            graph.dependencies.putIfAbsent(step.name(), new ArrayList<>());
            graph.dependents.putIfAbsent(step.name(), new ArrayList<>());
        }
        Set<String> seen = new HashSet<>();
        for (StepDefinition step : definition.steps()) {
            if (!seen.add(step.name())) {
                continue;
            }
            for (String dependency : new LinkedHashSet<>(step.depends())) {
                if (graph.dependencies.containsKey(dependency) && !dependency.equals(step.name())) {
                    graph.dependencies.get(step.name()).add(dependency);
                    graph.dependents.get(dependency).add(step.name());
                }
            }
        }
        return graph;
    }

    /** The step names, in file order. */
    public List<String> steps() {
        return List.copyOf(dependencies.keySet());
    }

    /** The steps {@code step} depends on. */
    public List<String> dependencies(String step) {
        return List.copyOf(dependencies.getOrDefault(step, List.of()));
    }

    /** The steps that depend on {@code step}. */
    public List<String> dependents(String step) {
        return List.copyOf(dependents.getOrDefault(step, List.of()));
    }

    /** Every step that must end before {@code step} may start, directly or not. */
    public Set<String> ancestors(String step) {
        Set<String> found = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(dependencies.getOrDefault(step, List.of()));
        while (!todo.isEmpty()) {
            String next = todo.pop();
            if (found.add(next)) {
                todo.addAll(dependencies.getOrDefault(next, List.of()));
            }
        }
        return found;
    }

    /** Dependencies first; ties in file order. The steps on or after a cycle are left out. */
    public List<String> topologicalOrder() {
        List<String> fileOrder = steps();
        Map<String, Integer> index = new HashMap<>();
        Map<String, Integer> waiting = new HashMap<>();
        for (int i = 0; i < fileOrder.size(); i++) {
            index.put(fileOrder.get(i), i);
            waiting.put(fileOrder.get(i), dependencies.get(fileOrder.get(i)).size());
        }
        PriorityQueue<String> ready = new PriorityQueue<>(Comparator.comparing(index::get));
        fileOrder.stream().filter(step -> waiting.get(step) == 0).forEach(ready::add);
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String step = ready.poll();
            order.add(step);
            for (String next : dependents.get(step)) {
                if (waiting.merge(next, -1, Integer::sum) == 0) {
                    ready.add(next);
                }
            }
        }
        return order;
    }

    /** A cycle's steps in order ({@code a -> b -> a} is [a, b]), starting at its first step in file order; empty when there is none. */
    public Optional<List<String>> cycle() {
        Set<String> done = new HashSet<>();
        for (String start : dependencies.keySet()) {
            Optional<List<String>> cycle = cycleFrom(start, done);
            if (cycle.isPresent()) {
                return cycle;
            }
        }
        return Optional.empty();
    }

    /** Depth first along dependents without recursion (a chain of thousands of steps); {@code done} holds the steps cleared. */
    private Optional<List<String>> cycleFrom(String start, Set<String> done) {
        if (done.contains(start)) {
            return Optional.empty();
        }
        List<String> path = new ArrayList<>();
        Set<String> onPath = new HashSet<>();
        Deque<Iterator<String>> pending = new ArrayDeque<>();
        path.add(start);
        onPath.add(start);
        pending.push(dependents.get(start).iterator());
        while (!pending.isEmpty()) {
            Iterator<String> next = pending.peek();
            if (!next.hasNext()) {
                pending.pop();
                String finished = path.removeLast();
                onPath.remove(finished);
                done.add(finished);
                continue;
            }
            String step = next.next();
            if (onPath.contains(step)) {
                return Optional.of(rotated(path.subList(path.indexOf(step), path.size())));
            }
            if (!done.contains(step)) {
                path.add(step);
                onPath.add(step);
                pending.push(dependents.get(step).iterator());
            }
        }
        return Optional.empty();
    }

    /** The cycle starting at its step that comes first in the file. */
    private List<String> rotated(List<String> cycle) {
        List<String> fileOrder = steps();
        int first = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (fileOrder.indexOf(cycle.get(i)) < fileOrder.indexOf(cycle.get(first))) {
                first = i;
            }
        }
        List<String> rotated = new ArrayList<>(cycle.subList(first, cycle.size()));
        rotated.addAll(cycle.subList(0, first));
        return List.copyOf(rotated);
    }
}
