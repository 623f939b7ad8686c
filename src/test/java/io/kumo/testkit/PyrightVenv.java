package io.kumo.testkit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A virtual environment with pyright installed from a package index the test serves itself: the wheels are copied
 * from this machine's configured index (PyPI is not reachable). Skips the test, saying why, when they cannot be had.
 */
public final class PyrightVenv {

    private static final List<String> WHEELS = List.of("pyright", "nodeenv", "typing_extensions");

    private PyrightVenv() {
    }

    /** Creates {@code folder/venv} with pyright in it and returns its interpreter. */
    public static Path create(Path folder) throws IOException, InterruptedException {
        Path wheels = Files.createDirectories(folder.resolve("wheels"));
        List<String> download = new ArrayList<>(List.of(RealPython.path().toString(), "-m", "pip", "download", "--no-deps",
                "--disable-pip-version-check", "-d", wheels.toString()));
        download.addAll(WHEELS);
        Result fetched = run(download, folder, false);
        Assumptions.assumeTrue(fetched.ok(), "pyright's wheels cannot be had offline from the configured index: " + fetched.output());
        Path venv = folder.resolve("venv");
        Result created = run(List.of(RealPython.path().toString(), "-m", "venv", venv.toString()), folder, false);
        Assumptions.assumeTrue(created.ok(), "python3 -m venv is not available here: " + created.output());
        Path python = venv.resolve("bin/python");
        try (LocalPackageIndex index = LocalPackageIndex.start(); Stream<Path> files = Files.list(wheels)) {
            files.filter(file -> file.toString().endsWith(".whl")).forEach(index::serveDownloadedWheel);
            Result installed = run(List.of(python.toString(), "-m", "pip", "install", "--disable-pip-version-check",
                    "--no-cache-dir", "--index-url", index.simpleUrl(), "pyright"), folder, true);
            Assumptions.assumeTrue(installed.ok(), "pyright could not be installed from the local index: " + installed.output());
        }
        return python;
    }

    private record Result(boolean ok, String output) {
    }

    /** Runs pip; {@code isolated} hides the machine's pip configuration so only the test's own index is used. */
    private static Result run(List<String> argv, Path folder, boolean isolated) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(argv).directory(folder.toFile()).redirectErrorStream(true);
        if (isolated) {
            builder.environment().put("PIP_CONFIG_FILE", "/dev/null");
        }
        Process process = builder.start();
        byte[] output = process.getInputStream().readAllBytes();
        boolean ended = process.waitFor(5, TimeUnit.MINUTES);
        if (!ended) {
            process.destroyForcibly();
        }
        String text = new String(output, StandardCharsets.UTF_8).strip();
        return new Result(ended && process.exitValue() == 0, text.length() > 600 ? text.substring(text.length() - 600) : text);
    }
}
