package io.kumo.insights.trends;

import io.kumo.supervisor.CommandLineSplitter;
import io.kumo.common.ValidationException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The script a task's command runs ({@code python x.py}, {@code .venv/bin/python -u jobs/x.py --flag}, {@code x.py}),
 * relative to its project's folder; the script is found from the task's working directory, as the engine runs it. Empty
 * for a module ({@code -m}), inline code, a command Kumo cannot split, or a script outside the project.
 */
final class TaskScript {

    private TaskScript() {
    }

    static Optional<String> of(String command, Path projectRoot, Path workDir) {
        if (command == null || projectRoot == null) {
            return Optional.empty();
        }
        List<String> words;
        try {
            words = CommandLineSplitter.split(command);
        } catch (ValidationException e) {
            return Optional.empty();
        }
        for (String word : words) {
            if (word.equals("-m") || word.equals("-c")) {
                return Optional.empty();
            }
            if (word.endsWith(".py")) {
                Path root = projectRoot.toAbsolutePath().normalize();
                Path script = workDir.toAbsolutePath().resolve(word).normalize();
                return script.startsWith(root) && !script.equals(root)
                        ? Optional.of(root.relativize(script).toString().replace('\\', '/')) : Optional.empty();
            }
        }
        return Optional.empty();
    }
}
