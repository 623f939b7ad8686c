package io.kumo.python;

import java.util.List;

/**
 * How a tool ended: its exit code, its standard output when it was captured, and the last lines it printed (both
 * streams) for error messages.
 */
public record ToolResult(int exitCode, String stdout, List<String> lastLines) {

    public boolean succeeded() {
        return exitCode == 0;
    }

    /**
     * The tool's own explanation of a failure: pip and conda print it in lines starting with "ERROR:" or in the last
     * lines; Python prints a traceback whose last line names the exception.
     */
    public String errorText() {
        List<String> errors = lastLines.stream().filter(line -> line.startsWith("ERROR") || line.contains("Error:"))
                .map(String::strip).distinct().toList();
        if (!errors.isEmpty()) {
            return String.join(" ", errors.subList(Math.max(0, errors.size() - 3), errors.size()));
        }
        return lastLines.stream().map(String::strip).filter(line -> !line.isEmpty()).reduce((a, b) -> b)
                .orElse("exit code " + exitCode);
    }
}
