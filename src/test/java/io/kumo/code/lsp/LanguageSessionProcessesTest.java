package io.kumo.code.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import io.kumo.domain.Project;
import io.kumo.testkit.RealPython;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No process a language server starts outlives it: small real servers (a shell script, a Python script speaking just
 * enough LSP) that start a child {@code sleep}, then never answer, crash, or shut down when asked.
 */
class LanguageSessionProcessesTest {

    /** Answers initialize and shutdown; what it does on "initialized" and "exit" is filled in per test. */
    private static final String PYTHON_SERVER = """
            import json, os, subprocess, sys
            def read():
                headers = {}
                while True:
                    line = sys.stdin.buffer.readline()
                    if not line:
                        sys.exit(0)
                    line = line.strip()
                    if not line:
                        break
                    key, value = line.decode().split(":", 1)
                    headers[key.strip().lower()] = value.strip()
                return json.loads(sys.stdin.buffer.read(int(headers["content-length"])))
            def write(message):
                body = json.dumps(message).encode()
                sys.stdout.buffer.write(b"Content-Length: %d\\r\\n\\r\\n" % len(body) + body)
                sys.stdout.buffer.flush()
            child = subprocess.Popen(["sleep", "600"])
            with open("child.pid", "w") as pid:
                pid.write(str(child.pid))
            while True:
                message = read()
                method = message.get("method")
                if method == "initialize":
                    write({"jsonrpc": "2.0", "id": message["id"], "result": {"capabilities": {}}})
                elif method == "shutdown":
                    write({"jsonrpc": "2.0", "id": message["id"], "result": None})
                elif method == "initialized":
                    ON_INITIALIZED
                elif method == "exit":
                    os._exit(0)
            """;

    @TempDir
    Path dir;
    ProcessHandle child;

    @AfterEach
    void endTheChild() {
        if (child != null) {
            child.destroyForcibly();
        }
    }

    private LanguageServerCommand script(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text);
        assertThat(file.toFile().setExecutable(true)).isTrue();
        return new LanguageServerCommand(LanguageServerKind.PYLSP, file, "");
    }

    private LanguageServerCommand pythonServer(String onInitialized) throws Exception {
        return script("server.py", "#!" + RealPython.path() + "\n" + PYTHON_SERVER.replace("ON_INITIALIZED", onInitialized));
    }

    /** The child sleep the server wrote down, once it has. */
    private ProcessHandle child(Path root) throws Exception {
        Path pid = root.resolve("child.pid");
        for (int i = 0; i < 600 && (!Files.exists(pid) || Files.readString(pid).isBlank()); i++) {
            Thread.sleep(100);
        }
        Optional<ProcessHandle> handle = ProcessHandle.of(Long.parseLong(Files.readString(pid).strip()));
        assertThat(handle).as("the server's child is running").isPresent();
        child = handle.get();
        return child;
    }

    private static CompletableFuture<SessionStatus> stateOf(LanguageSession session, SessionStatus.State state) {
        CompletableFuture<SessionStatus> reached = new CompletableFuture<>();
        session.addStatusListener(status -> {
            if (status.state() == state) {
                reached.complete(status);
            }
        });
        if (session.status().state() == state) {
            reached.complete(session.status());
        }
        return reached;
    }

    private static void assertEnds(ProcessHandle handle) throws Exception {
        handle.onExit().get(1, TimeUnit.MINUTES); // throws a TimeoutException if it outlives the server
        assertThat(handle.isAlive()).isFalse();
    }

    @Test
    void aServerThatNeverAnswersIsEndedWithTheProcessesItStarted() throws Exception {
        Path root = Files.createDirectories(dir.resolve("silent"));
        LanguageServerCommand silent = script("silent.sh", "#!/bin/sh\nsleep 600 &\necho $! > child.pid\nwait\n");
        try (LanguageSession session = LanguageSession.start(silent, root, Duration.ofSeconds(3))) {
            ProcessHandle sleep = child(root);
            CompletableFuture<SessionStatus> stopped = stateOf(session, SessionStatus.State.STOPPED);

            assertThat(stopped.get(1, TimeUnit.MINUTES).text()).contains("did not answer");
            assertEnds(sleep);
            assertThat(session.processes()).noneMatch(ProcessHandle::isAlive);
        }
    }

    @Test
    void aServerThatCrashesTakesTheProcessesItStartedWithIt() throws Exception {
        Path root = dir;
        try (LanguageSession session = LanguageSession.start(pythonServer("os._exit(3)"), root)) {
            ProcessHandle sleep = child(root);
            CompletableFuture<SessionStatus> stopped = stateOf(session, SessionStatus.State.STOPPED);

            assertThat(stopped.get(1, TimeUnit.MINUTES).text()).contains("exit code 3");
            assertEnds(sleep);
        }
    }

    @Test
    void quittingWaitsForTheSessionsStillStoppingAfterTheirLastEditorClosed() throws Exception {
        Project project = new Project("quit", dir.toString());
        project.setId(7L);
        LanguageServers servers = new LanguageServers(null, null, null);
        LanguageSession session = servers.acquire(project, pythonServer("pass"));
        ProcessHandle sleep = child(dir);
        stateOf(session, SessionStatus.State.READY).get(1, TimeUnit.MINUTES);
        var processes = session.processes();
        assertThat(processes).contains(sleep);

        servers.release(project); // returns at once; the session shuts down on its own thread
        assertThat(servers.running(project)).isEmpty();
        servers.close();

        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(session.status().state()).isEqualTo(SessionStatus.State.STOPPED);
    }
}
