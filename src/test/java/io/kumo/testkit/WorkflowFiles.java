package io.kumo.testkit;

/** Workflow files the service, CLI and packaged-jar tests share. */
public final class WorkflowFiles {

    /** extract -> transform -> load, with a comment the stored file keeps; no schedule. */
    public static final String ETL = """
            # extract -> transform -> load
            name: etl
            steps:
              - name: extract
                command: echo extract
              - name: transform
                command: echo transform
                depends: [extract]
              - name: load
                command: echo load
                depends: [transform]
            """;

    private WorkflowFiles() {
    }
}
