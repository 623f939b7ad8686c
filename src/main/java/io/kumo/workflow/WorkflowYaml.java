package io.kumo.workflow;

/**
 * Reads and writes workflow files: Dagu's keys where both have them ({@code name}, {@code description},
 * {@code schedule}, {@code params}, {@code env}, {@code steps[].name/command/dir/depends/env/retryPolicy/continueOn/
 * preconditions/output}, {@code handlerOn}, {@code maxActiveSteps}), Kumo's own for the rest. Dagu's current
 * snake_case spellings ({@code retry_policy}, {@code handler_on}...) are read too.
 */
public final class WorkflowYaml {

    private static final java.util.regex.Pattern TOP_LEVEL_NAME =
            java.util.regex.Pattern.compile("(?m)^(name|\"name\"|'name')\\s*:");
    /** Comments and a {@code ---} line before the document: the name goes after them. */
    private static final java.util.regex.Pattern DOCUMENT_START =
            java.util.regex.Pattern.compile("(?:(?:[ \\t]*(?:#[^\\n]*)?\\r?\\n)*---[^\\n]*\\n)");

    private WorkflowYaml() {
    }

    /**
     * The workflow {@code yaml} describes, checked whole ({@link WorkflowValidator}'s rules, with the line of the
     * offending key where there is one).
     *
     * @throws WorkflowFileException bad YAML (with its line), a wrong key or value, an unknown dependency, a cycle (naming
     *                               its steps), duplicate step names...
     */
    public static WorkflowDefinition parse(String yaml) {
        return parse(yaml, null);
    }

    /**
     * {@link #parse}, naming the workflow {@code nameWhenMissing} when the file has no {@code name} (Dagu names a DAG
     * after its file; an import passes the file's name without its extension).
     */
    public static WorkflowDefinition parse(String yaml, String nameWhenMissing) {
        return new WorkflowYamlReader().read(yaml, nameWhenMissing);
    }

    /**
     * {@code yaml} with a first line {@code name: <fileName without .yaml/.yml>} when it has no top-level {@code name}
     * (Dagu names a DAG after its file, so its files often have none), else {@code yaml} as it is; also as it is when
     * {@code fileName} is null (standard input). The stored file then reads back with its name.
     */
    public static String namedAfter(String yaml, String fileName) {
        if (fileName == null || yaml == null || TOP_LEVEL_NAME.matcher(yaml).find()) {
            return yaml;
        }
        String name = fileName.replaceFirst("(?i)\\.(ya?ml)$", "");
        String line = "name: \"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"\n";
        java.util.regex.Matcher marker = DOCUMENT_START.matcher(yaml);
        return marker.lookingAt() ? yaml.substring(0, marker.end()) + line + yaml.substring(marker.end()) : line + yaml;
    }

    /** The file for {@code definition}, in Kumo's canonical form; {@link #parse} reads it back equal. */
    public static String write(WorkflowDefinition definition) {
        return WorkflowYamlWriter.write(definition);
    }
}
