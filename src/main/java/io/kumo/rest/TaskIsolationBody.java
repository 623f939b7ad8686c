package io.kumo.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.kumo.service.TaskDraft;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The limits, sandbox and conditions of a task body. A POST or PUT gives them as the command line does (max_memory
 * "500M", only_idle "10m"...; null clears); a PUT may instead send GET's {@code limits}, {@code sandbox} and
 * {@code conditions} objects back with fields edited, each changed field read as its draft field.
 */
final class TaskIsolationBody {

    /** Text (or a whole number, read as its digits); null clears. */
    private static final Map<String, BiConsumer<TaskDraft, String>> TEXTS = Map.of(
            "max_memory", TaskDraft::maxMemory, "max_cpu", TaskDraft::maxCpu, "max_processes", TaskDraft::maxProcesses,
            "max_open_files", TaskDraft::maxOpenFiles, "max_output", TaskDraft::maxOutput,
            "sandbox_image", TaskDraft::sandboxImage, "online_host", TaskDraft::onlineHost, "only_idle", TaskDraft::onlyIdle,
            "condition_wait", TaskDraft::conditionWait);
    private static final Map<String, BiConsumer<TaskDraft, Boolean>> FLAGS = Map.of(
            "only_on_ac", TaskDraft::onlyOnAc, "only_online", TaskDraft::onlyOnline, "not_metered", TaskDraft::notMetered,
            "sandbox_network", (draft, on) -> draft.sandboxNetwork(on ? "on" : "off"));
    private static final String SANDBOX = "sandbox";

    /** GET's objects: each field and the draft field it is read into when changed. */
    private static final Map<String, Map<String, String>> SHOWN = Map.of(
            "limits", Map.of("memory_bytes", "max_memory", "cpu_percent", "max_cpu", "processes", "max_processes",
                    "open_files", "max_open_files", "output_bytes", "max_output"),
            SANDBOX, Map.of("mode", SANDBOX, "image", "sandbox_image", "network", "sandbox_network"),
            "conditions", Map.of("on_ac", "only_on_ac", "online", "only_online", "host", "online_host",
                    "idle_seconds", "only_idle", "not_metered", "not_metered", "wait_seconds", "condition_wait"));
    private static final Set<String> SECONDS = Set.of("idle_seconds", "wait_seconds");

    private TaskIsolationBody() {
    }

    static List<String> names() {
        List<String> names = new ArrayList<>(TEXTS.keySet());
        names.addAll(FLAGS.keySet());
        names.add(SANDBOX);
        return names;
    }

    /** Whether {@code name} is one of these fields; if so, it is read into the draft. */
    static boolean read(TaskDraft draft, String name, JsonNode value) {
        if (TEXTS.containsKey(name)) {
            TEXTS.get(name).accept(draft, value.isNull() ? "none" : value.isIntegralNumber() ? value.asText() : text(name, value));
        } else if (FLAGS.containsKey(name)) {
            if (!value.isBoolean()) {
                throw ApiException.badRequest(name + ": must be true or false");
            }
            FLAGS.get(name).accept(draft, value.booleanValue());
        } else if (name.equals(SANDBOX)) {
            draft.sandbox(value.isNull() ? "none" : text(name, value));
        } else {
            return false;
        }
        return true;
    }

    /**
     * Replaces GET's objects in a PUT body by the draft fields of what changed in them; a field the draft also gives
     * directly wins only when the object's field is as GET showed it.
     */
    static void expand(ObjectNode change, JsonNode current) {
        for (Map.Entry<String, Map<String, String>> shown : SHOWN.entrySet()) {
            String object = shown.getKey();
            JsonNode sent = change.get(object);
            if (sent == null || (object.equals(SANDBOX) && !sent.isObject() && !sent.isNull())) {
                continue; // "sandbox": "bwrap" is the draft field itself
            }
            change.remove(object);
            if (!sent.isObject()) {
                throw ApiException.badRequest(object + ": must be an object as GET shows it");
            }
            JsonNode now = current.path(object);
            for (Map.Entry<String, JsonNode> field : sent.properties()) {
                String draftField = shown.getValue().get(field.getKey());
                if (draftField == null) {
                    throw ApiException.badRequest(object + "." + field.getKey() + ": unknown (" + object + " has "
                            + String.join(", ", new java.util.TreeSet<>(shown.getValue().keySet())) + ")");
                }
                JsonNode value = field.getValue();
                if (TaskDraftBody.same(value, now.get(field.getKey()))) {
                    continue;
                }
                if (change.has(draftField)) {
                    throw ApiException.badRequest(object + "." + field.getKey() + ": give " + draftField + " or "
                            + object + "." + field.getKey() + ", not both");
                }
                change.set(draftField, SECONDS.contains(field.getKey()) ? seconds(object + "." + field.getKey(), value) : value);
            }
        }
    }

    private static JsonNode seconds(String name, JsonNode value) {
        if (value.isNull()) {
            return value;
        }
        if (!value.isIntegralNumber() || !value.canConvertToLong()) {
            throw ApiException.badRequest(name + ": must be a whole number of seconds");
        }
        return com.fasterxml.jackson.databind.node.TextNode.valueOf(value.longValue() == 0 ? "0" : value.longValue() + "s");
    }

    private static String text(String name, JsonNode value) {
        if (!value.isTextual()) {
            throw ApiException.badRequest(name + ": must be a string");
        }
        return value.textValue();
    }
}
