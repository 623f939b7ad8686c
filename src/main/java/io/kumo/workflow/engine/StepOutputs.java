package io.kumo.workflow.engine;

import io.kumo.config.OwnerOnly;
import io.kumo.supervisor.RunLog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The values a step passes on: the {@code KEY=VALUE} lines it wrote to the file named by {@code $KUMO_OUTPUT}
 * ({@code <data>/workflow-runs/<run id>/<position>-<step>.env}: the step's position in the run makes it unique even
 * when two names read the same once made safe for a file name; owner-only, fresh for each attempt), and Dagu's {@code output}:
 * the last line it printed.
 */
final class StepOutputs {

    private static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    /** Keys a step may not pass on: Kumo's own marks (how recovery finds a run's processes) and the Python environment's. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("PATH", "VIRTUAL_ENV", "CONDA_PREFIX", "PYTHONPATH",
            "PYTHONHOME");

    /** What a file held: the values, and a note naming the lines that were refused (null when none). */
    record Read(Map<String, String> values, String note) {
    }

    private final Path root;

    StepOutputs(Path dataRoot) {
        this.root = dataRoot.resolve("workflow-runs");
    }

    /** The file of {@code step} in {@code workflowRunId}: found again by recovery from the step's stored position. */
    Path fileOf(long workflowRunId, StepState step) {
        return root.resolve(Long.toString(workflowRunId)).resolve(step.position + "-" + readable(step.name) + ".env");
    }

    /** An empty, owner-only file for the next attempt of {@code step}. */
    Path fresh(long workflowRunId, StepState step) {
        Path file = fileOf(workflowRunId, step);
        try {
            OwnerOnly.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            OwnerOnly.createFile(file);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the output file " + file + ": " + e.getMessage(), e);
        }
    }

    /** The values in {@code file}: blank lines and {@code #} comments ignored, a line without a valid key refused. */
    static Read read(Path file) {
        Map<String, String> values = new LinkedHashMap<>();
        List<String> refused = new ArrayList<>();
        List<String> reserved = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
        } catch (IOException e) {
            return new Read(values, "its output file could not be read: " + e.getMessage());
        }
        int number = 0;
        for (String line : lines) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            int equals = trimmed.indexOf('=');
            String key = equals < 0 ? trimmed : trimmed.substring(0, equals).strip();
            if (equals < 0 || !KEY.matcher(key).matches()) {
                refused.add(Integer.toString(number));
                continue;
            }
            if (key.startsWith("KUMO_") || RESERVED.contains(key)) {
                reserved.add(key);
                continue;
            }
            values.put(key, trimmed.substring(equals + 1));
        }
        List<String> notes = new ArrayList<>();
        if (!refused.isEmpty()) {
            notes.add("output line(s) " + String.join(", ", refused) + " refused: write KEY=VALUE with a key of letters, digits and _");
        }
        if (!reserved.isEmpty()) {
            notes.add("output key(s) " + String.join(", ", reserved) + " refused: Kumo sets KUMO_*, PATH and the Python "
                    + "environment's variables itself");
        }
        return new Read(values, notes.isEmpty() ? null : String.join("; ", notes));
    }

    /** The last non-empty line the step printed on stdout (its log without Kumo's notices and stderr lines). */
    static Optional<String> lastLine(String logPath) {
        if (logPath == null || !Files.exists(Path.of(logPath))) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(Path.of(logPath), StandardCharsets.UTF_8);
            for (int i = lines.size() - 1; i >= 0; i--) {
                String line = lines.get(i);
                if (!line.isBlank() && !line.startsWith(RunLog.STDERR_MARK) && !line.startsWith(RunLog.NOTICE_MARK)) {
                    return Optional.of(line.strip());
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The name made safe for a file name (only to read; the position makes it unique). */
    private static String readable(String step) {
        return step.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
