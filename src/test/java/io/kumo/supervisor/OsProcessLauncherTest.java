package io.kumo.supervisor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kumo.testkit.LiveProcesses;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Real python3 processes: grandchildren, ignored signals, floods, tracebacks; once per way of spawning. */
@DisabledOnOs(OS.WINDOWS)
abstract class OsProcessLauncherTest {

    /** Shell: waits until the background job $! leads its own session (setsid has run). Linux (/proc). */
    private static final String UNTIL_DAEMON_LEFT =
            "while [ \"$(cut -d' ' -f6 /proc/$!/stat)\" != \"$!\" ]; do sleep 0.05; done;";

    @TempDir
    Path dir;
    final OsProcessLauncher launcher = launcher();

    abstract OsProcessLauncher launcher();

    private SupervisedProcess start(String script, long cap, List<String> secrets, String... args) throws IOException {
        Path file = dir.resolve("script.py");
        Files.writeString(file, script);
        List<String> argv = new java.util.ArrayList<>(List.of("python3", file.toString()));
        argv.addAll(List.of(args));
        return launcher.launch(new LaunchSpec(argv, dir, environment(), dir.resolve("run.log"), secrets, cap));
    }

    private static Map<String, String> environment() {
        Map<String, String> env = new HashMap<>();
        env.put("PATH", System.getenv("PATH"));
        env.put("PYTHONUNBUFFERED", "1");
        return env;
    }

    private String log() throws IOException {
        return Files.readString(dir.resolve("run.log"), StandardCharsets.UTF_8);
    }

    private ProcessOutcome await(SupervisedProcess process) throws Exception {
        return process.outcome().get(60, TimeUnit.SECONDS);
    }

    private void awaitFile(Path file) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.exists(file) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(file).exists();
    }

    /** Alive and not a zombie (a killed orphan waits for init to reap it, which ProcessHandle still calls alive). */
    private static boolean alive(long pid) {
        return LiveProcesses.isRunning(pid);
    }

    @Test
    void stopKillsGrandchildrenBehindShellWrapper() throws Exception {
        Path pids = dir.resolve("pids");
        // a shell wrapper starting python, which starts a long-running python grandchild (the Scrapy case)
        Files.writeString(dir.resolve("crawler.py"), """
                import os, subprocess, sys, time
                child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
                with open(sys.argv[1] + ".tmp", "w") as f:
                    f.write(f"{os.getpid()} {child.pid}")
                os.rename(sys.argv[1] + ".tmp", sys.argv[1])
                time.sleep(600)
                """);
        SupervisedProcess process = launcher.launch(new LaunchSpec(
                List.of("/bin/sh", "-c", "python3 crawler.py " + pids + "; echo done"), dir, environment(),
                dir.resolve("run.log"), List.of(), 1_000_000));
        awaitFile(pids);
        String[] ids = Files.readString(pids).split(" ");
        long crawler = Long.parseLong(ids[0]);
        long grandchild = Long.parseLong(ids[1]);
        assertThat(alive(crawler)).isTrue();
        assertThat(alive(grandchild)).isTrue();

        process.terminate(Duration.ofSeconds(5));

        assertThat(alive(process.pid())).isFalse();
        assertThat(alive(crawler)).isFalse();
        assertThat(alive(grandchild)).isFalse();
        assertThat(await(process).exitCode()).isNotZero();
    }

    @Test
    void childIgnoringSigtermIsKilledAfterTheGracePeriod() throws Exception {
        Path ready = dir.resolve("ready");
        SupervisedProcess process = start("""
                import signal, sys, time
                signal.signal(signal.SIGTERM, signal.SIG_IGN)
                open(sys.argv[1], "w").close()
                time.sleep(600)
                """, 1_000_000, List.of(), ready.toString());
        awaitFile(ready);
        long begin = System.nanoTime();

        process.terminate(Duration.ofMillis(500));

        assertThat(Duration.ofNanos(System.nanoTime() - begin)).isGreaterThanOrEqualTo(Duration.ofMillis(450));
        assertThat(alive(process.pid())).isFalse();
        assertThat(await(process).exitCode()).isEqualTo(137);
    }

    @Test
    void doubleForkedDaemonInTheRunsSessionIsStoppedToo() throws Exception {
        Path pidFile = dir.resolve("daemon.pid");
        SupervisedProcess process = start("""
                import os, sys, time
                if os.fork() == 0:
                    if os.fork() == 0:
                        with open(sys.argv[1] + ".tmp", "w") as f:
                            f.write(str(os.getpid()))
                        os.rename(sys.argv[1] + ".tmp", sys.argv[1])
                        time.sleep(600)
                    os._exit(0)
                time.sleep(600)
                """, 1_000_000, List.of(), pidFile.toString());
        awaitFile(pidFile);
        long daemon = Long.parseLong(Files.readString(pidFile));
        assertThat(ProcessHandle.of(daemon).flatMap(ProcessHandle::parent).map(ProcessHandle::pid))
                .isNotEqualTo(java.util.Optional.of(process.pid()));

        process.terminate(Duration.ofSeconds(5));

        assertThat(alive(daemon)).isFalse();
    }

    @Test
    void leftoverChildrenAreStoppedWhenTheMainProcessExits() throws Exception {
        Path pidFile = dir.resolve("child.pid");
        SupervisedProcess process = start("""
                import subprocess, sys
                child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(600)"])
                open(sys.argv[1], "w").write(str(child.pid))
                """, 1_000_000, List.of(), pidFile.toString());
        ProcessOutcome outcome = await(process);
        long child = Long.parseLong(Files.readString(pidFile));

        assertThat(outcome.exitCode()).isZero();
        assertThat(outcome.leftoverKilled()).isEqualTo(1);
        assertThat(alive(child)).isFalse();
        assertThat(log()).contains("[kumo] 1 leftover process(es)");
    }

    @Test
    void runEndsWithItsMainProcessThoughADaemonInANewSessionHoldsItsOutput() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc")), "finds the holders of the pipes in /proc");
        Path pidFile = dir.resolve("daemon.pid");
        // the tester's case: the daemon leaves the run's session and group (setsid) but keeps stdout and stderr; the
        // shell exits once it has left (else it would be a leftover of the session, stopped as one)
        SupervisedProcess process = launcher.launch(new LaunchSpec(
                List.of("/bin/sh", "-c", "setsid sleep 300 & echo $! > " + pidFile + "; " + UNTIL_DAEMON_LEFT + " echo started"),
                dir, environment(), dir.resolve("run.log"), List.of(), 1_000_000));

        ProcessOutcome outcome = process.outcome().get(30, TimeUnit.SECONDS); // not the daemon's 300 s
        long daemon = Long.parseLong(Files.readString(pidFile).trim());

        assertThat(outcome.exitCode()).isZero();
        assertThat(log()).contains("started\n")
                .contains("[kumo] output of 1 process(es) that left the run's session (pid " + daemon + " sleep) is not captured");
        assertThat(alive(daemon)).as("the escaped holder is stopped like any leftover").isFalse();
    }

    @Test
    void mainProcessExitIsKnownBeforeItsOutputIsDrained() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc")));
        SupervisedProcess process = launcher.launch(new LaunchSpec(
                List.of("/bin/sh", "-c", "setsid sleep 300 & " + UNTIL_DAEMON_LEFT + " exit 3"), dir, environment(),
                dir.resolve("run.log"), List.of(), 1_000_000));

        assertThat(process.exited().get(30, TimeUnit.SECONDS)).isEqualTo(3);
        assertThat(await(process).exitCode()).isEqualTo(3);
    }

    @Test
    void tracebackIsSummarisedAndStderrLinesAreMarked() throws Exception {
        SupervisedProcess process = start("""
                print("loading rows")
                raise ValueError("bad row 7")
                """, 1_000_000, List.of());
        ProcessOutcome outcome = await(process);

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.errorSummary()).isEqualTo("ValueError: bad row 7");
        // each stream keeps its order; across the two pipes lines land in the order they are read
        assertThat(log().lines()).contains("loading rows")
                .containsSubsequence("[stderr] Traceback (most recent call last):", "[stderr] ValueError: bad row 7");
    }

    @Test
    void floodOfOutputIsCappedKeepingHeadAndTailWithANotice() throws Exception {
        long cap = 1_000_000;
        SupervisedProcess process = start("""
                import sys
                out = sys.stdout
                for i in range(400000):
                    out.write(f"line {i} " + "x" * 40 + "\\n")
                """, cap, List.of());
        ProcessOutcome outcome = await(process);

        assertThat(outcome.exitCode()).isZero();
        String log = log();
        assertThat((long) log.getBytes(StandardCharsets.UTF_8).length).isLessThan(cap + 1_000);
        assertThat(log).startsWith("line 0 ").contains("line 399999 ").contains("of output left out here");
        assertThat(log).doesNotContain("line 200000 ");
    }

    @Test
    void invalidUtf8NeverBreaksTheCapture() throws Exception {
        SupervisedProcess process = start("""
                import sys
                sys.stdout.buffer.write(b"before \\xff\\xfe after\\n")
                sys.stdout.buffer.write("naïve ✓\\n".encode())
                """, 1_000_000, List.of());
        await(process);
        assertThat(log()).isEqualTo("before \uFFFD\uFFFD after\nnaïve ✓\n");
    }

    @Test
    void secretValuesAreMaskedInTheLog() throws Exception {
        SupervisedProcess process = start("""
                import sys
                print("token is hunter2-secret!")
                print("again hunter2-secret", file=sys.stderr)
                """, 1_000_000, List.of("hunter2-secret"));
        await(process);
        assertThat(log()).doesNotContain("hunter2").contains("token is ******!").contains("[stderr] again ******");
    }

    @Test
    void aSecretPrintedToStderrIsMaskedInTheErrorSummary() throws Exception {
        ProcessOutcome outcome = await(start("""
                import sys
                print("login failed with token hunter2-secret", file=sys.stderr)
                sys.exit(1)
                """, 1_000_000, List.of("hunter2-secret")));
        assertThat(outcome.errorSummary()).isEqualTo("login failed with token ******");
    }

    @Test
    void aSecretStraddlingTheLineCutIsMaskedInTheLogAndTheErrorSummary() throws Exception {
        ProcessOutcome outcome = await(start("""
                import sys
                sys.stderr.write("x" * (%d - 7) + "hunter2-secret after\\n")
                sys.exit(1)
                """.formatted(StreamPump.MAX_LINE_BYTES), 1_000_000, List.of("hunter2-secret")));
        assertThat(log()).doesNotContain("hunter").doesNotContain("secret").contains("****** after");
        assertThat(outcome.errorSummary()).doesNotContain("hunter").doesNotContain("secret");
    }

    @Test
    void aFailedSpawnNamesNoSecret() {
        assertThatThrownBy(() -> launcher.launch(new LaunchSpec(List.of(dir.resolve("hunter2-secret").toString()), dir,
                environment(), dir.resolve("run.log"), List.of("hunter2-secret"), 1000)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("******")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void missingProgramIsAClearError() {
        assertThatThrownBy(() -> launcher.launch(new LaunchSpec(List.of("no-such-python-3.99"), dir, environment(),
                dir.resolve("run.log"), List.of(), 1000)))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("no-such-python-3.99");
    }

    @Test
    void missingWorkingDirectoryIsAClearError() {
        assertThatThrownBy(() -> launcher.launch(new LaunchSpec(List.of("python3", "-V"), dir.resolve("gone"),
                environment(), dir.resolve("run.log"), List.of(), 1000)))
                .isInstanceOf(IOException.class)
                .hasMessage("working directory " + dir.resolve("gone") + " does not exist");
    }

    @Test
    void aProcessSpawnedBeforeItsSupervisionKeepsAllItsOutputAndItsExitCode() throws Exception {
        // more than a pipe's buffer: the child waits for the drain that starts with supervise()
        ProcessLauncher.Spawned spawned = launcher.prepare(new LaunchSpec(List.of("python3", "-c",
                "import sys; print('\\n'.join(str(i) for i in range(30000))); sys.exit(3)"), dir, environment(),
                dir.resolve("run.log"), List.of(), 10_000_000)).spawn();

        SupervisedProcess process = spawned.supervise();

        assertThat(process.outcome().get(30, TimeUnit.SECONDS).exitCode()).isEqualTo(3);
        List<String> lines = Files.readAllLines(dir.resolve("run.log"));
        assertThat(lines).hasSize(30000).startsWith("0").endsWith("29999");
    }
}
