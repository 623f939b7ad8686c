package io.kumo.workflow;

import io.kumo.domain.MisfirePolicy;
import io.kumo.domain.OverlapPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Valid workflows made at random, with texts YAML must quote, for round-trip tests. */
final class WorkflowSamples {

    private static final List<String> TEXTS = List.of("plain", "123", "0x1F", "1e3", "true", "no", "null", "~", "", " lead",
            "trail ", "a: b", "#hash", "- dash", "it's", "say \"hi\"", "two\nlines", "tab\there", "ünïcödé ☁", "[x]", "{y}",
            "*star", "&amp", "!bang", "%pct", "@at", "`tick`", "'", "\\back", "a=b c=d");
    private static final List<String> NAMES = List.of("extract", "transform", "load", "Copy TAB_1", "step-2", "fetch.v2",
            "merge", "x", "report_final", "ÜBER", "9lives", "notify", "clean up", "scrape-1", "scrape-2", "sum");
    private static final List<RunCondition> RULES = List.of(RunCondition.ALL_SUCCESS, RunCondition.ANY_FAILED, RunCondition.ALWAYS);

    private WorkflowSamples() {
    }

    static WorkflowDefinition random(Random random) {
        int count = 1 + random.nextInt(8);
        List<StepDefinition> steps = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> depends = new ArrayList<>();
            for (StepDefinition earlier : steps) {
                if (random.nextInt(3) == 0) {
                    depends.add(earlier.name());
                }
            }
            StepDefinition step = step(random, NAMES.get(i), depends);
            if (!depends.isEmpty() && maybe(random)) {
                step = withCondition(step, new RunCondition.Expression("steps['" + depends.getFirst() + "'].exit_code == 0 || "
                        + "steps['" + depends.getLast() + "'].outputs.N > " + random.nextInt(100)));
            }
            steps.add(step);
        }
        Handlers handlers = new Handlers(maybe(random) ? step(random, "on_success", List.of()) : null,
                maybe(random) ? step(random, "alert", List.of()) : null, null,
                maybe(random) ? step(random, "on_exit", List.of()) : null);
        return new WorkflowDefinition(maybe(random) ? "wf " + random.nextInt(1000) : "nightly-" + random.nextInt(9),
                maybe(random) ? text(random) : null, schedule(random), variables(random), variables(random), steps, handlers,
                random.nextInt(3), OverlapPolicy.values()[random.nextInt(3)], MisfirePolicy.values()[random.nextInt(3)],
                maybe(random) ? (long) 1 + random.nextInt(100_000) : null);
    }

    private static StepDefinition step(Random random, String name, List<String> depends) {
        boolean task = random.nextInt(4) == 0;
        List<Precondition> preconditions = new ArrayList<>();
        if (maybe(random)) {
            preconditions.add(new Precondition("$" + "DAY " + text(random), maybe(random) ? text(random) : null));
        }
        return new StepDefinition(name, maybe(random) ? text(random) : null, task ? null : "python3 -c 'print(1)' " + text(random),
                task ? "task " + random.nextInt(5) : null, maybe(random) ? "/srv/" + text(random) : null,
                maybe(random) ? "proj" : null, maybe(random) ? "venv" : null, depends, variables(random),
                RULES.get(random.nextInt(RULES.size())), maybe(random) ? new RetryPolicy(random.nextInt(101), random.nextInt(600)) : null,
                maybe(random) ? (long) 1 + random.nextInt(99_999) : null, random.nextBoolean(), preconditions,
                maybe(random) ? "OUT_" + random.nextInt(9) : null,
                maybe(random) ? new StepDefinition.Position(random.nextInt(2000) - 500, random.nextDouble() * 800) : null);
    }

    private static StepDefinition withCondition(StepDefinition step, RunCondition runIf) {
        return new StepDefinition(step.name(), step.description(), step.command(), step.task(), step.dir(), step.project(),
                step.environment(), step.depends(), step.env(), runIf, step.retry(), step.timeoutSeconds(),
                step.continueOnFailure(), step.preconditions(), step.output(), step.position());
    }

    private static WorkflowSchedule schedule(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> WorkflowSchedule.cron("*/" + (1 + random.nextInt(30)) + " * * * *", null);
            case 1 -> WorkflowSchedule.cron("0 6 * * 1-5", "Europe/Berlin");
            case 2 -> WorkflowSchedule.every(1 + random.nextInt(1_000_000));
            case 3 -> WorkflowSchedule.at(Instant.ofEpochSecond(1_900_000_000L + random.nextInt(1_000_000)));
            default -> null;
        };
    }

    private static Map<String, String> variables(Random random) {
        Map<String, String> variables = new LinkedHashMap<>();
        int count = random.nextInt(4);
        for (int i = 0; i < count; i++) {
            variables.put(random.nextBoolean() ? "VAR_" + i : String.valueOf(i + 1), text(random));
        }
        return variables;
    }

    private static String text(Random random) {
        return TEXTS.get(random.nextInt(TEXTS.size()));
    }

    private static boolean maybe(Random random) {
        return random.nextBoolean();
    }
}
