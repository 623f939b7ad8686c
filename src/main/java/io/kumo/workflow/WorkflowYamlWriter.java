package io.kumo.workflow;

import io.kumo.domain.MisfirePolicy;
import io.kumo.domain.OverlapPolicy;
import io.kumo.schedule.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/**
 * Writes Kumo's canonical workflow file: Dagu's spelling where Dagu has the key ({@code schedule}, {@code params} and
 * {@code env} as maps, {@code depends} as a list, {@code retryPolicy}, {@code continueOn}, {@code timeoutSec},
 * {@code handlerOn}, {@code maxActiveSteps}), Kumo's keys for the rest, defaults left out.
 */
final class WorkflowYamlWriter {

    private static final DumpSettings SETTINGS = DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setIndent(2)
            .setIndicatorIndent(2).setIndentWithIndicator(true).setSplitLines(false).build();

    private WorkflowYamlWriter() {
    }

    static String write(WorkflowDefinition definition) {
        Map<String, Object> file = new LinkedHashMap<>();
        put(file, "name", definition.name());
        put(file, "description", definition.description());
        schedule(file, definition.schedule());
        map(file, "params", definition.params());
        map(file, "env", definition.env());
        if (definition.maxActiveSteps() != 0) {
            file.put("maxActiveSteps", definition.maxActiveSteps());
        }
        put(file, "timeoutSec", definition.timeoutSeconds());
        if (definition.overlap() != OverlapPolicy.SKIP) {
            file.put("overlap", definition.overlap().name().toLowerCase(Locale.ROOT));
        }
        if (definition.misfire() != MisfirePolicy.ONCE) {
            file.put("misfire", definition.misfire().name().toLowerCase(Locale.ROOT));
        }
        List<Object> steps = new ArrayList<>();
        definition.steps().forEach(step -> steps.add(step(step, null)));
        file.put("steps", steps);
        Map<String, Object> handlers = new LinkedHashMap<>();
        definition.handlers().present().forEach((kind, handler) -> handlers.put(kind, step(handler, "on_" + kind)));
        if (!handlers.isEmpty()) {
            file.put("handlerOn", handlers);
        }
        return new Dump(SETTINGS).dumpToString(file);
    }

    private static void schedule(Map<String, Object> file, WorkflowSchedule schedule) {
        if (schedule == null || schedule.type() == null) {
            return;
        }
        switch (schedule.type()) {
            case CRON -> {
                put(file, "schedule", schedule.cron());
                put(file, "zone", schedule.timeZone());
            }
            case INTERVAL -> put(file, "every", schedule.intervalSeconds() == null ? null
                    : Durations.format(Duration.ofSeconds(schedule.intervalSeconds())));
            case ONCE -> put(file, "at", schedule.runAt() == null ? null : schedule.runAt().toString());
            case MANUAL -> {
            }
        }
    }

    /** A step; a handler's name is left out when it is its default ({@code on_failure}). */
    private static Map<String, Object> step(StepDefinition step, String defaultName) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (defaultName == null || !defaultName.equals(step.name())) {
            put(out, "name", step.name());
        }
        put(out, "description", step.description());
        put(out, "command", step.command());
        put(out, "task", step.task());
        put(out, "dir", step.dir());
        put(out, "project", step.project());
        put(out, "environment", step.environment());
        if (!step.depends().isEmpty()) {
            out.put("depends", step.depends());
        }
        map(out, "env", step.env());
        if (!step.runIf().equals(RunCondition.ALL_SUCCESS)) {
            out.put("runIf", step.runIf().text());
        }
        if (!step.retry().equals(RetryPolicy.NONE)) {
            Map<String, Object> retry = new LinkedHashMap<>();
            retry.put("limit", step.retry().limit());
            if (step.retry().intervalSeconds() != 0) {
                retry.put("intervalSec", step.retry().intervalSeconds());
            }
            out.put("retryPolicy", retry);
        }
        put(out, "timeoutSec", step.timeoutSeconds());
        if (step.continueOnFailure()) {
            out.put("continueOn", Map.of("failure", true));
        }
        if (!step.preconditions().isEmpty()) {
            List<Object> preconditions = new ArrayList<>();
            for (Precondition precondition : step.preconditions()) {
                Map<String, Object> condition = new LinkedHashMap<>();
                put(condition, "condition", precondition.condition());
                put(condition, "expected", precondition.expected());
                preconditions.add(condition);
            }
            out.put("preconditions", preconditions);
        }
        put(out, "output", step.output());
        if (step.position() != null) {
            Map<String, Object> position = new LinkedHashMap<>();
            position.put("x", step.position().x());
            position.put("y", step.position().y());
            out.put("position", position);
        }
        return out;
    }

    private static void put(Map<String, Object> out, String key, Object value) {
        if (value != null) {
            out.put(key, value);
        }
    }

    private static void map(Map<String, Object> out, String key, Map<String, String> values) {
        if (!values.isEmpty()) {
            out.put(key, new LinkedHashMap<>(values));
        }
    }
}
