package io.kumo.template.archive;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.kumo.domain.Task;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A task's definition as a portable map: every stored field (trigger, variables, limits, sandbox, conditions...)
 * read by field, so a field added to {@link Task} travels without a change here; ids, the project, the
 * environment (carried by name instead) and the engine's own bookkeeping are left out.
 */
final class TaskDefinitions {

    private static final Set<String> LOCAL_FIELDS = Set.of("id", "createdAt", "updatedAt", "projectId", "environmentId", "lastFiredAt");
    private static final ObjectMapper FIELDS = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY);

    private TaskDefinitions() {
    }

    static Map<String, Object> of(Task task) {
        Map<String, Object> fields = FIELDS.convertValue(task, new TypeReference<LinkedHashMap<String, Object>>() { });
        LOCAL_FIELDS.forEach(fields::remove);
        return fields;
    }

    /** A new, unsaved task; unknown fields (from a newer Kumo) are ignored. */
    static Task toTask(Map<String, Object> definition) {
        Map<String, Object> fields = new LinkedHashMap<>(definition);
        LOCAL_FIELDS.forEach(fields::remove);
        fields.remove(ArchiveManifest.ENVIRONMENT_KEY);
        return FIELDS.convertValue(fields, Task.class);
    }
}
