package io.kumo.python;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.supervisor.OsProcessLauncher;
import io.kumo.testkit.LiveProcesses;
import io.kumo.testkit.RealPython;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Real python3 processes standing in for pip: what a cancel leaves behind, and how output comes back. */
@DisabledOnOs(OS.WINDOWS)
class ToolRunnerTest {

    /**
     * A "pip" that starts a helper which starts a background worker and exits (the worker's parent is then no longer
     * in pip's tree), writes both pids, prints a line and waits; on SIGTERM it records that it cleaned up.
     */
    private static final String FAKE_PIP = """
            import os, signal, subprocess, sys, time
            pids, marker = sys.argv[1], sys.argv[2]
            def on_term(signum, frame):
                with open(marker, "w") as f:
                    f.write("cleaned up")
                sys.exit(143)
            signal.signal(signal.SIGTERM, on_term)
            worker = ("import subprocess, sys; w = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(120)'], "
                      "stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL); print(w.pid)")
            helper = subprocess.Popen([sys.executable, "-c", worker], stdout=subprocess.PIPE, text=True)
            grandchild = helper.stdout.read().strip()
            helper.wait()
            with open(pids, "w") as f:
                f.write(f"{os.getpid()} {grandchild}")
            print("Collecting kumo-demo", flush=True)
            time.sleep(120)
            """;

    @TempDir
    Path dir;
    final ToolRunner runner = new ToolRunner(new OsProcessLauncher(), System.getenv());
    long[] pids = new long[0];

    @AfterEach
    void killLeftovers() {
        Arrays.stream(pids).forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly));
    }

    @Test
    void cancellingAnInstallStopsItsWholeTreeWorkersThatLeftItsParentIncluded() throws Exception {
        Cancellation cancellation = new Cancellation();
        CompletableFuture<ToolResult> install = startFakePip(cancellation);

        cancellation.cancel();

        assertThatThrownBy(() -> install.get(60, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(Cancellation.CancelledException.class);
        assertThat(Arrays.stream(pids).filter(LiveProcesses::isRunning)).as("processes of the tool still running").isEmpty();
        assertThat(pids).hasSize(2);
    }

    @Test
    void cancellingAnInstallLetsItCleanUpOnSigtermFirst() throws Exception {
        Cancellation cancellation = new Cancellation();
        CompletableFuture<ToolResult> install = startFakePip(cancellation);

        cancellation.cancel();

        assertThatThrownBy(() -> install.get(60, TimeUnit.SECONDS)).hasCauseInstanceOf(Cancellation.CancelledException.class);
        assertThat(dir.resolve("marker")).hasContent("cleaned up");
    }

    @Test
    void aCapturedAnswerLongerThanThePipeReadersLineLimitComesBackAsOneLine() {
        ToolResult result = runner.run(ToolRunner.Invocation.capturing(List.of(RealPython.path().toString(), "-c",
                "print('x' * 200000); import sys; print('warning', file=sys.stderr)"), Map.of(), Duration.ofSeconds(30)),
                ToolOutput.discard(), Cancellation.none());

        assertThat(result.stdout()).isEqualTo("x".repeat(200_000) + "\n");
        assertThat(result.lastLines()).containsExactly("warning");
    }

    /** Starts the fake pip and returns once it has printed its first line (its tree is complete then). */
    private CompletableFuture<ToolResult> startFakePip(Cancellation cancellation) throws Exception {
        Path script = Files.writeString(dir.resolve("fake_pip.py"), FAKE_PIP);
        Path pidFile = dir.resolve("pids");
        CountDownLatch collecting = new CountDownLatch(1);
        ToolOutput output = line -> {
            if (line.startsWith("Collecting")) {
                collecting.countDown();
            }
        };
        CompletableFuture<ToolResult> install = CompletableFuture.supplyAsync(() -> runner.run(
                ToolRunner.Invocation.streaming(List.of(RealPython.path().toString(), script.toString(), pidFile.toString(),
                        dir.resolve("marker").toString()), Map.of(), dir.resolve("install.log")), output, cancellation));
        assertThat(collecting.await(60, TimeUnit.SECONDS)).as("the fake pip started").isTrue();
        pids = Arrays.stream(Files.readString(pidFile).strip().split(" ")).mapToLong(Long::parseLong).toArray();
        return install;
    }
}
