package io.kumo.workflow;

import io.kumo.domain.MisfirePolicy;
import io.kumo.domain.OverlapPolicy;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads a workflow file through the YAML node tree, so every problem names its line; then checks the workflow with
 * {@link WorkflowValidator} and names the line of the key each problem is about.
 */
final class WorkflowYamlReader {

    static final int MAX_CHARS = 1_000_000;
    static final int MAX_STEPS = 10_000;
    private static final int MAX_ALIASES = 50;
    /** Mappings and lists inside each other; the composer recurses, so deeper files are refused before it runs. */
    static final int MAX_NESTING = 50;

    static final List<String> KNOWN = List.of("name", "description", "schedule", "every", "at", "zone", "params", "env",
            "steps", "handlerOn", "handler_on", "maxActiveSteps", "max_active_steps", "timeout", "timeoutSec", "timeout_sec",
            "overlap", "misfire", "type");
    /** Dagu keys that do not change what runs. */
    static final List<String> IGNORED = List.of("tags", "labels", "group", "logDir", "log_dir", "histRetentionDays",
            "hist_retention_days", "histRetentionRuns", "hist_retention_runs", "mailOn", "mail_on", "errorMail", "error_mail",
            "infoMail", "info_mail", "waitMail", "wait_mail", "smtp", "maxActiveRuns", "max_active_runs", "delaySec",
            "delay_sec", "restartWaitSec", "restart_wait_sec", "maxCleanUpTimeSec", "max_clean_up_time_sec", "maxOutputSize",
            "max_output_size", "logOutput", "log_output", "queue", "otel");
    /** Dagu keys that would change what runs, which Kumo does not do. */
    static final List<String> UNSUPPORTED = List.of("executor", "shell", "dotenv", "workingDir", "working_dir", "container",
            "ssh", "preconditions", "precondition", "defaults", "secrets", "stepTypes", "step_types", "runConfig", "run_config",
            "skipIfSuccessful", "skip_if_successful", "catchupWindow", "catchup_window", "overlapPolicy", "overlap_policy",
            "retryPolicy", "retry_policy", "llm", "redis", "harness", "harnesses", "kubernetes", "webhook", "workerSelector",
            "worker_selector", "registryAuths", "registry_auths", "artifacts", "env_file", "include");
    private static final List<String> HANDLERS = List.of("success", "failure", "cancel", "abort", "exit");

    private final Map<String, Integer> lines = new HashMap<>();
    private final List<Map<String, Integer>> stepLines = new ArrayList<>();

    WorkflowDefinition read(String yaml, String nameWhenMissing) {
        WorkflowDefinition definition = build(root(yaml), nameWhenMissing);
        List<WorkflowValidator.Located> problems = WorkflowValidator.located(definition);
        if (!problems.isEmpty()) {
            WorkflowValidator.Located first = problems.getFirst();
            throw new WorkflowFileException(lineOf(first), first.problem().toString());
        }
        return definition;
    }

    private int lineOf(WorkflowValidator.Located problem) {
        if (problem.stepIndex() < 0 || problem.stepIndex() >= stepLines.size()) {
            return lines.getOrDefault(problem.key(), 0);
        }
        Map<String, Integer> keys = stepLines.get(problem.stepIndex());
        return keys.getOrDefault(problem.key(), keys.getOrDefault("", 0));
    }

    private static Node root(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            throw new WorkflowFileException("the file is empty");
        }
        if (yaml.length() > MAX_CHARS) {
            throw new WorkflowFileException("the file is larger than " + MAX_CHARS / 1000 + " kB; a workflow file is at most that");
        }
        LoadSettings settings = LoadSettings.builder().setMaxAliasesForCollections(MAX_ALIASES).setAllowRecursiveKeys(false)
                .setCodePointLimit(MAX_CHARS * 2).setLabel("workflow").build();
        try {
            checkNesting(settings, yaml);
            Optional<Node> root = new Compose(settings).composeString(yaml);
            return root.orElseThrow(() -> new WorkflowFileException("the file is empty"));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(mark -> mark.getLine() + 1).orElse(0);
            String problem = e.getProblem() == null ? "not valid YAML" : e.getProblem();
            throw new WorkflowFileException(line, "not valid YAML: " + problem);
        } catch (YamlEngineException e) {
            throw new WorkflowFileException("not valid YAML: " + e.getMessage());
        }
    }

    /** Walks the parser's events (no recursion) and refuses mappings and lists nested deeper than {@link #MAX_NESTING}. */
    private static void checkNesting(LoadSettings settings, String yaml) {
        int depth = 0;
        for (Event event : new Parse(settings).parseString(yaml)) {
            switch (event.getEventId()) {
                case MappingStart, SequenceStart -> {
                    if (++depth > MAX_NESTING) {
                        int line = event.getStartMark().map(mark -> mark.getLine() + 1).orElse(0);
                        throw new WorkflowFileException(line, "mappings and lists are nested more than " + MAX_NESTING + " deep");
                    }
                }
                case MappingEnd, SequenceEnd -> depth--;
                default -> {
                }
            }
        }
    }

    private WorkflowDefinition build(Node root, String nameWhenMissing) {
        YamlMap map = YamlMap.of(root, "workflow");
        map.checkKeys(KNOWN, IGNORED, UNSUPPORTED);
        map.entries().keySet().forEach(key -> lines.put(key, map.keyLine(key)));
        String name = map.has("name") ? map.text("name") : nameWhenMissing;
        if (name == null) {
            throw new WorkflowFileException(1, "name: missing; Kumo needs a name: key (Dagu takes the file's name instead)");
        }
        boolean chain = chain(map);
        List<StepDefinition> steps = steps(map, chain);
        Handlers handlers = handlers(map);
        Long maxActive = map.oneOf("maxActiveSteps", "max_active_steps").map(key -> {
            lines.put("maxActiveSteps", map.keyLine(key));
            return map.whole(key);
        }).orElse(0L);
        if (maxActive > Integer.MAX_VALUE || maxActive < Integer.MIN_VALUE) {
            throw new WorkflowFileException(lines.get("maxActiveSteps"), "maxActiveSteps: too large");
        }
        Long timeout = map.oneOf("timeout", "timeoutSec", "timeout_sec").map(key -> {
            lines.put("timeout", map.keyLine(key));
            return key.equals("timeout") ? StepReader.durationSeconds(map, key) : map.whole(key);
        }).orElse(null);
        return new WorkflowDefinition(name, map.text("description"), WorkflowScheduleReader.read(map, lines),
                DaguValues.variables(map.node("params"), "params", true), DaguValues.variables(map.node("env"), "env", false),
                steps, handlers, maxActive.intValue(), choice(map, "overlap", OverlapPolicy.class),
                choice(map, "misfire", MisfirePolicy.class), timeout);
    }

    /** Dagu's {@code type: chain}: a step without depends waits for the one before it. */
    private static boolean chain(YamlMap map) {
        String type = map.text("type");
        if (type == null || type.equals("graph")) {
            return false;
        }
        if (type.equals("chain")) {
            return true;
        }
        throw new WorkflowFileException(map.keyLine("type"), "type: '" + type + "' is not supported by Kumo; use graph or chain");
    }

    /** A step's node and, in Dagu's mapping form, the name it is listed under. */
    private record StepItem(Node node, String name) {
    }

    /** A list of steps, or (Dagu too) a mapping from each step's name to the step. */
    private List<StepDefinition> steps(YamlMap map, boolean chain) {
        Node node = map.node("steps");
        if (node == null) {
            return List.of();
        }
        List<StepItem> items = new ArrayList<>();
        if (node instanceof SequenceNode sequence) {
            sequence.getValue().forEach(item -> items.add(new StepItem(item, null)));
        } else if (node instanceof MappingNode mapping) {
            mapping.getValue().forEach(tuple -> items.add(new StepItem(tuple.getValueNode(), YamlMap.scalar(tuple.getKeyNode(), "steps"))));
        } else {
            throw new WorkflowFileException(map.keyLine("steps"), "steps: expected a list of steps (or a mapping from names to steps)");
        }
        if (items.size() > MAX_STEPS) {
            throw new WorkflowFileException(map.keyLine("steps"), "steps: at most " + MAX_STEPS + " steps");
        }
        List<StepDefinition> steps = new ArrayList<>();
        for (StepItem item : items) {
            StepReader reader = new StepReader();
            StepDefinition step = reader.read(item.node(), item.name() == null ? "step " + (steps.size() + 1) : "step '" + item.name() + "'",
                    item.name());
            if (chain && step.depends().isEmpty() && !steps.isEmpty()) {
                step = new StepDefinition(step.name(), step.description(), step.command(), step.task(), step.dir(),
                        step.project(), step.environment(), List.of(steps.getLast().name()), step.env(), step.runIf(),
                        step.retry(), step.timeoutSeconds(), step.continueOnFailure(), step.preconditions(), step.output(),
                        step.position());
            }
            steps.add(step);
            stepLines.add(reader.lines());
        }
        return steps;
    }

    private Handlers handlers(YamlMap map) {
        Optional<String> key = map.oneOf("handlerOn", "handler_on");
        if (key.isEmpty()) {
            return Handlers.NONE;
        }
        YamlMap handlerOn = YamlMap.of(map.node(key.get()), key.get());
        handlerOn.checkKeys(HANDLERS, List.of(), List.of("init", "wait"));
        handlerOn.oneOf("cancel", "abort");
        Map<String, StepDefinition> read = new HashMap<>();
        Map<String, Map<String, Integer>> readLines = new HashMap<>();
        for (String event : HANDLERS) {
            if (handlerOn.has(event)) {
                String kind = event.equals("abort") ? "cancel" : event;
                StepReader reader = new StepReader();
                read.put(kind, reader.read(handlerOn.node(event), key.get() + "." + event, "on_" + kind));
                readLines.put(kind, reader.lines());
            }
        }
        Handlers handlers = new Handlers(read.get("success"), read.get("failure"), read.get("cancel"), read.get("exit"));
        handlers.present().keySet().forEach(kind -> stepLines.add(readLines.get(kind)));
        return handlers;
    }

    private static <E extends Enum<E>> E choice(YamlMap map, String key, Class<E> type) {
        String text = map.text(key);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            List<String> names = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList();
            throw new WorkflowFileException(map.keyLine(key), key + ": '" + text + "' is not one of " + String.join(", ", names));
        }
    }

    /** An ISO instant ({@code 2026-03-01T06:00:00Z}) or a date and time with an offset. */
    static Instant instant(String text, int line) {
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            try {
                return OffsetDateTime.parse(text.strip()).toInstant();
            } catch (DateTimeParseException again) {
                throw new WorkflowFileException(line, "at: '" + text + "' is not a date and time such as 2026-03-01T06:00:00Z");
            }
        }
    }
}
