package io.kumo.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class WorkflowConditionTest {

    private static final WorkflowCondition.Context RUN = new WorkflowCondition.Context() {
        private final Map<String, WorkflowCondition.StepFacts> steps = Map.of(
                "extract", new WorkflowCondition.StepFacts(StepStatus.SUCCESS, 0, Map.of("ROWS", "1200", "MODE", "full")),
                "check", new WorkflowCondition.StepFacts(StepStatus.FAILED, 3, Map.of()),
                "Copy TAB_1", new WorkflowCondition.StepFacts(StepStatus.SKIPPED, null, null));

        @Override
        public Optional<WorkflowCondition.StepFacts> step(String name) {
            return Optional.ofNullable(steps.get(name));
        }

        @Override
        public Map<String, String> params() {
            return Map.of("DAY", "2026-12-05", "LIMIT", "10", "DRY", "false");
        }
    };

    private static boolean holds(String expression) {
        return WorkflowCondition.parse(expression).evaluate(RUN);
    }

    @Test
    void comparesExitCodesAndOutputsAsNumbers() {
        assertThat(holds("steps.extract.exit_code == 0")).isTrue();
        assertThat(holds("steps.extract.outputs.ROWS > 100")).isTrue();
        assertThat(holds("steps.extract.outputs.ROWS > 999.5")).isTrue();
        assertThat(holds("steps.extract.outputs.ROWS < 10")).isFalse();
        assertThat(holds("steps.check.exit_code >= 3 && steps.check.exit_code <= 3.0")).isTrue();
        assertThat(holds("params.LIMIT > 9")).isTrue();
    }

    @Test
    void comparesTextsWhenEitherSideIsNotANumber() {
        assertThat(holds("steps.extract.outputs.MODE == 'full'")).isTrue();
        assertThat(holds("steps.extract.outputs.MODE != \"full\"")).isFalse();
        assertThat(holds("params.DAY >= '2026-01-01'")).isTrue();
        assertThat(holds("params.LIMIT > '9'")).isTrue();
        assertThat(holds("'10' < 'abc'")).isTrue();
    }

    @Test
    void comparesStatusesByTheirNames() {
        assertThat(holds("steps.extract.status == SUCCESS")).isTrue();
        assertThat(holds("steps.check.status == FAILED || steps.check.status == TIMEOUT")).isTrue();
        assertThat(holds("steps['Copy TAB_1'].status == SKIPPED")).isTrue();
        assertThat(holds("steps.extract.status == 'SUCCESS'")).isTrue();
    }

    @Test
    void readsWhatIsMissingAsTheEmptyText() {
        assertThat(holds("steps.extract.outputs.NOPE == ''")).isTrue();
        assertThat(holds("steps.ghost.status == ''")).isTrue();
        assertThat(holds("steps['Copy TAB_1'].exit_code == ''")).isTrue();
        assertThat(holds("params.NOPE")).isFalse();
    }

    @Test
    void combinesWithPrecedenceNegationAndParentheses() {
        assertThat(holds("true || false && false")).isTrue();
        assertThat(holds("(true || false) && false")).isFalse();
        assertThat(holds("!params.DRY")).isTrue();
        assertThat(holds("!(steps.extract.exit_code == 0)")).isFalse();
        assertThat(holds("!!steps.extract.outputs.ROWS")).isTrue();
        assertThat(holds("steps.check.exit_code")).isTrue();
        assertThat(holds("0")).isFalse();
        assertThat(holds("-1 < 0")).isTrue();
    }

    @Test
    void listsTheStepsItReads() {
        assertThat(WorkflowCondition.parse("steps.a.status == SUCCESS && (steps['b c'].outputs.X > 1 || steps.a.exit_code == 0)")
                .stepsRead()).containsExactly("a", "b c");
        assertThat(WorkflowCondition.parse("params.X == 1").stepsRead()).isEmpty();
    }

    @Test
    void namesTheColumnOfASyntaxError() {
        assertThatThrownBy(() -> WorkflowCondition.parse("(steps.a.exit_code == 0")).isInstanceOf(WorkflowFileException.class)
                .hasMessage("condition: column 24: expected ')', found the end");
        assertThatThrownBy(() -> WorkflowCondition.parse("steps.a.exit == 0"))
                .hasMessage("condition: column 9: 'exit' is not status, exit_code or outputs");
        assertThatThrownBy(() -> WorkflowCondition.parse("steps.a.status == DONE"))
                .hasMessageStartingWith("condition: column 19: unknown name 'DONE'");
        assertThatThrownBy(() -> WorkflowCondition.parse("params.X == 'open")).hasMessage(
                "condition: column 13: the text starting here has no closing '");
        assertThatThrownBy(() -> WorkflowCondition.parse("params.X == 1 2")).hasMessage("condition: column 15: unexpected '2'");
        assertThatThrownBy(() -> WorkflowCondition.parse("params.X ==")).hasMessage("condition: column 12: expected a value, found the end");
        assertThatThrownBy(() -> WorkflowCondition.parse("1.2.3 == 1")).hasMessage("condition: column 1: '1.2.3' is not a number");
        assertThatThrownBy(() -> WorkflowCondition.parse("  ")).hasMessage("condition: empty");
    }
}
