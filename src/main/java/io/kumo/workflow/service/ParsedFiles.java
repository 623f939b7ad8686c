package io.kumo.workflow.service;

import io.kumo.workflow.WorkflowDefinition;
import io.kumo.workflow.WorkflowYaml;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each stored file says, parsed once: a listing reads every workflow's file, and most of them did not change
 * since the last one. Definitions are immutable, so one parse serves every reader; all are forgotten past the limit.
 */
final class ParsedFiles {

    private static final int LIMIT = 2_000;

    private final Map<String, WorkflowDefinition> parsed = new ConcurrentHashMap<>();

    /** @throws io.kumo.workflow.WorkflowFileException a file this Kumo cannot read (stored by another version) */
    WorkflowDefinition of(String yaml) {
        WorkflowDefinition definition = parsed.get(yaml);
        if (definition == null) {
            definition = WorkflowYaml.parse(yaml);
            if (parsed.size() >= LIMIT) {
                parsed.clear();
            }
            parsed.put(yaml, definition);
        }
        return definition;
    }
}
