package io.kumo.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.kumo.config.DataDirectoryResolver;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;

/** Runs {@code kumo} commands in-process on one data directory and keeps the last command's output. */
final class CliRun {

    private final Path dataDir;
    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    CliRun(Path dataDir) {
        this.dataDir = dataDir;
    }

    int kumo(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        var resolver = new DataDirectoryResolver(Map.of("KUMO_HOME", dataDir.toString()), "Linux", dataDir);
        return new KumoCli(resolver, (core, minimized, e) -> ExitCodes.OK, new PrintWriter(out, true), new PrintWriter(err, true)).run(args);
    }

    String out() {
        return out.toString();
    }

    String err() {
        return err.toString();
    }

    JsonNode json() {
        try {
            return new ObjectMapper().readTree(out.toString());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + out, e);
        }
    }
}
