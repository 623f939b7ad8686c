package io.kumo.isolation.sandbox;

import static io.kumo.isolation.sandbox.BubblewrapArgumentsTest.indexOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.domain.ResourceLimits;
import io.kumo.domain.Sandbox;
import io.kumo.domain.SandboxMode;
import io.kumo.isolation.ConfinementRequest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The container command line: mounts, variables kept off it, limits as the runtime's flags, image and program inside. */
class ContainerArgumentsTest {

    static final Path PODMAN = Path.of("/usr/bin/podman");
    static final Path PROJECT = Path.of("/home/ada/projects/scraper");
    static final Path OUTPUT = Path.of("/home/ada/.kumo/output/scraper");
    static final Path ENV_FILE = Path.of("/home/ada/.kumo/sandbox/kumo-run-42.env");
    static final ResourceLimits LIMITS = new ResourceLimits(200L * 1024 * 1024, 50, 64, 256, 10L * 1024 * 1024);

    static ConfinementRequest request(Sandbox sandbox, ResourceLimits limits, Path workDir, Optional<String> python,
                                      Map<String, String> extra) {
        Map<String, String> env = new HashMap<>(Map.of("HOME", "/home/ada", "PATH", "/home/ada/.kumo/envs/s/bin:/usr/bin",
                "VIRTUAL_ENV", "/home/ada/.kumo/envs/s", "API_TOKEN", "s3cr3t", "OUTPUT_DIR", OUTPUT.toString(),
                "DATA_DIR", OUTPUT.toString(), "KUMO_RUN_ID", "42"));
        env.putAll(extra);
        return new ConfinementRequest(42, "scraper", limits, sandbox, workDir, Optional.of(PROJECT), OUTPUT,
                Optional.of(Path.of("/home/ada/.kumo/envs/s")), python, env, Path.of("/home/ada/.kumo"));
    }

    static ConfinementRequest request(boolean network) {
        return request(new Sandbox(SandboxMode.CONTAINER, null, network), LIMITS, PROJECT.resolve("jobs"), Optional.of("3.11.4"),
                Map.of());
    }

    static List<String> run(ConfinementRequest request, List<String> argv) {
        return new ContainerArguments(PODMAN).run(request, ENV_FILE, argv);
    }

    @Test
    void theContainerIsNamedAfterTheRunWithAnInitAndOpenInput() {
        List<String> args = run(request(true), List.of("/usr/bin/python3", "main.py"));

        assertThat(args.subList(0, 4)).containsExactly("/usr/bin/podman", "run", "--name", "kumo-run-42");
        assertThat(args).contains("--init", "-i").doesNotContain("--network");
    }

    @Test
    void theProjectIsReadOnlyAtProjectAndTheOutputWritableAtOutput() {
        List<String> args = run(request(true), List.of("/usr/bin/python3", "main.py"));

        assertThat(indexOf(args, "--volume", PROJECT + ":/project:ro")).isPositive();
        assertThat(indexOf(args, "--volume", OUTPUT + ":/output:rw")).isPositive();
        assertThat(indexOf(args, "--workdir", "/project/jobs")).isPositive();
    }

    @Test
    void variablesComeFromTheEnvFileNeverTheCommandLine() {
        List<String> args = run(request(true), List.of("/usr/bin/python3", "main.py"));

        assertThat(indexOf(args, "--env-file", ENV_FILE.toString())).isPositive();
        assertThat(String.join(" ", args)).doesNotContain("s3cr3t").doesNotContain("API_TOKEN");
        assertThat(args).doesNotContain("-e", "--env");
    }

    @Test
    void theEnvFileKeepsTheRunsVariablesButNotTheHostsPlacesAndPointsOutputInside() {
        List<String> lines = ContainerArguments.environmentLines(request(new Sandbox(SandboxMode.CONTAINER, null, true), LIMITS,
                PROJECT, Optional.empty(), Map.of("KUMO_PAYLOAD", "/home/ada/.kumo/payloads/p.json", "MULTI", "a\nb")));

        assertThat(lines).contains("API_TOKEN=s3cr3t", "KUMO_RUN_ID=42", "OUTPUT_DIR=/output", "DATA_DIR=/output",
                "KUMO_PAYLOAD=/kumo/payload.json");
        assertThat(lines).noneMatch(line -> line.startsWith("PATH=") || line.startsWith("HOME=") || line.startsWith("VIRTUAL_ENV=")
                || line.startsWith("MULTI=") || line.contains(OUTPUT.toString()));
    }

    @Test
    void theWebhookPayloadIsMountedReadOnly() {
        List<String> args = run(request(new Sandbox(SandboxMode.CONTAINER, null, true), LIMITS, PROJECT, Optional.empty(),
                Map.of("KUMO_PAYLOAD", "/home/ada/.kumo/payloads/p.json")), List.of("/usr/bin/python3", "main.py"));

        assertThat(indexOf(args, "--volume", "/home/ada/.kumo/payloads/p.json:/kumo/payload.json:ro")).isPositive();
    }

    @Test
    void networkOffIsNetworkNone() {
        assertThat(indexOf(run(request(false), List.of("/usr/bin/python3", "main.py")), "--network", "none")).isPositive();
    }

    @Test
    void theLimitsBecomeTheRuntimesOwnFlags() {
        List<String> args = run(request(true), List.of("/usr/bin/python3", "main.py"));

        assertThat(indexOf(args, "--memory", "209715200b")).isPositive();
        assertThat(indexOf(args, "--memory-swap", "209715200b")).isPositive();
        assertThat(indexOf(args, "--cpus", "0.5")).isPositive();
        assertThat(indexOf(args, "--pids-limit", "64")).isPositive();
        assertThat(indexOf(args, "--ulimit", "nofile=256:256")).isPositive();
        assertThat(indexOf(args, "--ulimit", "fsize=10485760:10485760")).isPositive();
        assertThat(ContainerArguments.limitFlags(new ResourceLimits(null, 150, null, null, null))).containsExactly("--cpus", "1.5");
        assertThat(ContainerArguments.limitFlags(ResourceLimits.NONE)).isEmpty();
    }

    @Test
    void theImageIsTheTasksElseThePythonOfTheEnvironmentsVersionElsePython3() {
        ResourceLimits none = ResourceLimits.NONE;
        assertThat(ContainerArguments.image(request(new Sandbox(SandboxMode.CONTAINER, "ghcr.io/acme/etl:2", true), none, PROJECT,
                Optional.of("3.11.4"), Map.of()))).isEqualTo("ghcr.io/acme/etl:2");
        assertThat(ContainerArguments.image(request(false))).isEqualTo("python:3.11-slim");
        assertThat(ContainerArguments.image(request(new Sandbox(SandboxMode.CONTAINER, null, true), none, PROJECT, Optional.empty(),
                Map.of()))).isEqualTo("python:3-slim");
        assertThat(ContainerArguments.image(request(new Sandbox(SandboxMode.CONTAINER, null, true), none, PROJECT,
                Optional.of("unknown"), Map.of()))).isEqualTo("python:3-slim");
    }

    @Test
    void theImageComesRightBeforeTheProgramMappedInside() {
        List<String> interpreter = run(request(true), List.of("/home/ada/.kumo/envs/s/bin/python3.11", PROJECT + "/jobs/main.py",
                "--out", OUTPUT + "/result.csv", "--flag"));
        List<String> script = run(request(true), List.of(PROJECT + "/bin/run.sh", "plain"));
        List<String> system = run(request(true), List.of("/bin/sh", "-c", "echo hi"));

        assertThat(interpreter.subList(interpreter.indexOf("python:3.11-slim"), interpreter.size()))
                .containsExactly("python:3.11-slim", "python", "/project/jobs/main.py", "--out", "/output/result.csv", "--flag");
        assertThat(script.subList(script.size() - 2, script.size())).containsExactly("/project/bin/run.sh", "plain");
        assertThat(system.subList(system.size() - 3, system.size())).containsExactly("/bin/sh", "-c", "echo hi");
    }

    @Test
    void aWorkingDirectoryOutsideTheProjectStartsAtTheProjectRoot() {
        ConfinementRequest request = request(new Sandbox(SandboxMode.CONTAINER, null, true), LIMITS, Path.of("/srv/elsewhere"),
                Optional.empty(), Map.of());

        assertThat(ContainerArguments.workDir(request)).isEqualTo("/project");
    }

    @Test
    void aFolderWhoseNameCannotBeAVolumeIsRefusedWithItsName() {
        ConfinementRequest base = request(true);
        ConfinementRequest request = new ConfinementRequest(42, "scraper", LIMITS, base.sandbox(), PROJECT, Optional.of(Path.of("/data/a:b")),
                OUTPUT, Optional.empty(), Optional.empty(), Map.of(), Path.of("/home/ada/.kumo"));

        assertThatThrownBy(() -> ContainerArguments.checkMountable(request)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("/data/a:b");
    }
}
