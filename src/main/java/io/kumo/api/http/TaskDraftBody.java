package io.kumo.api.http;

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
 * what is not); null clears the fields that may be empty (zone, workdir, project, env, timeout, retry_delay).
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

    private TaskDraftBody() {
    }

    static TaskDraft read(ObjectNode body) {
        refuseUnknown(body);
        TaskDraft draft = new TaskDraft();
        for (Map.Entry<String, JsonNode> field : body.properties()) {
            String name = field.getKey();
            JsonNode value = field.getValue();
            if (TEXTS.containsKey(name)) {
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
        return names;
    }
}
