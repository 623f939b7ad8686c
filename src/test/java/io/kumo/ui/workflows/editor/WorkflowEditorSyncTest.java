package io.kumo.ui.workflows.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.WorkflowDefinition;
import io.kumo.workflow.WorkflowValidator;
import io.kumo.workflow.WorkflowYaml;
import org.junit.jupiter.api.Test;

/** The graph and the YAML text stay one workflow; the validator's problems follow every edit. */
class WorkflowEditorSyncTest {

    private final WorkflowEditorModel model = new WorkflowEditorModel();

    @Test
    void aGraphEditRewritesTheYamlThatParsesBackToTheSameSteps() {
        model.addStep(null);
        model.addStep(null);
        model.connect("step-1", "step-2");

        WorkflowDefinition parsed = WorkflowYaml.parse(model.yamlProperty().get());

        assertThat(parsed.steps()).isEqualTo(model.definition().steps());
        assertThat(model.yamlProperty().get()).contains("step-2").contains("depends");
    }

    @Test
    void aYamlEditThatParsesRedrawsTheGraphAndKeepsTheTextAsTyped() {
        String text = """
                name: typed
                # extract first
                steps:
                  - name: extract
                    command: python3 extract.py
                  - name: load
                    command: python3 load.py
                    depends: [extract]
                """;

        model.editYaml(text);

        assertThat(model.definition().name()).isEqualTo("typed");
        assertThat(model.definition().step("load").orElseThrow().depends()).containsExactly("extract");
        assertThat(model.definition().steps()).allSatisfy(step -> assertThat(step.position()).isNotNull());
        assertThat(model.yamlProperty().get()).isEqualTo(text);
        assertThat(model.yamlErrorProperty().get()).isEmpty();
        assertThat(model.validProperty().get()).isTrue();
    }

    @Test
    void aYamlEditThatDoesNotParseLeavesTheGraphAndSaysTheLine() {
        model.addStep(null);
        WorkflowDefinition before = model.definition();

        model.editYaml("name: broken\nsteps:\n  - name: a\n    command: [unclosed\n");

        assertThat(model.definition()).isEqualTo(before);
        assertThat(model.yamlErrorProperty().get()).contains("line");
        assertThat(model.validProperty().get()).isFalse();
    }

    @Test
    void aYamlEditKeepsThePositionsOfStepsThatStay() {
        model.addStep(new StepDefinition.Position(500, 300));
        String text = model.yamlProperty().get().replace("echo step-1", "echo changed");

        model.editYaml(text);

        assertThat(model.definition().step("step-1").orElseThrow().command()).isEqualTo("echo changed");
        assertThat(model.definition().step("step-1").orElseThrow().position()).isEqualTo(new StepDefinition.Position(500, 300));
    }

    @Test
    void aCycleIsAProblemNamingItsStepsAndSaveIsNotPossible() {
        model.addStep(null);
        model.addStep(null);
        model.connect("step-1", "step-2");
        assertThat(model.validProperty().get()).isTrue();

        model.connect("step-2", "step-1");

        assertThat(model.problems()).isNotEmpty();
        assertThat(model.problems()).extracting(WorkflowValidator.Problem::toString)
                .anySatisfy(text -> assertThat(text).contains("step-1").contains("step-2"));
        assertThat(model.validProperty().get()).isFalse();

        model.disconnect("step-2", "step-1");

        assertThat(model.problems()).isEmpty();
        assertThat(model.validProperty().get()).isTrue();
    }

    @Test
    void aWorkflowWithoutStepsCannotBeSaved() {
        assertThat(model.problems()).isNotEmpty();
        assertThat(model.validProperty().get()).isFalse();
    }
}
