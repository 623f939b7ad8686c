package io.kumo.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkflowGraphTest {

    static WorkflowDefinition workflow(StepDefinition... steps) {
        return new WorkflowDefinition("wf", null, null, null, null, List.of(steps), null, 0, null, null, null);
    }

    static StepDefinition step(String name, String... depends) {
        return StepDefinition.command(name, "echo " + name, List.of(depends));
    }

    @Test
    void knowsDependenciesAndDependentsOfEachStep() {
        WorkflowGraph graph = WorkflowGraph.of(workflow(step("a"), step("b", "a"), step("c", "a"), step("d", "b", "c")));

        assertThat(graph.dependencies("d")).containsExactly("b", "c");
        assertThat(graph.dependents("a")).containsExactly("b", "c");
        assertThat(graph.dependents("d")).isEmpty();
        assertThat(graph.ancestors("d")).containsExactlyInAnyOrder("a", "b", "c");
        assertThat(graph.ancestors("a")).isEmpty();
    }

    @Test
    void ordersDependenciesFirstAndTiesInFileOrder() {
        WorkflowGraph graph = WorkflowGraph.of(workflow(step("load", "transform"), step("extract"), step("transform", "extract"),
                step("audit")));

        assertThat(graph.topologicalOrder()).containsExactly("extract", "transform", "load", "audit");
    }

    @Test
    void findsNoCycleInADag() {
        assertThat(WorkflowGraph.of(workflow(step("a"), step("b", "a"), step("c", "a", "b"))).cycle()).isEmpty();
    }

    @Test
    void namesTheStepsOnACycleInRunOrderFromTheFirstInTheFile() {
        WorkflowGraph graph = WorkflowGraph.of(workflow(step("start"), step("a", "c", "start"), step("b", "a"), step("c", "b")));

        assertThat(graph.cycle()).contains(List.of("a", "b", "c"));
        assertThat(graph.topologicalOrder()).containsExactly("start");
    }

    @Test
    void leavesOutDependenciesOnUnknownSteps() {
        WorkflowGraph graph = WorkflowGraph.of(workflow(step("a", "ghost")));

        assertThat(graph.dependencies("a")).isEmpty();
        assertThat(graph.topologicalOrder()).containsExactly("a");
    }

    @Test
    void handlesAChainOfTenThousandStepsWithoutRecursion() {
        List<StepDefinition> steps = new ArrayList<>();
        steps.add(step("s0"));
        for (int i = 1; i < 10_000; i++) {
            steps.add(step("s" + i, "s" + (i - 1)));
        }
        WorkflowGraph graph = WorkflowGraph.of(workflow(steps.toArray(StepDefinition[]::new)));

        assertThat(graph.cycle()).isEmpty();
        assertThat(graph.topologicalOrder()).hasSize(10_000).startsWith("s0", "s1").endsWith("s9999");
        assertThat(graph.ancestors("s9999")).hasSize(9_999);
    }
}
