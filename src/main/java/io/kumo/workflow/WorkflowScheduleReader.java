package io.kumo.workflow;

import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/** The workflow's own trigger: Dagu's {@code schedule} (a cron text, or a list of one), or Kumo's {@code every} or {@code at}. */
final class WorkflowScheduleReader {

    private WorkflowScheduleReader() {
    }

    /** Null when the workflow has none; {@code lines} gets the line of the key under {@code schedule} (and {@code zone}). */
    static WorkflowSchedule read(YamlMap map, Map<String, Integer> lines) {
        String zone = map.text("zone");
        String key = map.oneOf("schedule", "every", "at").orElse(null);
        if (key == null) {
            if (zone != null) {
                throw new WorkflowFileException(map.keyLine("zone"), "zone: only means something with a schedule");
            }
            return null;
        }
        int line = map.keyLine(key);
        lines.put("schedule", line);
        return switch (key) {
            case "every" -> {
                noZone(map, zone, key);
                yield WorkflowSchedule.every(StepReader.durationSeconds(map, key));
            }
            case "at" -> {
                noZone(map, zone, key);
                yield WorkflowSchedule.at(WorkflowYamlReader.instant(map.text(key), line));
            }
            default -> WorkflowSchedule.cron(cron(map.node(key), line), zone);
        };
    }

    private static void noZone(YamlMap map, String zone, String key) {
        if (zone != null) {
            throw new WorkflowFileException(map.keyLine("zone"), "zone: only a cron schedule is read in a zone, not " + key);
        }
    }

    private static String cron(Node node, int line) {
        if (node instanceof MappingNode) {
            throw new WorkflowFileException(line, "schedule: start/stop/restart schedules are not supported by Kumo; give one cron expression");
        }
        List<String> texts = node instanceof SequenceNode sequence
                ? sequence.getValue().stream().map(item -> YamlMap.scalar(item, "schedule")).toList()
                : List.of(YamlMap.scalar(node, "schedule"));
        if (texts.size() != 1) {
            throw new WorkflowFileException(line, "schedule: Kumo takes one cron expression, this has " + texts.size());
        }
        return texts.getFirst();
    }
}
