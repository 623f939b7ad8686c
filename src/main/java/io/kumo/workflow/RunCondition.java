package io.kumo.workflow;

/**
 * When a step runs once the steps it depends on have ended. The first three are Airflow's trigger rules
 * {@code all_success}, {@code one_failed} and {@code all_done}; an expression reads earlier steps' statuses, exit codes
 * and outputs and the run's parameters ({@code WorkflowCondition} parses and evaluates it).
 */
public sealed interface RunCondition {

    RunCondition ALL_SUCCESS = new Rule("all_success");
    RunCondition ANY_FAILED = new Rule("any_failed");
    RunCondition ALWAYS = new Rule("always");

    /** The text the file holds: a rule's name or the expression as written. */
    String text();

    /** One of the three rules. */
    record Rule(String text) implements RunCondition {
    }

    /**
     * An expression such as {@code steps.extract.exit_code == 0 && steps.extract.outputs.ROWS > 100}; names:
     * {@code steps.<name>.status}, {@code steps.<name>.exit_code}, {@code steps.<name>.outputs.<KEY>},
     * {@code params.<KEY>}; operators {@code == != < <= > >= && || !} and parentheses; string literals in quotes.
     */
    record Expression(String text) implements RunCondition {
    }

    /** The rule named {@code text}, or an expression. */
    static RunCondition of(String text) {
        if (text == null || text.isBlank()) {
            return ALL_SUCCESS;
        }
        String trimmed = text.strip();
        for (RunCondition rule : new RunCondition[] {ALL_SUCCESS, ANY_FAILED, ALWAYS}) {
            if (rule.text().equals(trimmed)) {
                return rule;
            }
        }
        return new Expression(trimmed);
    }
}
