package io.kumo.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.common.ValidationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;

/**
 * The one codec for a task's own environment variables, stored as a JSON object in their order. Names are shell
 * variable names; values are any text ({@code =}, quotes and line breaks included). The editor, the crontab importer
 * and the launch all read and write them here.
 */
public final class TaskVariables {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One variable as entered; a null value is stored as empty. */
    public record Variable(String name, String value) {
    }

    private TaskVariables() {
    }

    /** The stored form, or null for none; refuses a name that is not a variable name and a name set twice. */
    public static String encode(List<Variable> variables) {
        SequencedMap<String, String> values = new LinkedHashMap<>();
        for (Variable variable : variables) {
            String name = variable.name() == null ? "" : variable.name();
            if (!VariableNames.isValid(name)) {
                throw new ValidationException("variables: '" + name + "' is not a variable name (" + VariableNames.RULE + ")");
            }
            if (values.containsKey(name)) {
                throw new ValidationException("variables: " + name + " is set twice");
            }
            values.put(name, variable.value() == null ? "" : variable.value());
        }
        if (values.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@link #encode(List)} of a map, in its order. */
    public static String encode(Map<String, String> variables) {
        List<Variable> list = new ArrayList<>();
        variables.forEach((name, value) -> list.add(new Variable(name, value)));
        return encode(list);
    }

    /**
     * The variables of a stored value, in order; none for null or blank.
     *
     * @throws ValidationException when the stored value is not a JSON object (written by hand or by an older Kumo)
     */
    public static List<Variable> decode(String stored) {
        if (stored == null || stored.isBlank()) {
            return List.of();
        }
        try {
            var tree = JSON.readTree(stored);
            if (tree == null || !tree.isObject()) {
                throw new ValidationException("variables: not a JSON object");
            }
            return tree.properties().stream().map(entry -> new Variable(entry.getKey(), entry.getValue().asText())).toList();
        } catch (JsonProcessingException e) {
            throw new ValidationException("variables: not valid JSON");
        }
    }

    /** {@link #decode} as a map, for a launch's environment. */
    public static Map<String, String> decodeMap(String stored) {
        Map<String, String> values = new LinkedHashMap<>();
        decode(stored).forEach(variable -> values.put(variable.name(), variable.value()));
        return values;
    }
}
