package io.kumo.workflow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The automatic layered layout of the visual editor: every step in a column after the steps it depends on (left to
 * right; the column is its longest path from a step without dependencies), rows ordered by the barycenter of the
 * neighbours' rows, a few sweeps forwards and backwards keeping the order with the fewest crossings. Handlers get the
 * column after the last. Deterministic: ties keep file order. A step on a cycle (while the user edits) still gets a
 * place, after the dependencies that have one.
 */
public final class DagLayout {

    private static final int SWEEPS = 4;

    private DagLayout() {
    }

    /** Each step's position, in the units of {@link StepDefinition.Position}: {@code columnGap} and {@code rowGap} apart. */
    public static Map<String, StepDefinition.Position> layout(WorkflowDefinition definition, double columnGap, double rowGap) {
        WorkflowGraph graph = WorkflowGraph.of(definition);
        List<List<String>> layers = layers(definition, graph);
        order(layers, graph);
        Map<String, StepDefinition.Position> positions = new LinkedHashMap<>();
        for (int column = 0; column < layers.size(); column++) {
            List<String> layer = layers.get(column);
            for (int row = 0; row < layer.size(); row++) {
                positions.putIfAbsent(layer.get(row), new StepDefinition.Position(column * columnGap, row * rowGap));
            }
        }
        return positions;
    }

    /** The steps by column, each column in file order. */
    static List<List<String>> layers(WorkflowDefinition definition, WorkflowGraph graph) {
        Map<String, Integer> column = new HashMap<>();
        for (String step : graph.topologicalOrder()) {
            column.put(step, graph.dependencies(step).stream().mapToInt(dependency -> column.get(dependency) + 1).max().orElse(0));
        }
        for (String step : graph.steps()) {
            column.computeIfAbsent(step, onCycle -> graph.dependencies(onCycle).stream()
                    .mapToInt(dependency -> column.getOrDefault(dependency, -1) + 1).max().orElse(0));
        }
        List<List<String>> layers = new ArrayList<>();
        for (String step : graph.steps()) {
            int at = column.get(step);
            while (layers.size() <= at) {
                layers.add(new ArrayList<>());
            }
            layers.get(at).add(step);
        }
        List<String> handlers = definition.handlers().present().values().stream().map(StepDefinition::name).toList();
        if (!handlers.isEmpty()) {
            layers.add(new ArrayList<>(handlers));
        }
        return layers;
    }

    /** Barycenter sweeps, forwards then backwards, keeping the best order seen. */
    static void order(List<List<String>> layers, WorkflowGraph graph) {
        List<List<String>> best = copy(layers);
        int fewest = crossings(layers, graph);
        for (int sweep = 0; sweep < SWEEPS && fewest > 0; sweep++) {
            for (int i = 1; i < layers.size(); i++) {
                sortByBarycenter(layers.get(i), layers, graph, true);
            }
            for (int i = layers.size() - 2; i >= 0; i--) {
                sortByBarycenter(layers.get(i), layers, graph, false);
            }
            int now = crossings(layers, graph);
            if (now < fewest) {
                fewest = now;
                best = copy(layers);
            }
        }
        for (int i = 0; i < layers.size(); i++) {
            layers.set(i, best.get(i));
        }
    }

    private static void sortByBarycenter(List<String> layer, List<List<String>> layers, WorkflowGraph graph, boolean forwards) {
        Map<String, Integer> rows = rows(layers);
        Map<String, Double> center = new HashMap<>();
        for (int row = 0; row < layer.size(); row++) {
            String step = layer.get(row);
            List<String> neighbours = forwards ? graph.dependencies(step) : graph.dependents(step);
            double here = row;
            center.put(step, neighbours.stream().filter(rows::containsKey).mapToInt(rows::get).average().orElse(here));
        }
        Map<String, Integer> before = new HashMap<>(rows);
        layer.sort(Comparator.comparingDouble((String step) -> center.get(step)).thenComparingInt(before::get));
    }

    private static Map<String, Integer> rows(List<List<String>> layers) {
        Map<String, Integer> rows = new HashMap<>();
        for (List<String> layer : layers) {
            for (int row = 0; row < layer.size(); row++) {
                rows.put(layer.get(row), row);
            }
        }
        return rows;
    }

    /** Pairs of edges between the same two columns whose ends are in opposite order. */
    static int crossings(List<List<String>> layers, WorkflowGraph graph) {
        Map<String, Integer> rows = rows(layers);
        Map<String, Integer> columns = new HashMap<>();
        for (int column = 0; column < layers.size(); column++) {
            for (String step : layers.get(column)) {
                columns.put(step, column);
            }
        }
        List<int[]> edges = new ArrayList<>();
        for (String step : graph.steps()) {
            for (String dependency : graph.dependencies(step)) {
                edges.add(new int[] {columns.get(dependency), rows.get(dependency), columns.get(step), rows.get(step)});
            }
        }
        int crossings = 0;
        for (int i = 0; i < edges.size(); i++) {
            for (int j = i + 1; j < edges.size(); j++) {
                int[] a = edges.get(i);
                int[] b = edges.get(j);
                if (a[0] == b[0] && a[2] == b[2] && (long) Integer.compare(a[1], b[1]) * Integer.compare(a[3], b[3]) < 0) {
                    crossings++;
                }
            }
        }
        return crossings;
    }

    private static List<List<String>> copy(List<List<String>> layers) {
        List<List<String>> copy = new ArrayList<>();
        layers.forEach(layer -> copy.add(new ArrayList<>(layer)));
        return copy;
    }
}
