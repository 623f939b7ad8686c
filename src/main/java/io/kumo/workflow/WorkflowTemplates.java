package io.kumo.workflow;

import java.util.List;

/**
 * The built-in workflows to start from (extract -> transform -> load with a failure handler; fan-out over parallel
 * scrapers, then merge ...), each a workflow file.
 *
 * <p>Contract for issue 16; being built.
 */
public final class WorkflowTemplates {

    /** @param id a short key ({@code etl}, {@code fan-out}); {@code yaml} parses with {@link WorkflowYaml#parse} */
    public record Template(String id, String title, String description, String yaml) {
    }

    private WorkflowTemplates() {
    }

    public static List<Template> all() {
        throw new UnsupportedOperationException("issue 16");
    }
}
