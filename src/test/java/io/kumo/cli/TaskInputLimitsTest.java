package io.kumo.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a tester typed to break {@code kumo task add} and {@code import-crontab}: exit 2, one line, nothing stored. */
class TaskInputLimitsTest {

    @TempDir
    Path dir;
    CliRun cli;

    @BeforeEach
    void cli() {
        cli = new CliRun(dir.resolve("data"));
    }

    /** {@code task add} with a schedule and more options; name and command default to {@code t} and {@code python3 a.py}. */
    private int add(String... options) {
        List<String> args = new ArrayList<>(List.of("task", "add"));
        if (!List.of(options).contains("--command")) {
            args.addAll(List.of("--command", "python3 a.py"));
        }
        if (!List.of(options).contains("--name")) {
            args.addAll(List.of("--name", "t"));
        }
        args.addAll(List.of(options));
        return cli.kumo(args.toArray(String[]::new));
    }

    private void assertRefused(String errorLine, String... options) {
        assertThat(add(options)).as(String.join(" ", options)).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().strip().lines()).as(cli.err()).hasSize(1);
        assertThat(cli.err().strip()).isEqualTo(errorLine);
        assertNothingStored();
    }

    private void assertNothingStored() {
        assertThat(cli.kumo("task", "list", "--json")).isZero();
        assertThat(cli.json()).isEmpty();
    }

    @Test
    void everyThatOverflowsIsRefusedAtTheDoor() {
        assertRefused("kumo: every: at most 366d", "--every", "1000000000000w");
        assertRefused("kumo: every: at most 366d", "--every", "9999999999999999s");
        assertRefused("kumo: every: at most 366d", "--every", "367d");
    }

    @Test
    void timeoutAndRetryDelayHaveUpperBounds() {
        assertRefused("kumo: timeout: at most 30d", "--every", "1h", "--timeout", "9999999999999999d");
        assertRefused("kumo: timeout: at most 30d", "--every", "1h", "--timeout", "31d");
        assertRefused("kumo: retry-delay: at most 1d", "--every", "1h", "--retries", "2", "--retry-delay", "99999999999999w");
    }

    @Test
    void hugeRetryCountsAndTimeoutsInSecondsAreRefusedAtTheDoor() {
        assertRefused("kumo: retries: must be between 0 and 100", "--every", "1h", "--retries", "101");
        assertThat(add("--every", "1h", "--retries", "99999999999")).isEqualTo(ExitCodes.USAGE); // not even an int
        assertThat(cli.err().strip().lines()).hasSize(1).first().asString().contains("--retries");
        assertNothingStored();
        assertRefused("kumo: timeout: at most 30d", "--every", "1h", "--timeout", Long.MAX_VALUE + "s");
        assertRefused("kumo: at: at most 9999-12-31T23:59:59Z", "--at", "+99999-01-01T00:00:00Z");
    }

    @Test
    void atBeyondYear9999OrInThePastIsRefused() {
        assertRefused("kumo: at: at most 9999-12-31T23:59:59Z", "--at", "+999999999-12-31T23:59:59Z");
        assertRefused("kumo: at: 2020-01-01T00:00:00Z is in the past", "--at", "2020-01-01T00:00:00Z");
    }

    @Test
    void overlongCommandAndWorkdirAreRefusedWithTheirLimit() {
        assertRefused("kumo: command: at most 8000 characters (this one has 8001)", "--every", "1h",
                "--command", "python3 " + "a".repeat(7993));
        assertRefused("kumo: workdir: at most 4096 characters (this one has 4097)", "--every", "1h",
                "--workdir", "/" + "w".repeat(4096));
    }

    @Test
    void workdirMustBeAnExistingDirectory() throws Exception {
        assertRefused("kumo: workdir: /nonexistent is not an existing directory", "--every", "1h", "--workdir", "/nonexistent");
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        assertRefused("kumo: workdir: " + file + " is not an existing directory", "--every", "1h", "--workdir", file.toString());
        assertThat(add("--every", "1h", "--workdir", dir.toString())).isZero();
    }

    @Test
    void emptyZoneIsRefused() {
        assertRefused("kumo: zone: must not be empty; leave it out for the system time zone", "--cron", "0 3 * * *", "--zone", "");
    }

    @Test
    void cronStepWiderThanItsFieldIsRefusedLikeCronie() {
        assertRefused("kumo: cron: minute: step /99999999999 is wider than the field (at most /60)", "--cron", "0-59/99999999999 * * * *");
        assertRefused("kumo: cron: hour: step /25 is wider than the field (at most /24)", "--cron", "0 */25 * * *");
    }

    @Test
    void namesWithControlCharactersSlashesOrDotsAreRefused() {
        String rule = "use 1-100 letters, digits, spaces and . _ -, not starting or ending with a space";
        assertRefused("kumo: name: 'a\\nb' has a line break or control character; " + rule, "--name", "a\nb", "--every", "1h");
        assertRefused("kumo: name: '\\u001b[31mred' has a line break or control character; " + rule, "--name", "\u001b[31mred", "--every", "1h");
        assertRefused("kumo: name: 'a/b' has '/'; " + rule, "--name", "a/b", "--every", "1h");
        assertRefused("kumo: name: '..' is not a name; " + rule, "--name", "..", "--every", "1h");
        assertRefused("kumo: name: at most 100 characters (this one has 101)", "--name", "n".repeat(101), "--every", "1h");
    }

    @Test
    void namesThatDifferOnlyInSpaceAndUnderscoreAreBothAccepted() throws Exception {
        assertThat(add("--name", "a b", "--every", "1h")).isZero();
        assertThat(add("--name", "a_b", "--every", "1h")).isZero();
        assertThat(cli.kumo("task", "list", "--json")).isZero();
        assertThat(cli.json()).hasSize(2);
    }

    @Test
    void upperCaseCronMacroIsRefusedAsCronieRefusesIt() {
        assertRefused("kumo: cron: unknown macro '@DAILY' (macros are lower case: @daily); expected one of "
                + "@reboot, @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly", "--cron", "@DAILY");
    }

    @Test
    void crontabLineWithAnUpperCaseMacroIsNotImported() throws Exception {
        Path crontab = Files.writeString(dir.resolve("crontab"), "@Hourly /bin/true\n");
        assertThat(cli.kumo("task", "import-crontab", crontab.toString())).isEqualTo(ExitCodes.FAILURE);
        assertThat(cli.err().strip().lines()).containsExactly("kumo: line 1: unknown macro '@Hourly' (macros are lower "
                + "case: @hourly); expected one of @reboot, @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly");
        assertNothingStored();
    }

    @Test
    void scheduleThatNeverFiresIsAcceptedWithAWarningLikeCronie() {
        assertThat(add("--cron", "0 0 30 2 *")).isZero();
        assertThat(cli.err().strip()).isEqualTo("kumo: warning: this schedule never fires (Feb 30)");
        assertThat(cli.out()).contains("Added task 't'");
    }

    @Test
    void binaryCrontabIsRefusedNamingTheLine() throws Exception {
        Path crontab = Files.write(dir.resolve("crontab.bin"), new byte[] {'#', ' ', 'o', 'k', '\n', (byte) 0xC3, 0x28, '\n'});
        assertThat(cli.kumo("task", "import-crontab", crontab.toString())).isEqualTo(ExitCodes.USAGE);
        assertThat(cli.err().strip()).isEqualTo("kumo: " + crontab + " is not a text file (line 2 is not valid UTF-8)");
        assertNothingStored();
    }

    @Test
    void crontabLinesBreakingTheLimitsAreNotImported() throws Exception {
        Path crontab = Files.writeString(dir.resolve("crontab"), "0 3 * * * /bin/" + "x".repeat(8000) + "\n"
                + "0-59/99999999999 * * * * /bin/true\n");
        assertThat(cli.kumo("task", "import-crontab", crontab.toString())).isEqualTo(ExitCodes.FAILURE);
        assertThat(cli.err().strip().lines()).containsExactly(
                "kumo: line 1: command: at most 8000 characters (this one has 8005)",
                "kumo: line 2: minute: step /99999999999 is wider than the field (at most /60)");
        assertNothingStored();
    }

    @Test
    void crontabDryRunReportsWhatTheImportWouldRefuseAndWarnAbout() throws Exception {
        Path crontab = Files.writeString(dir.resolve("crontab"), "0 3 * * * /bin/" + "x".repeat(8000) + "\n"
                + "0 0 30 2 * /usr/bin/leap.sh\n");
        assertThat(cli.kumo("task", "import-crontab", "--dry-run", crontab.toString())).isEqualTo(ExitCodes.FAILURE);
        assertThat(cli.err().strip().lines()).containsExactly(
                "kumo: line 1: command: at most 8000 characters (this one has 8005)",
                "kumo: warning: line 2: this schedule never fires (Feb 30)");
        assertThat(cli.out()).contains("line 2: would import as task 'leap-2'").doesNotContain("line 1:");
        assertNothingStored();
    }
}
