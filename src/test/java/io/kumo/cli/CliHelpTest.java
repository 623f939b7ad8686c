package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.app.KumoCore;
import io.kumo.config.DataDirectoryResolver;
import io.kumo.instance.LockWait;
import io.kumo.testkit.TestCores;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every command and subcommand answers {@code --help} and {@code -h} with its usage, exit 0, without opening the data
 * directory or asking a running instance. The tree is walked from the picocli model, so a command added later without
 * help fails here.
 */
class CliHelpTest {

    @TempDir
    Path dir;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    static Stream<List<String>> commandPaths() {
        return CommandTree.commands().keySet().stream();
    }

    /** A data directory that cannot exist: its parent is a regular file. */
    private int runWithoutDataDirectory(String... args) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "not a folder");
        return run(notAFolder.resolve("data"), args);
    }

    private int run(Path data, String... args) {
        var resolver = new DataDirectoryResolver(Map.of("KUMO_HOME", data.toString()), "Linux", dir);
        // an instance holding the directory would be waited for: a short patience makes a wrong wait fail, not hang
        var impatient = new LockWait.Policy(Clock.systemUTC(), Duration.ofMillis(200), Duration.ofSeconds(2),
                () -> Thread.sleep(20));
        return new KumoCli(resolver, (core, minimized, e) -> ExitCodes.FAILURE, new PrintWriter(out, true),
                new PrintWriter(err, true), impatient).run(args);
    }

    private static String[] args(List<String> path, String... more) {
        return Stream.concat(path.stream(), Stream.of(more)).toArray(String[]::new);
    }

    private void assertUsageOf(List<String> path) {
        assertThat(err.toString()).as("stderr of %s", path).isEmpty();
        assertThat(out.toString()).as("usage of %s", path)
                .startsWith("Usage: " + String.join(" ", Stream.concat(Stream.of("kumo"), path.stream()).toList()))
                .contains("-h, --help");
    }

    @ParameterizedTest(name = "kumo {0} --help")
    @MethodSource("commandPaths")
    void everyCommandPrintsItsUsageOnLongHelp(List<String> path) throws IOException {
        assertThat(runWithoutDataDirectory(args(path, "--help"))).as(err.toString()).isZero();
        assertUsageOf(path);
    }

    @ParameterizedTest(name = "kumo {0} -h")
    @MethodSource("commandPaths")
    void everyCommandPrintsItsUsageOnShortHelp(List<String> path) throws IOException {
        assertThat(runWithoutDataDirectory(args(path, "-h"))).as(err.toString()).isZero();
        assertUsageOf(path);
    }

    @Test
    void theTreeHoldsEveryCommandGroupAndItsSubcommands() {
        assertThat(commandPaths()).contains(List.of("task", "add"), List.of("backup", "restore"), List.of("help"),
                List.of("cron", "next"));
    }

    @picocli.CommandLine.Command(name = "extra", mixinStandardHelpOptions = true)
    static final class CommandWithItsOwnHelp implements Runnable {
        @Override
        public void run() {
        }
    }

    @Test
    void aCommandDeclaringItsOwnHelpKeepsIt() {
        var tree = new picocli.CommandLine(new KumoCommand(null, null, null)).addSubcommand(new CommandWithItsOwnHelp());
        var commands = KumoCli.withHelp(tree);
        commands.setOut(new PrintWriter(out, true));

        assertThat(commands.execute("extra", "-h")).isZero();
        assertThat(out.toString()).startsWith("Usage: kumo extra");
    }

    @Test
    void helpCommandPrintsTheUsageOfANestedSubcommand() throws IOException {
        assertThat(runWithoutDataDirectory("help", "task", "add")).as(err.toString()).isZero();
        assertUsageOf(List.of("task", "add"));
        assertThat(out.toString()).contains("--project", "--env", "--cron");
    }

    @Test
    void helpOfAnUnknownCommandExitsTwoWithOneLine() throws IOException {
        assertThat(runWithoutDataDirectory("help", "task", "frobnicate")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().strip()).isEqualTo("kumo: Unknown command 'frobnicate' in 'kumo task' (see 'kumo help --help')");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void commandGroupWithoutSubcommandSaysWhatIsMissing() throws IOException {
        assertThat(runWithoutDataDirectory("task")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("kumo: Missing required subcommand");
    }

    @Test
    void commandOnADataDirectoryThatCannotBeCreatedGetsOneLine() throws IOException {
        assertThat(runWithoutDataDirectory("task", "list")).isEqualTo(ExitCodes.FAILURE);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("kumo: Cannot create data folder " + dir.resolve("file").resolve("data"));
    }

    @Test
    void helpWithMissingRequiredOptionsStillPrintsTheUsage() throws IOException {
        assertThat(runWithoutDataDirectory("task", "add", "--name", "x", "--help")).as(err.toString()).isZero();
        assertUsageOf(List.of("task", "add"));
    }

    @Test
    void helpDoesNotCreateTheDataDirectory() {
        Path data = dir.resolve("absent");
        assertThat(run(data, "task", "list", "--help")).isZero();
        assertThat(data).doesNotExist();
    }

    @Test
    void helpAnswersWhileAnotherProcessHoldsTheDataDirectory() {
        Path data = dir.resolve("held");
        try (KumoCore running = TestCores.open(data)) {
            assertThat(run(data, "task", "add", "--help")).as(err.toString()).isZero();
        }
        assertUsageOf(List.of("task", "add"));
    }

    @Test
    void versionOnTheTopCommandPrintsTheVersion() throws IOException {
        assertThat(runWithoutDataDirectory("-V")).isZero();
        assertThat(out.toString()).startsWith("Kumo ");
    }

    @Test
    void unknownOptionOfASubcommandExitsTwoWithOneLineNamingItsHelp() throws IOException {
        assertThat(runWithoutDataDirectory("task", "list", "--frobnicate")).isEqualTo(ExitCodes.USAGE);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString().strip()).isEqualTo("kumo: Unknown option: '--frobnicate' (see 'kumo task list --help')");
        assertThat(out.toString()).isEmpty();
    }
}
