package io.kumo.workflow;

import io.kumo.common.ValidationException;
import io.kumo.schedule.Durations;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** Reads one step (or handler) of a workflow file and remembers the line of each of its keys. */
final class StepReader {

    static final List<String> KNOWN = List.of("name", "description", "command", "task", "dir", "working_dir", "workingDir",
            "project", "environment", "depends", "env", "runIf", "retryPolicy", "retry_policy", "continueOn", "continue_on",
            "timeout", "timeoutSec", "timeout_sec", "preconditions", "precondition", "output", "position");
    /** Dagu keys that do not change what runs. */
    static final List<String> IGNORED = List.of("id", "mailOnError", "mail_on_error", "signalOnStop", "signal_on_stop",
            "logOutput", "log_output");
    /** Dagu keys that would change what runs, which Kumo does not do. */
    static final List<String> UNSUPPORTED = List.of("executor", "script", "run", "call", "params", "parallel", "repeatPolicy",
            "repeat_policy", "stdout", "stderr", "shell", "shellPackages", "shell_packages", "container", "type", "with",
            "config", "exec", "llm", "messages", "agent", "approval", "value", "routes", "workerSelector", "worker_selector");

    private final Map<String, Integer> lines = new HashMap<>();

    /** The line of each key read, under its canonical name ({@code dir}, {@code retryPolicy}, {@code timeout}...). */
    Map<String, Integer> lines() {
        return lines;
    }

    StepDefinition read(Node node, String where, String defaultName) {
        YamlMap map = YamlMap.of(node, where);
        map.checkKeys(KNOWN, IGNORED, UNSUPPORTED);
        lines.put("", map.line());
        String name = map.has("name") ? map.text("name") : defaultName;
        remember(map, "name", "name");
        String command = null;
        if (map.has("command")) {
            command = DaguValues.command(map.node("command"), "command");
            remember(map, "command", "command");
        }
        String task = text(map, "task", "task");
        String dir = map.oneOf("dir", "working_dir", "workingDir").map(key -> text(map, key, "dir")).orElse(null);
        List<String> depends = map.texts("depends");
        remember(map, "depends", "depends");
        Map<String, String> env = DaguValues.variables(map.node("env"), "env", false);
        remember(map, "env", "env");
        RunCondition runIf = map.has("runIf") ? runIf(text(map, "runIf", "runIf")) : RunCondition.ALL_SUCCESS;
        RetryPolicy retry = map.oneOf("retryPolicy", "retry_policy").map(key -> retry(map, key)).orElse(RetryPolicy.NONE);
        boolean continueOnFailure = map.oneOf("continueOn", "continue_on").map(key -> continueOn(map, key)).orElse(false);
        Long timeout = timeout(map);
        List<Precondition> preconditions = map.oneOf("preconditions", "precondition")
                .map(key -> preconditions(map, key)).orElse(List.of());
        String output = text(map, "output", "output");
        StepDefinition.Position position = map.has("position") ? position(map) : null;
        return new StepDefinition(name, map.text("description"), command, task, dir, map.text("project"),
                map.text("environment"), depends, env, runIf, retry, timeout, continueOnFailure, preconditions, output, position);
    }

    /** A rule or an expression; Airflow's names {@code one_failed} and {@code all_done} read as {@code any_failed} and {@code always}. */
    private static RunCondition runIf(String text) {
        return switch (text.strip()) {
            case "one_failed" -> RunCondition.ANY_FAILED;
            case "all_done" -> RunCondition.ALWAYS;
            default -> RunCondition.of(text);
        };
    }

    private String text(YamlMap map, String key, String canonical) {
        remember(map, key, canonical);
        return map.text(key);
    }

    private void remember(YamlMap map, String key, String canonical) {
        if (map.has(key)) {
            lines.put(canonical, map.keyLine(key));
        }
    }

    private RetryPolicy retry(YamlMap map, String key) {
        remember(map, key, "retryPolicy");
        YamlMap policy = YamlMap.of(map.node(key), key);
        policy.checkKeys(List.of("limit", "intervalSec", "interval_sec"), List.of(),
                List.of("backoff", "maxIntervalSec", "max_interval_sec", "exitCode", "exit_code"));
        Long limit = policy.whole("limit");
        Long interval = policy.oneOf("intervalSec", "interval_sec").map(policy::whole).orElse(0L);
        if (limit != null && (limit > Integer.MAX_VALUE || limit < Integer.MIN_VALUE)) {
            throw new WorkflowFileException(policy.keyLine("limit"), "limit: must be 0 to " + WorkflowValidator.RETRY_LIMIT_MAX);
        }
        return new RetryPolicy(limit == null ? 0 : limit.intValue(), interval);
    }

    private boolean continueOn(YamlMap map, String key) {
        remember(map, key, "continueOn");
        Node node = map.node(key);
        if (!(node instanceof MappingNode)) {
            String shorthand = YamlMap.scalar(node, key).strip();
            if (shorthand.equals("failed") || shorthand.equals("failure")) {
                return true;
            }
            throw new WorkflowFileException(map.keyLine(key), key + ": '" + shorthand + "' is not supported by Kumo; use failure: true");
        }
        YamlMap options = YamlMap.of(node, key);
        options.checkKeys(List.of("failure"), List.of(), List.of("skipped", "exitCode", "exit_code", "output", "markSuccess",
                "mark_success"));
        return options.flag("failure");
    }

    private Long timeout(YamlMap map) {
        return map.oneOf("timeout", "timeoutSec", "timeout_sec").map(key -> {
            remember(map, key, "timeout");
            return key.equals("timeout") ? durationSeconds(map, key) : map.whole(key);
        }).orElse(null);
    }

    /** Kumo's duration text ({@code 30m}) as seconds, refused at the line of its key. */
    static long durationSeconds(YamlMap map, String key) {
        try {
            return Durations.parse(key, map.text(key)).toSeconds();
        } catch (ValidationException e) {
            throw new WorkflowFileException(map.keyLine(key), e.getMessage());
        }
    }

    private List<Precondition> preconditions(YamlMap map, String key) {
        remember(map, key, "preconditions");
        Node node = map.node(key);
        List<Node> items = node instanceof SequenceNode sequence ? sequence.getValue() : List.of(node);
        List<Precondition> preconditions = new ArrayList<>();
        for (Node item : items) {
            if (item instanceof MappingNode) {
                YamlMap condition = YamlMap.of(item, key);
                condition.checkKeys(List.of("condition", "command", "expected"), List.of(), List.of("negate"));
                String command = condition.oneOf("condition", "command").map(condition::text).orElse(null);
                preconditions.add(new Precondition(command, condition.text("expected")));
            } else {
                preconditions.add(new Precondition(YamlMap.scalar(item, key), null));
            }
        }
        return preconditions;
    }

    private StepDefinition.Position position(YamlMap map) {
        remember(map, "position", "position");
        YamlMap position = YamlMap.of(map.node("position"), "position");
        position.checkKeys(List.of("x", "y"), List.of(), List.of());
        Double x = position.decimal("x");
        Double y = position.decimal("y");
        return new StepDefinition.Position(x == null ? 0 : x, y == null ? 0 : y);
    }
}
