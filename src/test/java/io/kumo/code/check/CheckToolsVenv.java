package io.kumo.code.check;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.kumo.testkit.RealPython;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real venv with real ruff, black or pyflakes for tests, installed with {@code --no-index} from a folder of wheels
 * the test fills itself (copied with their dependencies from the machine's configured package index): PyPI is not reachable here. Skips the
 * test with a message when the wheels cannot be had offline.
 */
public final class CheckToolsVenv {

    private CheckToolsVenv() {
    }

    /** Creates {@code folder} as a venv and installs {@code packages} (and nothing else) into it; returns its python. */
    public static Path create(Path folder, Path wheels, List<String> packages) throws IOException, InterruptedException {
        download(wheels, packages);
        run(List.of(RealPython.path().toString(), "-m", "venv", folder.toString()), "create a venv");
        Path python = folder.resolve("bin/python");
        List<String> install = new ArrayList<>(List.of(python.toString(), "-m", "pip", "install", "-q", "--no-index",
                "--find-links", wheels.toString()));
        install.addAll(packages);
        assumeTrue(run(install, "install " + packages) == 0,
                "cannot install " + packages + " offline from the downloaded wheels; skipped");
        return python;
    }

    private static void download(Path wheels, List<String> packages) throws IOException, InterruptedException {
        Files.createDirectories(wheels);
        List<String> command = new ArrayList<>(List.of(RealPython.path().toString(), "-m", "pip", "download", "-q",
                "-d", wheels.toString()));
        command.addAll(packages);
        assumeTrue(run(command, "download") == 0, "the wheels of " + packages + " cannot be had from the configured "
                + "package index (pip config list) on this machine; skipped");
    }

    private static int run(List<String> command, String what) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PIP_RETRIES", "0");
        builder.environment().put("PIP_DISABLE_PIP_VERSION_CHECK", "1");
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(what + " did not finish within 5 minutes");
        }
        if (process.exitValue() != 0) {
            System.err.println(what + " failed: " + new String(output, java.nio.charset.StandardCharsets.UTF_8));
        }
        return process.exitValue();
    }
}
