package io.kumo.workflow;

import java.math.BigDecimal;

/** The tree of a parsed {@link WorkflowCondition}; each node evaluates to a text ("true"/"false" for tests). */
sealed interface ConditionNode {

    String value(WorkflowCondition.Context context);

    /** A value as a test: not empty, not {@code false} and not zero. */
    static boolean truthy(String value) {
        if (value.isEmpty() || value.equalsIgnoreCase("false")) {
            return false;
        }
        BigDecimal number = number(value);
        return number == null || number.signum() != 0;
    }

    static BigDecimal number(String value) {
        try {
            return new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String of(boolean value) {
        return String.valueOf(value);
    }

    enum Field { STATUS, EXIT_CODE, OUTPUT }

    record Literal(String text) implements ConditionNode {
        @Override
        public String value(WorkflowCondition.Context context) {
            return text;
        }
    }

    /** An earlier step's status name, exit code or output; empty when the step did not run or has none. */
    record StepField(String step, Field field, String key) implements ConditionNode {
        @Override
        public String value(WorkflowCondition.Context context) {
            return context.step(step).map(facts -> switch (field) {
                case STATUS -> facts.status() == null ? "" : facts.status().name();
                case EXIT_CODE -> facts.exitCode() == null ? "" : facts.exitCode().toString();
                case OUTPUT -> facts.outputs() == null ? "" : facts.outputs().getOrDefault(key, "");
            }).orElse("");
        }
    }

    record Param(String key) implements ConditionNode {
        @Override
        public String value(WorkflowCondition.Context context) {
            return context.params().getOrDefault(key, "");
        }
    }

    record Not(ConditionNode inner) implements ConditionNode {
        @Override
        public String value(WorkflowCondition.Context context) {
            return of(!truthy(inner.value(context)));
        }
    }

    record And(ConditionNode left, ConditionNode right) implements ConditionNode {
        @Override
        public String value(WorkflowCondition.Context context) {
            return of(truthy(left.value(context)) && truthy(right.value(context)));
        }
    }

    record Or(ConditionNode left, ConditionNode right) implements ConditionNode {
        @Override
        public String value(WorkflowCondition.Context context) {
            return of(truthy(left.value(context)) || truthy(right.value(context)));
        }
    }

    /** Numbers when both sides are numbers, else texts (in their natural order for {@code < >}). */
    record Compare(ConditionNode left, String operator, ConditionNode right) implements ConditionNode {
        @Override
        public String value(WorkflowCondition.Context context) {
            String a = left.value(context);
            String b = right.value(context);
            BigDecimal x = number(a);
            BigDecimal y = number(b);
            int order = x != null && y != null ? x.compareTo(y) : a.compareTo(b);
            return of(switch (operator) {
                case "==" -> order == 0;
                case "!=" -> order != 0;
                case "<" -> order < 0;
                case "<=" -> order <= 0;
                case ">" -> order > 0;
                default -> order >= 0;
            });
        }
    }
}
