package io.kumo.ui.workflows.editor;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.workflow.StepDefinition;
import io.kumo.workflow.WorkflowDefinition;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's graph commands keep every step's depends consistent; no toolkit needed. */
class WorkflowEditorModelTest {

    private final WorkflowEditorModel model = new WorkflowEditorModel();

    @Test
    void addStepNamesItFreshlyPlacesItAndSelectsIt() {
        String first = model.addStep(null);
        String second = model.addStep(new StepDefinition.Position(300, 120));

        assertThat(first).isEqualTo("step-1");
        assertThat(second).isEqualTo("step-2");
        assertThat(model.selectedStepProperty().get()).isEqualTo("step-2");
        assertThat(model.definition().step("step-2").orElseThrow().position()).isEqualTo(new StepDefinition.Position(300, 120));
        assertThat(model.definition().step("step-1").orElseThrow().position()).isNotNull();
        assertThat(model.dirtyProperty().get()).isTrue();
    }

    @Test
    void anEditMadeWhileTheFileWasBeingSavedStaysUnsaved() {
        model.addStep(null);
        String beingSaved = model.yamlToSave();
        model.addStep(null); // while the save runs in the background

        model.markSaved("new-workflow", beingSaved);

        assertThat(model.dirtyProperty().get()).isTrue();
        model.markSaved("new-workflow", model.yamlToSave());
        assertThat(model.dirtyProperty().get()).isFalse();
    }

    @Test
    void connectAddsADependencyOnceAndNeverOntoItself() {
        model.addStep(null);
        model.addStep(null);

        assertThat(model.connect("step-1", "step-2")).isTrue();
        assertThat(model.connect("step-1", "step-2")).isFalse();
        assertThat(model.connect("step-2", "step-2")).isFalse();
        assertThat(model.connect("step-1", "missing")).isFalse();
        assertThat(depends("step-2")).containsExactly("step-1");
    }

    @Test
    void disconnectRemovesOnlyThatDependency() {
        for (int i = 0; i < 3; i++) {
            model.addStep(null);
        }
        model.connect("step-1", "step-3");
        model.connect("step-2", "step-3");

        model.disconnect("step-1", "step-3");

        assertThat(depends("step-3")).containsExactly("step-2");
    }

    @Test
    void deletingAStepRemovesEveryDependencyOnItAndItsSelection() {
        for (int i = 0; i < 3; i++) {
            model.addStep(null);
        }
        model.connect("step-1", "step-2");
        model.connect("step-1", "step-3");
        model.connect("step-2", "step-3");
        model.select("step-1");

        model.deleteStep("step-1");

        assertThat(model.definition().steps()).extracting(StepDefinition::name).containsExactly("step-2", "step-3");
        assertThat(depends("step-2")).isEmpty();
        assertThat(depends("step-3")).containsExactly("step-2");
        assertThat(model.selectedStepProperty().get()).isNull();
    }

    @Test
    void renamingAStepRenamesTheDependenciesOnItAndKeepsItSelected() {
        model.addStep(null);
        model.addStep(null);
        model.connect("step-1", "step-2");
        model.select("step-1");

        assertThat(model.renameStep("step-1", " extract ")).isTrue();

        assertThat(depends("step-2")).containsExactly("extract");
        assertThat(model.selectedStepProperty().get()).isEqualTo("extract");
    }

    @Test
    void renamingOntoAnotherStepsNameOrBlankIsRefused() {
        model.addStep(null);
        model.addStep(null);

        assertThat(model.renameStep("step-1", "step-2")).isFalse();
        assertThat(model.renameStep("step-1", "  ")).isFalse();
        assertThat(model.definition().steps()).extracting(StepDefinition::name).containsExactly("step-1", "step-2");
    }

    @Test
    void updateStepKeepsItsNameAndPosition() {
        model.addStep(new StepDefinition.Position(10, 20));

        model.updateStep("step-1", step -> new StepDefinition("other", null, "python3 a.py", null, null, null, null, List.of(),
                null, null, null, 30L, true, null, null, null));

        StepDefinition step = model.definition().step("step-1").orElseThrow();
        assertThat(step.command()).isEqualTo("python3 a.py");
        assertThat(step.timeoutSeconds()).isEqualTo(30L);
        assertThat(step.position()).isNull();
    }

    @Test
    void openingAWorkflowIsNotAnUnsavedChangeAndRemembersItsName() {
        WorkflowDefinition stored = WorkflowEditorModel.blank("nightly")
                .withSteps(List.of(StepDefinition.command("a", "true", List.of())));

        model.open(stored, "nightly");

        assertThat(model.dirtyProperty().get()).isFalse();
        assertThat(model.savedName()).isEqualTo("nightly");
        assertThat(model.definition().step("a").orElseThrow().position()).isNotNull();
    }

    private List<String> depends(String step) {
        return model.definition().step(step).orElseThrow().depends();
    }
}
