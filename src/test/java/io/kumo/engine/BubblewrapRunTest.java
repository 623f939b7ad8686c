package io.kumo.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Project;
import io.kumo.domain.Run;
import io.kumo.domain.RunStatus;
import io.kumo.domain.Sandbox;
import io.kumo.domain.SandboxMode;
import io.kumo.domain.Task;
import io.kumo.isolation.sandbox.Bubblewrap;
import io.kumo.testkit.LiveProcesses;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs in bubblewrap through the real engine: the run sees its project and writes its OUTPUT_DIR, but not a file
 * beside the project nor the user's home; without network it cannot reach even a local server; a timeout and a stop
 * end every process inside.
 */
class BubblewrapRunTest {

    static final Instant T0 = Instant.parse("2026-05-04T10:02:00Z");

    /** Prints what it can read of each path given, connects where asked, writes to OUTPUT_DIR, sleeps when asked. */
    static final String PROBE = """
            import os, socket, subprocess, sys, time
            for arg in sys.argv[1:]:
                if arg.startswith("read="):
                    path = arg[5:]
                    try:
                        print("read:", open(path).read().strip(), flush=True)
                    except OSError as e:
                        print("hidden:", path, type(e).__name__, flush=True)
                elif arg.startswith("connect="):
                    try:
                        socket.create_connection(("127.0.0.1", int(arg[8:])), timeout=5).close()
                        print("connect: ok", flush=True)
                    except OSError as e:
                        print("connect: failed", type(e).__name__, flush=True)
                elif arg == "write":
                    with open(os.path.join(os.environ["OUTPUT_DIR"], "result.txt"), "w") as out:
                        out.write("written inside")
                    print("home:", os.environ["HOME"], os.listdir(os.environ["HOME"]), flush=True)
                elif arg == "hang":
                    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
                    with open(os.path.join(os.environ["OUTPUT_DIR"], "pids"), "w") as out:
                        out.write(f"{os.getpid()} {child.pid}")
                    time.sleep(120)
            """;

    @TempDir
    Path dir;
    EngineFixture kumo;
    Path project;
    Path output;

    @BeforeEach
    void open() throws IOException {
        Optional<String> unavailable = Bubblewrap.detect().unavailableReason();
        Assumptions.assumeTrue(unavailable.isEmpty(), () -> "skipped: " + unavailable.orElse(""));
        kumo = new EngineFixture(dir.resolve("data"), T0);
        kumo.engine.prepare();
        project = Files.createDirectories(dir.resolve("project"));
        output = dir.resolve("output");
        Files.writeString(project.resolve("probe.py"), PROBE);
        Files.writeString(project.resolve("data.txt"), "project data");
    }

    @AfterEach
    void close() {
        if (kumo != null) {
            kumo.close();
        }
    }

    private Task task(String name, boolean network, String args) {
        Project created = new Project(name + "-project", project.toString());
        created.setOutputDir(output.toString());
        created = kumo.core.projects().create(created);
        Task task = new Task(name, "python3 probe.py " + args);
        task.setProjectId(created.getId());
        task.setSandbox(new Sandbox(SandboxMode.BWRAP, null, network));
        return kumo.core.tasks().create(task);
    }

    @Test
    void aRunReadsItsProjectAndWritesItsOutputButSeesNoFileOutsideItsMounts() throws IOException {
        Path beside = Files.writeString(dir.resolve("secret.txt"), "beside the project");
        Path home = Path.of(System.getProperty("user.home"));
        Path inHome = home.resolve(".kumo-sandbox-probe-" + UUID.randomUUID());
        Files.writeString(inHome, "in the home");
        try {
            Run run = kumo.runToEnd(task("reader", true, "read=" + project.resolve("data.txt") + " read=" + beside
                    + " read=" + inHome + " write"));

            String log = EngineFixture.log(run);
            assertThat(run.getStatus()).as(log).isEqualTo(RunStatus.SUCCESS);
            assertThat(log).contains("read: project data", "hidden: " + beside, "hidden: " + inHome)
                    .doesNotContain("beside the project", "in the home")
                    .contains("sandbox: bubblewrap").contains("home: /home/sandbox []");
            assertThat(output.resolve("result.txt")).hasContent("written inside");
        } finally {
            Files.deleteIfExists(inHome);
        }
    }

    @Test
    void aTriggeredRunReadsItsWebhookPayloadInside() throws IOException {
        Task task = task("hooked", true, "");
        Path payload = kumo.core.payloads().save("{\"ref\": \"main\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Files.writeString(project.resolve("probe.py"), "import os\nprint('payload:', open(os.environ['KUMO_PAYLOAD']).read())\n");

        kumo.engine.runNow(task, payload);
        Run run = kumo.awaitEnded(task, 1);

        assertThat(EngineFixture.log(run)).contains("payload: {\"ref\": \"main\"}");
    }

    @Test
    void theProjectIsReadOnlyInside() throws IOException {
        Files.writeString(project.resolve("write.py"), """
                try:
                    open("data.txt", "w").write("changed")
                    print("project: written")
                except OSError as e:
                    print("project: refused", type(e).__name__)
                """);
        Project created = new Project("ro-project", project.toString());
        created.setOutputDir(output.toString());
        created = kumo.core.projects().create(created);
        Task task = new Task("writer", "python3 write.py");
        task.setProjectId(created.getId());
        task.setSandbox(new Sandbox(SandboxMode.BWRAP, null, true));

        Run run = kumo.runToEnd(kumo.core.tasks().create(task));

        assertThat(EngineFixture.log(run)).contains("project: refused");
        assertThat(project.resolve("data.txt")).hasContent("project data");
    }

    @Test
    void withoutNetworkARunCannotReachEvenALocalServer() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Run run = kumo.runToEnd(task("offline", false, "connect=" + server.getLocalPort()));

            assertThat(EngineFixture.log(run)).contains("connect: failed").doesNotContain("connect: ok");
        }
    }

    @Test
    void withNetworkTheSameRunReachesTheLocalServer() throws IOException {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Run run = kumo.runToEnd(task("online", true, "connect=" + server.getLocalPort()));

            assertThat(EngineFixture.log(run)).contains("connect: ok");
        }
    }

    @Test
    void aTimeoutEndsEveryProcessInsideTheSandbox() throws IOException {
        Task task = task("hangs", true, "hang");
        task.setTimeoutSeconds(2L);
        kumo.core.tasks().update(task);

        kumo.engine.runNow(task);
        Run ended = kumo.awaitEnded(task, 1);

        assertThat(ended.getStatus()).as(EngineFixture.describe(List.of(ended))).isEqualTo(RunStatus.TIMEOUT);
        assertNothingLeft(ended);
    }

    @Test
    void stopEndsEveryProcessInsideTheSandbox() throws IOException {
        Task task = task("stopped", true, "hang");
        kumo.engine.runNow(task);
        kumo.awaitRun(() -> kumo.runsOf(task), run -> run.getStatus() == RunStatus.RUNNING && Files.exists(output.resolve("pids")),
                "hangs inside");

        kumo.engine.stopTask(task.getId());
        Run ended = kumo.awaitEnded(task, 1);

        assertThat(ended.getStatus()).isEqualTo(RunStatus.STOPPED);
        assertNothingLeft(ended);
    }

    /** bwrap itself, the script and its child: none still runs once the run has ended. */
    private void assertNothingLeft(Run ended) throws IOException {
        assertThat(output.resolve("pids")).as("the script started inside").exists();
        long[] pids = Arrays.stream(Files.readString(output.resolve("pids")).split(" ")).mapToLong(Long::parseLong).toArray();
        assertThat(LiveProcesses.isRunning(ended.getPid())).isFalse();
        for (long pid : pids) {
            assertThat(LiveProcesses.isRunning(pid)).as("pid " + pid).isFalse();
        }
    }
}
