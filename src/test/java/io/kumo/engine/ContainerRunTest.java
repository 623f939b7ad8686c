package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Project;
import io.kumo.domain.ResourceLimits;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Sandbox;
import io.kumo.domain.SandboxMode;
import io.kumo.domain.Task;
import io.kumo.isolation.sandbox.Containers;
import io.kumo.isolation.sandbox.HostCommands;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs in a Podman or Docker container through the real engine: the run sees its project at /project and writes
 * /output, sees nothing else of the host, has only a loopback without network, ends FAILED with the limit named when
 * it outgrows its memory, and leaves no container behind after a timeout. The image is built from this machine's own
 * Python (nothing is pulled); skipped with the reason where no runtime can run it.
 */
class ContainerRunTest {

    static final Instant T0 = Instant.parse("2026-05-04T10:02:00Z");
    static final String IMAGE = "localhost/kumo-test-python:3.11";
    static final Duration BOUND = Duration.ofMinutes(3);

    @TempDir
    Path dir;
    EngineFixture kumo;
    Path project;
    Path output;
    Path runtime;
    final HostCommands host = HostCommands.system();

    @BeforeEach
    void open() throws IOException {
        Optional<String> unavailable = Containers.detect().unavailableReason();
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> "skipped: " + unavailable.orElse(""));
        runtime = host.find("podman").filter(podman -> host.run(List.of(podman.toString(), "info"), BOUND).succeeded())
                .or(() -> host.find("docker")).orElseThrow();
        String problem = imageProblem();
        Assumptions.assumeTrue(problem == null, () -> "skipped: " + runtime + " cannot run a container here: " + problem);
        kumo = new EngineFixture(dir.resolve("data"), T0);
        kumo.engine.prepare();
        project = Files.createDirectories(dir.resolve("project"));
        output = dir.resolve("output");
        Files.writeString(project.resolve("probe.py"), BubblewrapRunTest.PROBE + """
                if "interfaces" in sys.argv:
                    print("interfaces:", sorted(name for _, name in socket.if_nameindex()), flush=True)
                if "allocate" in sys.argv:
                    hoard = bytearray(1024 * 1024 * 1024)
                    print("allocated", flush=True)
                """);
        Files.writeString(project.resolve("data.txt"), "project data");
    }

    /** Builds the test image from this machine's Python unless it is there, then runs it once; null when that worked. */
    private String imageProblem() throws IOException {
        if (!host.run(List.of(runtime.toString(), "image", "inspect", IMAGE), BOUND).succeeded()) {
            Path script = dir.resolve("container-python-image.sh");
            try (InputStream in = ContainerRunTest.class.getResourceAsStream("container-python-image.sh")) {
                Files.copy(in, script);
            }
            HostCommands.Result built = host.run(List.of("/bin/sh", script.toString(), runtime.toString(), IMAGE), BOUND);
            if (!built.succeeded()) {
                return "building " + IMAGE + " failed: " + built.output();
            }
        }
        HostCommands.Result trial = host.run(List.of(runtime.toString(), "run", "--rm", "--network", "none", IMAGE, "python",
                "-c", "print('ok')"), BOUND);
        return trial.succeeded() ? null : trial.output();
    }

    @AfterEach
    void close() {
        if (kumo != null) {
            kumo.close();
        }
    }

    private Task task(String name, boolean network, ResourceLimits limits, String args) {
        Project created = new Project(name + "-project", project.toString());
        created.setOutputDir(output.toString());
        created = kumo.core.projects().create(created);
        Task task = new Task(name, "python3 probe.py " + args);
        task.setProjectId(created.getId());
        task.setSandbox(new Sandbox(SandboxMode.CONTAINER, IMAGE, network));
        task.setLimits(limits);
        return kumo.core.tasks().create(task);
    }

    @Test
    void aRunReadsItsProjectAndWritesItsOutputButSeesNoOtherHostFile() throws IOException {
        Path beside = Files.writeString(dir.resolve("secret.txt"), "beside the project");
        Path inHome = Path.of(System.getProperty("user.home")).resolve(".kumo-sandbox-probe-" + UUID.randomUUID());
        Files.writeString(inHome, "in the home");
        try {
            Run run = kumo.runToEnd(task("reader", true, ResourceLimits.NONE, "read=data.txt read=" + beside
                    + " read=" + inHome + " write"));

            String log = EngineFixture.log(run);
            assertThat(run.getStatus()).as(log).isEqualTo(RunStatus.SUCCESS);
            assertThat(log).contains("read: project data", "hidden: " + beside, "hidden: " + inHome)
                    .doesNotContain("beside the project", "in the home").contains("container kumo-run-" + run.getId());
            assertThat(output.resolve("result.txt")).hasContent("written inside");
        } finally {
            Files.deleteIfExists(inHome);
        }
    }

    @Test
    void withoutNetworkTheContainerHasOnlyItsLoopback() throws IOException {
        Run offline = kumo.runToEnd(task("offline", false, ResourceLimits.NONE, "interfaces"));

        assertThat(EngineFixture.log(offline)).contains("interfaces: ['lo']");
    }

    @Test
    void withNetworkTheContainerHasMoreThanItsLoopback() throws IOException {
        Run online = kumo.runToEnd(task("online", true, ResourceLimits.NONE, "interfaces"));

        assertThat(EngineFixture.log(online)).contains("interfaces: [").doesNotContain("interfaces: ['lo']");
    }

    @Test
    void aRunOutgrowingItsMemoryEndsFailedWithTheLimitNamed() throws IOException {
        Run run = kumo.runToEnd(task("hoarder", false, new ResourceLimits(100L * 1024 * 1024, null, null, null, null), "allocate"));

        assertThat(run.getStatus()).as(EngineFixture.describe(List.of(run))).isEqualTo(RunStatus.FAILED);
        assertThat(run.getError()).startsWith("memory limit 100 MB exceeded");
        assertThat(Files.exists(Path.of(run.getLogPath())) ? EngineFixture.log(run) : "").doesNotContain("allocated");
        assertThat(project).isDirectoryNotContaining("glob:**/oom"); // conmon's verdict file stays in Kumo's folder
    }

    @Test
    void stopEndsTheRunAndItsContainer() throws IOException {
        Task task = task("stopped", false, ResourceLimits.NONE, "hang");
        kumo.engine.runNow(task);
        kumo.awaitRun(() -> kumo.runsOf(task), run -> run.getStatus() == RunStatus.RUNNING && Files.exists(output.resolve("pids")),
                "hangs inside");

        kumo.engine.stopTask(task.getId());
        Run ended = kumo.awaitEnded(task, 1);

        assertThat(ended.getStatus()).isEqualTo(RunStatus.STOPPED);
        assertNoContainerLeft(ended);
    }

    @Test
    void aTimeoutLeavesNoContainerAndNoVariablesFileBehind() throws IOException {
        Task task = task("hangs", false, ResourceLimits.NONE, "hang");
        task.setTimeoutSeconds(3L);
        kumo.core.tasks().update(task);

        Run ended = kumo.runToEnd(task);

        assertThat(ended.getStatus()).as(EngineFixture.log(ended)).isEqualTo(RunStatus.TIMEOUT);
        assertThat(output.resolve("pids")).as("the script started inside").exists();
        assertNoContainerLeft(ended);
    }

    private void assertNoContainerLeft(Run ended) throws IOException {
        HostCommands.Result left = host.run(List.of(runtime.toString(), "ps", "--all", "--quiet", "--filter",
                "name=kumo-run-" + ended.getId()), BOUND);
        assertThat(left.succeeded()).as(left.output()).isTrue();
        assertThat(left.output()).isEmpty();
        try (var files = Files.list(dir.resolve("data/sandbox"))) {
            assertThat(files).isEmpty();
        }
    }
}
