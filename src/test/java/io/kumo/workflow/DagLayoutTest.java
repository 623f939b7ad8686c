package io.kumo.workflow;

import static io.kumo.workflow.WorkflowGraphTest.step;
import static io.kumo.workflow.WorkflowGraphTest.workflow;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DagLayoutTest {

    /** Two chains whose middle steps are listed crosswise: a1 -> b2, a2 -> b1 in file order a1, a2, b1, b2. */
    private static final WorkflowDefinition CROSSED = workflow(step("a1"), step("a2"), step("b1", "a2"), step("b2", "a1"),
            step("c1", "b2"), step("c2", "b1"));

    @Test
    void putsEachStepOneColumnAfterItsLongestPathFromARoot() {
        Map<String, StepDefinition.Position> positions = DagLayout.layout(
                workflow(step("a"), step("b", "a"), step("c", "b"), step("d", "a", "c"), step("e")), 200, 80);

        assertThat(positions.get("a").x()).isEqualTo(0);
        assertThat(positions.get("b").x()).isEqualTo(200);
        assertThat(positions.get("c").x()).isEqualTo(400);
        assertThat(positions.get("d").x()).isEqualTo(600);
        assertThat(positions.get("e").x()).isEqualTo(0);
    }

    @Test
    void everyEdgeGoesLeftToRightAndNoTwoStepsOverlap() {
        Random random = new Random(3);
        for (int i = 0; i < 50; i++) {
            WorkflowDefinition definition = WorkflowSamples.random(random);
            Map<String, StepDefinition.Position> positions = DagLayout.layout(definition, 180, 60);

            assertThat(positions.keySet()).containsAll(definition.allSteps().stream().map(StepDefinition::name).toList());
            Set<StepDefinition.Position> distinct = new HashSet<>(positions.values());
            assertThat(distinct).hasSameSizeAs(positions.values());
            for (StepDefinition step : definition.steps()) {
                for (String dependency : step.depends()) {
                    assertThat(positions.get(dependency).x()).isLessThan(positions.get(step.name()).x());
                }
            }
        }
    }

    @Test
    void handlersGetTheColumnAfterTheLastStep() {
        WorkflowDefinition definition = new WorkflowDefinition("wf", null, null, null, null, List.of(step("a"), step("b", "a")),
                new Handlers(step("on_success"), step("on_failure"), null, null), 0, null, null, null);

        Map<String, StepDefinition.Position> positions = DagLayout.layout(definition, 100, 50);

        assertThat(positions.get("on_success")).isEqualTo(new StepDefinition.Position(200, 0));
        assertThat(positions.get("on_failure")).isEqualTo(new StepDefinition.Position(200, 50));
    }

    @Test
    void reducesCrossingsOnAKnownCrossingCase() {
        WorkflowGraph graph = WorkflowGraph.of(CROSSED);
        List<List<String>> layers = DagLayout.layers(CROSSED, graph);
        assertThat(DagLayout.crossings(layers, graph)).isEqualTo(2);

        DagLayout.order(layers, graph);

        assertThat(DagLayout.crossings(layers, graph)).isZero();
        Map<String, StepDefinition.Position> positions = DagLayout.layout(CROSSED, 100, 10);
        assertThat(positions.get("b2").y()).isEqualTo(positions.get("a1").y());
        assertThat(positions.get("c2").y()).isEqualTo(positions.get("a2").y());
    }

    @Test
    void isDeterministic() {
        WorkflowDefinition definition = WorkflowSamples.random(new Random(7));

        assertThat(DagLayout.layout(definition, 120, 40)).isEqualTo(DagLayout.layout(definition, 120, 40));
        assertThat(DagLayout.layout(CROSSED, 1, 1)).isEqualTo(DagLayout.layout(CROSSED, 1, 1));
    }

    @Test
    void stillPlacesStepsOnACycle() {
        Map<String, StepDefinition.Position> positions = DagLayout.layout(workflow(step("a", "b"), step("b", "a"), step("c")), 10, 10);

        assertThat(positions).containsOnlyKeys("a", "b", "c");
        assertThat(new HashSet<>(positions.values())).hasSize(3);
    }
}
