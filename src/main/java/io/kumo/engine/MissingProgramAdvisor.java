package io.kumo.engine;

import io.kumo.domain.Project;
import io.kumo.domain.PythonEnvironment;
import io.kumo.domain.Task;
import io.kumo.project.Detection;
import io.kumo.project.ProjectDetector;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Explains a run that failed because its program is missing ("cannot start 'scrapy': not found on PATH"): which
 * environment lacks it, whether the task's project declares requirements, and whether they name the program. The
 * engine writes the explanation as the run's error; the run details offer to install the requirements from it.
 */
public final class MissingProgramAdvisor {

    private static final Pattern NOT_FOUND = Pattern.compile("cannot start '([^']+)': not found on PATH");
    private static final Pattern EXPLAINED = Pattern.compile("cannot start '([^']+)': (environment '|not found on PATH, and)");
    private static final Pattern REQUIREMENT_NAME = Pattern.compile("^\\s*([A-Za-z0-9][A-Za-z0-9._-]*)");

    private final LongFunction<Optional<Task>> tasks;
    private final LongFunction<Optional<Project>> projects;
    private final LongFunction<Optional<PythonEnvironment>> environments;
    private final ProjectDetector detector;

    public MissingProgramAdvisor(LongFunction<Optional<Task>> tasks, LongFunction<Optional<Project>> projects,
                                 LongFunction<Optional<PythonEnvironment>> environments, ProjectDetector detector) {
        this.tasks = tasks;
        this.projects = projects;
        this.environments = environments;
        this.detector = detector;
    }

    /** For a run's stored error: empty when the error is not a missing program or the task is gone. */
    public Optional<MissingProgram> advise(long taskId, String error) {
        return programIn(error).flatMap(program -> tasks.apply(taskId).map(task -> advise(task, program)));
    }

    /** For a launch failure: empty when the failure is not a missing program. */
    public Optional<MissingProgram> adviseOnLaunch(Task task, String error) {
        return programIn(error).map(program -> advise(task, program));
    }

    /** A launch failure's message for the run's record: explained when the program is missing, else as it is. */
    public String failureMessage(Task task, Exception failure) {
        String message = failure.getMessage() == null ? failure.toString() : failure.getMessage();
        try {
            return adviseOnLaunch(task, message).map(MissingProgram::explain).orElse(message);
        } catch (RuntimeException e) { // a project folder that cannot be read: the plain message still says what failed
            return message;
        }
    }

    /** The program a "not found" failure names (also in an explanation written before). */
    static Optional<String> programIn(String error) {
        if (error == null) {
            return Optional.empty();
        }
        Matcher found = NOT_FOUND.matcher(error);
        if (found.find()) {
            return Optional.of(found.group(1));
        }
        Matcher explained = EXPLAINED.matcher(error);
        return explained.find() ? Optional.of(explained.group(1)) : Optional.empty();
    }

    private MissingProgram advise(Task task, String program) {
        PythonEnvironment environment = Optional.ofNullable(task.getEnvironmentId()).flatMap(environments::apply).orElse(null);
        Optional<Project> project = Optional.ofNullable(task.getProjectId()).flatMap(projects::apply);
        if (project.isEmpty()) {
            return new MissingProgram(program, environment, 0, null, null, List.of(), false);
        }
        Path root = Path.of(project.get().getRootPath());
        Detection detection = detector.detect(root);
        String file = detection.requirementFiles().isEmpty() ? null : detection.requirementFiles().getFirst();
        List<String> declared = file == null ? detection.declaredDependencies() : List.of();
        List<String> names = file == null ? declared : requirementLines(root.resolve(file));
        boolean listed = names.stream().map(MissingProgramAdvisor::requirementName).flatMap(Optional::stream)
                .anyMatch(name -> name.equals(normalized(program)));
        return new MissingProgram(program, environment, project.get().getId(), root, file, declared, listed);
    }

    private static List<String> requirementLines(Path file) {
        try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
            return lines.map(line -> line.replaceFirst("#.*", "").strip()).filter(line -> !line.isEmpty() && !line.startsWith("-"))
                    .toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }

    /** "Scrapy>=2.11" and "scrapy_splash[extra]" as pip compares names (PEP 503). */
    static Optional<String> requirementName(String spec) {
        Matcher name = REQUIREMENT_NAME.matcher(spec);
        return name.find() ? Optional.of(normalized(name.group(1))) : Optional.empty();
    }

    private static String normalized(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[-_.]+", "-");
    }
}
