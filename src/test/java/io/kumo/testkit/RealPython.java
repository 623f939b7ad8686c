package io.kumo.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** The real interpreter behind {@code python3} on PATH (which may be a pyenv shim script). */
public final class RealPython {

    private RealPython() {
    }

    public static Path path() {
        try {
            Process process = new ProcessBuilder("python3", "-c", "import sys; print(sys.executable)")
                    .redirectErrorStream(true).start();
            String path = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (process.waitFor() != 0 || path.isEmpty()) {
                throw new IllegalStateException("python3 did not answer: " + path);
            }
            return Path.of(path);
        } catch (IOException e) {
            throw new IllegalStateException("python3 is needed for these tests", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
