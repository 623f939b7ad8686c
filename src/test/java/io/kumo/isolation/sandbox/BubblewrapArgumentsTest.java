package io.kumo.isolation.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.ResourceLimits;
import io.kumo.domain.Sandbox;
import io.kumo.domain.SandboxMode;
import io.kumo.isolation.ConfinementRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bwrap command line: what is mounted how, in which order, and what the run is told. */
class BubblewrapArgumentsTest {

    static final Path BWRAP = Path.of("/usr/bin/bwrap");
    static final Path HOME = Path.of("/home/ada");
    static final Path PROJECT = HOME.resolve("projects/scraper");
    static final Path OUTPUT = HOME.resolve(".kumo/output/scraper");
    static final Path VENV = HOME.resolve(".kumo/envs/scraper");
    static final List<String> ARGV = List.of("/usr/bin/python3", "main.py", "--fast");

    @TempDir
    Path dir;

    static ConfinementRequest request(Path workDir, boolean network, Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("HOME", HOME.toString(), "PATH", "/usr/bin"));
        env.putAll(extra);
        return new ConfinementRequest(7, "scraper", ResourceLimits.NONE, new Sandbox(SandboxMode.BWRAP, null, network), workDir,
                Optional.of(PROJECT), OUTPUT, Optional.of(VENV), Optional.of("3.11.4"), env, HOME.resolve(".kumo"));
    }

    static List<String> wrap(ConfinementRequest request, List<String> argv) {
        return new BubblewrapArguments(BWRAP).wrap(request, argv);
    }

    /** The index of the option {@code option} whose arguments follow it, as in "--ro-bind SRC DEST". */
    static int indexOf(List<String> args, String... option) {
        for (int i = 0; i + option.length <= args.size(); i++) {
            if (args.subList(i, i + option.length).equals(List.of(option))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theSystemIsReadOnlyAndProcDevAndTmpAreFresh() {
        List<String> args = wrap(request(PROJECT, true, Map.of()), ARGV);

        assertThat(args.getFirst()).isEqualTo("/usr/bin/bwrap");
        assertThat(indexOf(args, "--ro-bind-try", "/usr", "/usr")).isPositive();
        assertThat(indexOf(args, "--ro-bind-try", "/etc", "/etc")).isPositive();
        assertThat(indexOf(args, "--ro-bind-try", "/lib64", "/lib64")).isPositive();
        assertThat(indexOf(args, "--proc", "/proc")).isPositive();
        assertThat(indexOf(args, "--dev", "/dev")).isPositive();
        assertThat(indexOf(args, "--tmpfs", "/tmp")).isPositive();
        assertThat(args).contains("--die-with-parent").doesNotContain("--unshare-pid", "--new-session", "--unshare-net");
        assertThat(args.subList(args.indexOf("--") + 1, args.size())).isEqualTo(ARGV);
    }

    @Test
    void theHomeIsHiddenAndTheRunGetsAnEmptyPrivateOne() {
        List<String> args = wrap(request(PROJECT, true, Map.of()), ARGV);

        assertThat(indexOf(args, "--tmpfs", "/home")).isPositive();
        assertThat(indexOf(args, "--tmpfs", "/root")).isPositive();
        assertThat(indexOf(args, "--setenv", "HOME", "/home/sandbox")).isPositive();
        assertThat(indexOf(args, "--dir", "/home/sandbox")).isPositive();
        assertThat(args).doesNotContain(HOME.toString());
    }

    @Test
    void aHomeOutsideHomeAndRootIsHiddenToo() {
        List<String> args = wrap(request(Path.of("/srv/scraper"), true, Map.of("HOME", "/srv/users/ada")), ARGV);

        assertThat(indexOf(args, "--tmpfs", "/srv/users/ada")).isPositive();
    }

    @Test
    void theProjectAndEnvironmentAreReadOnlyAndTheOutputWritableMountedAfterTheHomeIsHidden() {
        List<String> args = wrap(request(PROJECT, true, Map.of()), ARGV);

        int project = indexOf(args, "--ro-bind", PROJECT.toString(), PROJECT.toString());
        int venv = indexOf(args, "--ro-bind", VENV.toString(), VENV.toString());
        int output = indexOf(args, "--bind", OUTPUT.toString(), OUTPUT.toString());
        assertThat(project).isGreaterThan(indexOf(args, "--tmpfs", "/home"));
        assertThat(venv).isPositive();
        assertThat(output).isPositive();
        assertThat(indexOf(args, "--bind", PROJECT.toString(), PROJECT.toString())).isEqualTo(-1);
        assertThat(indexOf(args, "--chdir", PROJECT.toString())).isPositive();
    }

    @Test
    void anOutputInsideTheProjectIsMountedAfterItSoItStaysWritable() {
        Path inside = PROJECT.resolve("out");
        ConfinementRequest base = request(PROJECT, true, Map.of());
        ConfinementRequest request = new ConfinementRequest(base.runId(), base.taskName(), base.limits(), base.sandbox(),
                base.workDir(), base.projectRoot(), inside, base.environmentLocation(), base.pythonVersion(), base.environment(),
                base.dataRoot());

        List<String> args = wrap(request, ARGV);

        assertThat(indexOf(args, "--bind", inside.toString(), inside.toString()))
                .isGreaterThan(indexOf(args, "--ro-bind", PROJECT.toString(), PROJECT.toString()));
    }

    @Test
    void networkOffUnsharesTheNetwork() {
        assertThat(wrap(request(PROJECT, false, Map.of()), ARGV)).contains("--unshare-net");
    }

    @Test
    void aWorkingDirectoryOutsideTheProjectIsReadOnlyButTheHomeItselfIsNeverShown() {
        List<String> outside = wrap(request(Path.of("/srv/shared"), true, Map.of()), ARGV);
        List<String> home = wrap(request(HOME, true, Map.of()), ARGV);

        assertThat(indexOf(outside, "--ro-bind", "/srv/shared", "/srv/shared")).isPositive();
        assertThat(indexOf(outside, "--chdir", "/srv/shared")).isPositive();
        assertThat(indexOf(home, "--ro-bind", HOME.toString(), HOME.toString())).isEqualTo(-1);
        assertThat(indexOf(home, "--chdir", "/home/sandbox")).isPositive();
    }

    @Test
    void theWebhookPayloadIsReadOnly() {
        List<String> args = wrap(request(PROJECT, true, Map.of("KUMO_PAYLOAD", "/home/ada/.kumo/payloads/p1.json")), ARGV);

        assertThat(indexOf(args, "--ro-bind", "/home/ada/.kumo/payloads/p1.json", "/home/ada/.kumo/payloads/p1.json")).isPositive();
    }

    @Test
    void anInterpreterInstalledInTheHomeIsShownReadOnlyWithItsInstallationButNoMoreOfTheHome() throws IOException {
        Path installation = dir.resolve("home/.pyenv/versions/3.11.7");
        Path python = Files.createFile(Files.createDirectories(installation.resolve("bin")).resolve("python3.11"));
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("env/bin")).resolve("python"), python);

        List<String> direct = wrap(request(PROJECT, true, Map.of()), List.of(python.toString(), "main.py"));
        List<String> behindVenv = wrap(request(PROJECT, true, Map.of()), List.of(link.toString(), "main.py"));

        assertThat(indexOf(direct, "--ro-bind", installation.toString(), installation.toString())).isPositive();
        assertThat(indexOf(behindVenv, "--ro-bind", installation.toString(), installation.toString())).isPositive();
        assertThat(indexOf(behindVenv, "--ro-bind", link.toString(), link.toString())).isPositive();
        assertThat(direct).doesNotContain(dir.resolve("home").toString());
    }

    @Test
    void aProgramOutsideEveryMountIsShownAloneAndASystemOneNotAtAll() {
        List<String> tool = wrap(request(PROJECT, true, Map.of()), List.of("/opt2/tools/scrape", "x"));
        List<String> system = wrap(request(PROJECT, true, Map.of()), List.of("/usr/bin/curl", "x"));

        assertThat(indexOf(tool, "--ro-bind", "/opt2/tools/scrape", "/opt2/tools/scrape")).isPositive();
        assertThat(indexOf(system, "--ro-bind", "/usr/bin/curl", "/usr/bin/curl")).isEqualTo(-1);
    }
}
