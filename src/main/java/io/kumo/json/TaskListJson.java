package io.kumo.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.kumo.domain.Task;
import io.kumo.service.NextRuns;
import io.kumo.service.StoredSchedules;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * {@code kumo task list --json}, written to the output as it is produced (Jackson's generator, the same indented
 * format as {@link Json#write}) instead of one tree of maps and one string of several megabytes for 10,000 tasks.
 */
public final class TaskListJson {

    private TaskListJson() {
    }

    public static void write(List<Task> tasks, StoredSchedules schedules, NextRuns.Listing next, TaskNamesById names,
                             Writer out) throws IOException {
        JsonGenerator json = new JsonFactory().createGenerator(out) // jackson-core alone: no object mapper to load
                .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)
                .setPrettyPrinter(new DefaultPrettyPrinter()); // what INDENT_OUTPUT gives Json.write
        json.writeStartArray();
        for (Task task : tasks) {
            StoredSchedules.Reading schedule = schedules.of(task);
            json.writeStartObject();
            TaskFields.write(task, schedule, next.of(task, schedule.trigger()), names, (name, value) -> field(json, name, value));
            json.writeEndObject();
        }
        json.writeEndArray();
        json.close();
        out.write(System.lineSeparator()); // as println ends Json.write's output
        out.flush();
    }

    /** A field by its type: {@code writeObjectField} would hand every value to the object mapper's serializers. */
    private static void field(JsonGenerator json, String name, Object value) throws IOException {
        switch (value) {
            case null -> json.writeNullField(name);
            case String text -> json.writeStringField(name, text);
            case Long number -> json.writeNumberField(name, number);
            case Integer number -> json.writeNumberField(name, number);
            case Boolean flag -> json.writeBooleanField(name, flag);
            case java.util.List<?> texts -> {
                json.writeArrayFieldStart(name);
                for (Object text : texts) {
                    json.writeString(String.valueOf(text));
                }
                json.writeEndArray();
            }
            case java.util.Map<?, ?> object -> {
                json.writeObjectFieldStart(name);
                for (java.util.Map.Entry<?, ?> entry : object.entrySet()) {
                    field(json, String.valueOf(entry.getKey()), entry.getValue());
                }
                json.writeEndObject();
            }
            default -> json.writeObjectField(name, value);
        }
    }
}
