package io.kumo.workflow.engine;

import io.kumo.supervisor.LaunchSpec;
import io.kumo.supervisor.ProcessLauncher;
import io.kumo.supervisor.ProcessOutcome;
import io.kumo.supervisor.RunLog;
import io.kumo.supervisor.SupervisedProcess;
import io.kumo.workflow.Precondition;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dagu's preconditions, checked just before a step starts (on the workflow engine's thread, never the UI's): the
 * condition's {@code $VAR}/{@code ${VAR}} are expanded and each backquoted command replaced by what it prints (run
 * through the supervisor with the shell, {@link #COMMAND_LIMIT} at most); the result must equal {@code expected}
 * ({@code re:} a regular expression matching it whole). Without {@code expected} the condition is a command that must
 * exit 0.
 */
final class PreconditionCheck {

    static final Duration COMMAND_LIMIT = Duration.ofSeconds(10);
    private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}|\\$([A-Za-z_][A-Za-z0-9_]*)");
    private static final Pattern BACKQUOTED = Pattern.compile("`([^`]*)`");

    private final ProcessLauncher launcher;
    private final Map<String, String> baseEnvironment;
    private final Path scratch;

    PreconditionCheck(ProcessLauncher launcher, Map<String, String> baseEnvironment, Path scratch) {
        this.launcher = launcher;
        this.baseEnvironment = baseEnvironment;
        this.scratch = scratch;
    }

    /** The first precondition that does not hold, described; empty when all hold. */
    Optional<String> firstUnmet(List<Precondition> preconditions, Map<String, String> variables) {
        Map<String, String> env = new LinkedHashMap<>(baseEnvironment);
        env.putAll(variables);
        for (Precondition precondition : preconditions) {
            if (!holds(precondition, env)) {
                return Optional.of("precondition not met: " + precondition.condition()
                        + (precondition.expected() == null ? "" : " (expected " + precondition.expected() + ")"));
            }
        }
        return Optional.empty();
    }

    private boolean holds(Precondition precondition, Map<String, String> env) {
        if (precondition.expected() == null) {
            return run(precondition.condition(), env).map(result -> result.exitCode() == 0).orElse(false);
        }
        String actual = expand(precondition.condition(), env);
        String expected = precondition.expected();
        return expected.startsWith("re:") ? Pattern.compile(expected.substring(3)).matcher(actual).matches() : actual.equals(expected);
    }

    String expand(String text, Map<String, String> env) {
        Matcher commands = BACKQUOTED.matcher(text);
        StringBuilder withOutputs = new StringBuilder();
        while (commands.find()) {
            String printed = run(commands.group(1), env).map(Result::stdout).orElse("");
            commands.appendReplacement(withOutputs, Matcher.quoteReplacement(printed));
        }
        commands.appendTail(withOutputs);
        Matcher variables = VARIABLE.matcher(withOutputs.toString());
        StringBuilder expanded = new StringBuilder();
        while (variables.find()) {
            String name = variables.group(1) != null ? variables.group(1) : variables.group(2);
            variables.appendReplacement(expanded, Matcher.quoteReplacement(env.getOrDefault(name, "")));
        }
        variables.appendTail(expanded);
        return expanded.toString().strip();
    }

    private record Result(int exitCode, String stdout) {
    }

    /** Empty when it could not start or did not end within the limit (it is stopped then). */
    private Optional<Result> run(String command, Map<String, String> env) {
        Path log = null;
        try {
            Files.createDirectories(scratch);
            log = Files.createTempFile(scratch, "precondition", ".log");
            Files.delete(log); // the run log creates it with its first line
            SupervisedProcess process = launcher.launch(new LaunchSpec(List.of("/bin/sh", "-c", command),
                    Path.of(System.getProperty("user.home")), env, log, List.of(), 1024 * 1024));
            ProcessOutcome outcome;
            try {
                outcome = process.outcome().get(COMMAND_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.TimeoutException e) {
                process.terminate(Duration.ofSeconds(1));
                return Optional.empty();
            }
            String stdout = Files.exists(log) ? Files.readAllLines(log, StandardCharsets.UTF_8).stream()
                    .filter(line -> !line.startsWith(RunLog.STDERR_MARK) && !line.startsWith(RunLog.NOTICE_MARK))
                    .reduce((a, b) -> a + "\n" + b).orElse("") : "";
            return Optional.of(new Result(outcome.exitCode(), stdout.strip()));
        } catch (IOException | java.util.concurrent.ExecutionException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } finally {
            if (log != null) {
                try {
                    Files.deleteIfExists(log);
                } catch (IOException e) {
                    // a scratch file left in the data directory's scratch folder
                }
            }
        }
    }
}
