package io.kumo.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumo.service.TaskDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * A POST or PUT body of a task read into a {@link TaskDraft}: every field must be known and of its type (a 400 names
 * what is not); null clears the fields that may be empty (zone, workdir, project, env, timeout, retry_delay, node_labels,
 * and the limits, sandbox and conditions of {@link TaskIsolationBody}).
 */
final class TaskDraftBody {

    private static final Map<String, BiConsumer<TaskDraft, String>> TEXTS = Map.ofEntries(
            Map.entry("name", TaskDraft::name), Map.entry("command", TaskDraft::command), Map.entry("cron", TaskDraft::cron),
            Map.entry("every", TaskDraft::every), Map.entry("at", TaskDraft::at), Map.entry("overlap", TaskDraft::overlap),
            Map.entry("misfire", TaskDraft::misfire));
    private static final Map<String, BiConsumer<TaskDraft, String>> CLEARABLE = Map.of(
            "zone", TaskDraft::zone, "workdir", TaskDraft::workdir, "project", TaskDraft::project, "env", TaskDraft::env,
            "timeout", TaskDraft::timeout, "retry_delay", TaskDraft::retryDelay);
    private static final Map<String, BiConsumer<TaskDraft, Integer>> NUMBERS = Map.of(
            "retries", TaskDraft::retries, "priority", TaskDraft::priority);
    private static final Map<String, BiConsumer<TaskDraft, Boolean>> FLAGS = Map.of(
            "shell", TaskDraft::shell, "enabled", TaskDraft::enabled);

    /** An array of label strings; null or [] clears them. */
    private static final String NODE_LABELS = "node_labels";

    private TaskDraftBody() {
    }

    private static void nodeLabels(TaskDraft draft, JsonNode value) {
        if (value.isNull()) {
            draft.clear(NODE_LABELS);
            return;
        }
        if (!value.isArray()) {
            throw ApiException.badRequest(NODE_LABELS + ": must be an array of strings, e.g. [\"gpu\", \"eu\"]");
        }
        List<String> labels = new ArrayList<>();
        for (JsonNode label : value) {
            if (!label.isTextual()) {
                throw ApiException.badRequest(NODE_LABELS + ": must be an array of strings, not " + label);
            }
            labels.add(label.textValue());
        }
        draft.nodeLabels(labels);
    }

    static TaskDraft read(ObjectNode body) {
        refuseUnknown(body);
        TaskDraft draft = new TaskDraft();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (name.equals(NODE_LABELS)) {
                nodeLabels(draft, value);
            } else if (TaskIsolationBody.read(draft, name, value)) {
                continue;
            } else if (TEXTS.containsKey(name)) {
                TEXTS.get(name).accept(draft, text(name, value));
            } else if (CLEARABLE.containsKey(name)) {
                if (value.isNull()) {
                    draft.clear(name);
                } else {
                    CLEARABLE.get(name).accept(draft, text(name, value));
                }
            } else if (NUMBERS.containsKey(name)) {
                if (!value.isIntegralNumber() || !value.canConvertToInt()) {
                    throw ApiException.badRequest(name + ": must be a whole number");
                }
                NUMBERS.get(name).accept(draft, value.intValue());
            } else {
                if (!value.isBoolean()) {
                    throw ApiException.badRequest(name + ": must be true or false");
                }
                FLAGS.get(name).accept(draft, value.booleanValue());
            }
        }
        return draft;
    }

    /** What GET answers and a PUT may send back: derived from the stored task, refused only when changed. */
    private static final List<String> READ_ONLY = List.of("id", "trigger", "description");
    /** What GET answers that moves by itself (the scheduler's): whatever a PUT sends for it is ignored. */
    private static final List<String> MOVING = List.of("next_fire", "last_fired");
    /** GET's numbers of seconds, and the draft field each one is read into when it changed. */
    private static final Map<String, String> SECONDS = Map.of(
            "every_seconds", "every", "timeout_seconds", "timeout", "retry_delay_seconds", "retry_delay");
    private static final List<String> SCHEDULES = List.of("cron", "every", "at");

    /**
     * A PUT body: the draft fields as {@link #read} takes them, or the task as GET answers it with some fields edited
     * (GET, edit, PUT). A field sent as GET shows it changes nothing; {@code every_seconds}, {@code timeout_seconds} and
     * {@code retry_delay_seconds} that changed are read as every, timeout and retry_delay; {@code id}, {@code trigger}
     * and {@code description} are refused when changed; {@code next_fire} and {@code last_fired} are ignored; a null
     * cron, every or at only says the task does not use it. {@code current} is GET's answer for the task now.
     */
    static TaskDraft readChange(ObjectNode body, JsonNode current) {
        ObjectNode change = body.deepCopy();
        MOVING.forEach(change::remove);
        TaskIsolationBody.expand(change, current);
        for (String field : READ_ONLY) {
            if (change.has(field) && !same(change.get(field), current.get(field))) {
                throw ApiException.badRequest(field + ": read-only (it is " + current.get(field) + "); it follows from the"
                        + " other fields");
            }
            change.remove(field);
        }
        for (Map.Entry<String, String> seconds : SECONDS.entrySet()) {
            String field = seconds.getKey();
            String draftField = seconds.getValue();
            JsonNode value = change.remove(field);
            if (value == null || same(value, current.get(field))) {
                continue;
            }
            if (change.has(draftField) && !same(change.get(draftField), current.get(draftField))) {
                throw ApiException.badRequest(field + ": give " + draftField + " or " + field + ", not both");
            }
            if (value.isNull()) {
                change.putNull(draftField);
            } else if (value.isIntegralNumber() && value.canConvertToLong()) {
                change.put(draftField, value.longValue() + "s");
            } else {
                throw ApiException.badRequest(field + ": must be a whole number of seconds");
            }
        }
        List<String> unchanged = new ArrayList<>();
        change.properties().forEach(field -> {
            boolean noSchedule = SCHEDULES.contains(field.getKey()) && field.getValue().isNull();
            if (noSchedule || (current.has(field.getKey()) && same(field.getValue(), current.get(field.getKey())))) {
                unchanged.add(field.getKey());
            }
        });
        change.remove(unchanged);
        return read(change);
    }

    /** Equal JSON, numbers by value (300 and 300L alike). */
    static boolean same(JsonNode a, JsonNode b) {
        if (a == null || b == null) {
            return a == b;
        }
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static String text(String name, JsonNode value) {
        if (!value.isTextual()) {
            throw ApiException.badRequest(name + ": must be a string");
        }
        return value.textValue();
    }

    private static void refuseUnknown(ObjectNode body) {
        List<String> unknown = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!known().contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw ApiException.badRequest("unknown field" + (unknown.size() == 1 ? "" : "s") + ": " + String.join(", ", unknown)
                    + " (a task takes " + String.join(", ", known()) + ")");
        }
    }

    private static Set<String> known() {
        Set<String> names = new TreeSet<>(TEXTS.keySet());
        names.addAll(CLEARABLE.keySet());
        names.addAll(NUMBERS.keySet());
        names.addAll(FLAGS.keySet());
        names.add(NODE_LABELS);
        names.addAll(TaskIsolationBody.names());
        return names;
    }
}
