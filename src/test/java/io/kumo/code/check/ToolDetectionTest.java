package io.kumo.code.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.kumo.python.ToolRunner;
import io.kumo.supervisor.OsProcessLauncher;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tool detection with real processes: a stand-in "python" script that counts how often it is started. */
class ToolDetectionTest {

    @TempDir
    Path dir;

    private final ToolDetection detection = new ToolDetection(new StdinToolRunner(
            new ToolRunner(new OsProcessLauncher(), System.getenv())));

    private Path python(String body) throws Exception {
        Path script = dir.resolve("python");
        Files.writeString(script, "#!/bin/sh\necho started >> " + dir.resolve("starts") + "\n" + body + "\n");
        Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
        return script;
    }

    private long starts() throws Exception {
        Path starts = dir.resolve("starts");
        return Files.exists(starts) ? Files.readAllLines(starts).size() : 0;
    }

    @Test
    void anAnswerIsAskedOnceAndForgottenOnRequest() throws Exception {
        Path python = python("echo '{\"ruff\": true, \"black\": false, \"pyflakes\": false}'");
        assertEquals(new AvailableTools(true, false, false), detection.of(python));
        assertEquals(new AvailableTools(true, false, false), detection.of(python));
        assertEquals(1, starts());
        detection.forget(python);
        detection.of(python);
        assertEquals(2, starts());
    }

    @Test
    void aFailureIsRememberedForAWhileSoABrokenInterpreterIsNotStartedAgainAtOnce() throws Exception {
        Path python = python("echo broken >&2; exit 3");
        CheckFailedException first = assertThrows(CheckFailedException.class, () -> detection.of(python));
        CheckFailedException second = assertThrows(CheckFailedException.class, () -> detection.of(python));
        assertSame(first, second);
        assertEquals(1, starts());
        detection.forget(python); // packages changed: ask again
        assertThrows(CheckFailedException.class, () -> detection.of(python));
        assertEquals(2, starts());
    }

    @Test
    void callersAtTheSameTimeShareOneQuestion() throws Exception {
        Path python = python("sleep 1; echo '{\"ruff\": false, \"black\": true, \"pyflakes\": true}'");
        List<Thread> callers = new java.util.ArrayList<>();
        List<AvailableTools> answers = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
        for (int i = 0; i < 4; i++) {
            callers.add(Thread.ofVirtual().start(() -> answers.add(detection.of(python))));
        }
        for (Thread caller : callers) {
            caller.join();
        }
        assertEquals(4, answers.size());
        assertEquals(1, starts());
    }
}
